package org.propdesk.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDesk;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.visitor.Visit;
import org.propdesk.core.visitor.VisitId;
import org.propdesk.core.visitor.VisitRegistration;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.supervision.DailyReviews;
import org.propdesk.workflows.visitor.VisitorLog;
import org.propdesk.workflows.visitor.Visits;

/**
 * The demo's front desks (前台): 1-4 visitors a day at each office (来访登记), registered at a desk, their
 * host told, now and then declined, most let in and leaving an hour or two later; and the customer
 * supervisor's review of each desk's day the next morning (日清), with about one day in ten left
 * unreviewed. It schedules its steps on the simulation's agenda. Single-threaded; deterministic for its
 * seed.
 */
final class FrontDeskTraffic extends DemoTraffic {
  private static final String[] PURPOSES = {"送文件", "洽谈保洁外包", "设备维保", "装修方案沟通", "面试"};
  private static final Role[] HOSTS = {Role.OFFICE_DIRECTOR, Role.PROPERTY_ASSISTANT, Role.CUSTOMER_SUPERVISOR,
    Role.ENGINEERING_TECHNICIAN};

  private final VisitorLog visitors;
  private final DailyReviews reviews;
  private int visitorsSoFar;

  FrontDeskTraffic(PropDesk desk, DemoCompany company, SplittableRandom random, BiConsumer<Instant, Runnable> at,
      Supplier<Instant> now) {
    super(company, random, at, now);
    this.visitors = desk.procedure(Visits.PROCEDURE);
    this.reviews = desk.reviews();
  }

  /** Plans the run: each of its {@code days} days from {@code first}, the visitors, and each desk's review the next morning. */
  void plan(LocalDate first, int days) {
    for (ManagementOffice office : company.offices) {
      for (LocalDate day = first; day.isBefore(first.plusDays(days)); day = day.plusDays(1)) {
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
          at.accept(on(day, 8 + random.nextInt(9), random.nextInt(60)), () -> visit(office));
        }
        for (FrontDesk desk : office.desks()) {
          if (random.nextInt(10) > 0) {
            LocalDate d = day;
            at.accept(on(day.plusDays(1), 9, 5 + random.nextInt(40)), () -> outcome(reviews.markReviewed(
                company.actor(office.id(), Role.CUSTOMER_SUPERVISOR), desk.id(), d, "已核对来访登记与投诉报修记录。")));
          }
        }
      }
    }
  }

  /** A visitor comes to one of the office's desks. */
  private void visit(ManagementOffice office) {
    OfficeId o = office.id();
    Actor clerk = company.actor(o, Role.FRONT_DESK_CLERK);
    int n = ++visitorsSoFar;
    VisitRegistration.Builder draft = VisitRegistration.builder()
        .desk(office.desks().get(random.nextInt(office.desks().size())).id())
        .visitorName("访客" + n)
        .visitorPhone(String.format(Locale.ROOT, "137%08d", n))
        .host(company.actor(o, HOSTS[random.nextInt(HOSTS.length)]).staffId())
        .purpose(PURPOSES[random.nextInt(PURPOSES.length)])
        .partySize(1 + random.nextInt(3));
    if (random.nextInt(3) == 0) {
      draft.visitorIdCard(DemoCompany.idNumber(900_000 + n));
    }
    Optional<Visit> registered = outcome(visitors.register(clerk, draft.build()));
    if (registered.isEmpty()) {
      return;
    }
    VisitId id = registered.get().id();
    at.accept(in(1, 8), () -> {
      if (outcome(visitors.notifyHost(clerk, id)).isEmpty()) {
        return;
      }
      if (random.nextInt(12) == 0) {
        outcome(visitors.hostDeclined(clerk, id, "被访人外出，请改日再来。"));
        return;
      }
      at.accept(in(3, 20), () -> {
        if (outcome(visitors.arrive(clerk, id)).isPresent()) {
          at.accept(in(30, 150), () -> outcome(visitors.leave(clerk, id)));
        }
      });
    });
  }

  /** What the office's front desks did in the days from {@code from} to {@code to}, inclusive. */
  FrontDeskOffice figures(ManagementOffice office, LocalDate from, LocalDate to) {
    Actor director = company.actor(office.id(), Role.OFFICE_DIRECTOR);
    Instant start = from.atStartOfDay(DemoCompany.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(DemoCompany.ZONE).toInstant();
    List<Visit> visits = visitors.registeredBetween(director, office.id(), start, end);
    long declined = visits.stream().filter(v -> v.state() == org.propdesk.core.visitor.VisitState.DECLINED).count();
    long left = visits.stream().filter(v -> v.state() == org.propdesk.core.visitor.VisitState.LEFT).count();
    int deskDays = 0;
    int unreviewed = 0;
    for (FrontDesk desk : office.desks()) {
      deskDays += (int) (java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1);
      unreviewed += reviews.unreviewedDays(company.actor(office.id(), Role.CUSTOMER_SUPERVISOR), desk.id(), from, to)
          .orElseThrow().size();
    }
    return new FrontDeskOffice(office.id(), office.name(), visits.size(), declined, left, deskDays - unreviewed, deskDays);
  }

  /**
   * One office's front desks over some days (前台汇总).
   *
   * @param office the office
   * @param name its name
   * @param visits visitors registered
   * @param declined of which declined by their host
   * @param left of which let in and gone again
   * @param reviewedDeskDays desk-days the customer supervisor reviewed
   * @param deskDays desk-days in all
   */
  record FrontDeskOffice(OfficeId office, String name, int visits, long declined, long left, int reviewedDeskDays, int deskDays) {}
}

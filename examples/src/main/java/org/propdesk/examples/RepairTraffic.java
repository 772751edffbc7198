package org.propdesk.examples;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.service.ChargeRequest;
import org.propdesk.core.service.ContractDraft;
import org.propdesk.core.service.PaymentMethod;
import org.propdesk.core.service.PriceItem;
import org.propdesk.core.service.PriceListDraft;
import org.propdesk.core.service.QuoteDraft;
import org.propdesk.core.service.QuoteLineDraft;
import org.propdesk.core.service.ServiceKind;
import org.propdesk.core.service.ServiceOrder;
import org.propdesk.core.service.ServiceOrderId;
import org.propdesk.core.service.ServiceOrderState;
import org.propdesk.core.service.ServiceOrigin;
import org.propdesk.core.service.ServiceRating;
import org.propdesk.core.service.VisitSchedule;
import org.propdesk.core.ticket.OwnerRating;
import org.propdesk.core.ticket.PauseReason;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.core.ticket.TicketId;
import org.propdesk.core.ticket.TicketState;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairOrigin;
import org.propdesk.core.ticket.port.RepairRequest;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.service.ServiceDesk;
import org.propdesk.workflows.service.Services;
import org.propdesk.workflows.ticket.TicketDesk;
import org.propdesk.workflows.ticket.Tickets;

/**
 * The demo's repair reports and paid services (报事报修与特约服务): each office's price list, two weekly
 * cleaning contracts, and 3-6 reports a day, a fifth of them paid, each worked as an office works it:
 * answered, dispatched, attended, sometimes paused for parts, done, signed off, called back (a few
 * reopened), paid work quoted, consented and charged (a few charges retried with the same key). It
 * schedules its steps on the simulation's agenda. Single-threaded; deterministic for its seed.
 */
final class RepairTraffic extends DemoTraffic {
  private static final RepairCategory[] CATEGORIES = RepairCategory.values();

  private final PropDesk desk;
  private final TicketDesk repairs;
  private final ServiceDesk services;

  RepairTraffic(PropDesk desk, DemoCompany company, SplittableRandom random, BiConsumer<Instant, Runnable> at, Supplier<Instant> now) {
    super(company, random, at, now);
    this.desk = desk;
    this.repairs = desk.procedure(Tickets.PROCEDURE);
    this.services = desk.procedure(Services.PROCEDURE);
  }

  /**
   * Plans the run: price lists and contracts at its start, the reports of each of its {@code days} days
   * from {@code first}, and the contract visits of each day until {@code end}.
   */
  void plan(LocalDate first, int days, Instant start, Instant end) {
    for (ManagementOffice office : company.offices) {
      OfficeId o = office.id();
      at.accept(start, () -> openTheRun(o, first, first.plusDays(days - 1L)));
      for (LocalDate day = first; day.isBefore(first.plusDays(days)); day = day.plusDays(1)) {
        int reports = 3 + random.nextInt(4);
        for (int i = 0; i < reports; i++) {
          at.accept(on(day, 7 + random.nextInt(15), random.nextInt(60)), () -> report(office));
        }
      }
      for (LocalDate day = first; day.atStartOfDay(DemoCompany.ZONE).toInstant().isBefore(end); day = day.plusDays(1)) {
        LocalDate d = day;
        at.accept(on(day, 8, 0), () -> contractVisits(o, d));
      }
    }
  }

  /** The office's price list (the first time) and its two weekly cleaning contracts for the run's days. */
  private void openTheRun(OfficeId o, LocalDate first, LocalDate last) {
    if (services.priceList(actor(o, Role.OFFICE_DIRECTOR), o).isEmpty()) {
      outcome(services.publishPriceList(actor(o, Role.OFFICE_DIRECTOR), o, new PriceListDraft(now.get(), List.of(
          new PriceItem("WD-01", "更换水龙头", "个", Money.parse("35.00"), ServiceKind.REPAIR),
          new PriceItem("WD-02", "疏通下水道", "次", Money.parse("80.00"), ServiceKind.REPAIR),
          new PriceItem("EL-01", "更换插座/开关", "个", Money.parse("25.00"), ServiceKind.REPAIR),
          new PriceItem("EL-02", "更换灯具", "套", Money.parse("45.00"), ServiceKind.REPAIR),
          new PriceItem("CL-01", "全屋保洁", "次", Money.parse("120.00"), ServiceKind.CLEANING)), "2026年版收费标准")));
    }
    for (int k = 0; k < 2; k++) {
      int unit = 1 + random.nextInt(DemoCompany.UNITS_PER_OFFICE);
      outcome(services.signContract(actor(o, Role.CUSTOMER_SUPERVISOR), ContractDraft.builder()
          .desk(company.offices.stream().filter(m -> m.id().equals(o)).findFirst().orElseThrow().desks().get(0).id())
          .unit(DemoCompany.unit(o, unit)).owner(DemoCompany.owner(o, unit)).contactPhone(company.phone(o, unit))
          .description("每周全屋保洁").item("CL-01")
          .schedule(VisitSchedule.weekly(k == 0 ? DayOfWeek.MONDAY : DayOfWeek.THURSDAY, LocalTime.of(9, 0)))
          .term(first, last).signedBy("Owner " + unit).build()));
    }
  }

  /** A repair or incident is reported, and its work planned from the start. */
  private void report(ManagementOffice office) {
    OfficeId o = office.id();
    int unit = 1 + random.nextInt(DemoCompany.UNITS_PER_OFFICE);
    boolean paid = random.nextInt(100) < 20;
    RepairCategory category = paid ? (random.nextBoolean() ? RepairCategory.WATER_AND_DRAINAGE : RepairCategory.ELECTRICAL_AND_LIGHTING)
        : CATEGORIES[random.nextInt(CATEGORIES.length)];
    Optional<Ticket> t = outcome(repairs.register(actor(o, Role.FRONT_DESK_CLERK), RepairRequest.builder()
        .desk(office.desks().get(random.nextInt(office.desks().size())).id()).origin(random.nextBoolean() ? RepairOrigin.PHONE
            : RepairOrigin.FRONT_DESK).unit(DemoCompany.unit(o, unit)).owner(DemoCompany.owner(o, unit)).location("户内")
        .category(category).description("业主报修：" + category.name().toLowerCase(java.util.Locale.ROOT))
        .contactName("Owner " + unit).contactPhone(company.phone(o, unit)).paid(paid).build()));
    if (t.isEmpty()) {
      return;
    }
    TicketId id = t.get().id();
    boolean lateReply = random.nextInt(100) < 10;
    at.accept(in(lateReply ? 16 : 1, lateReply ? 40 : 14), () -> outcome(repairs.reply(actor(o, Role.FRONT_DESK_CLERK), id,
        "您好，已为您安排维修师傅，请保持电话畅通。")));
    boolean lateDispatch = random.nextInt(100) < 12;
    at.accept(now.get().plusSeconds(lateDispatch ? 180 + random.nextInt(600) : 20 + random.nextInt(90)), () -> dispatch(o, id));
    if (paid) {
      at.accept(in(3, 12), () -> quote(o, t.get().serviceOrder().map(ServiceOrderId::of).orElseThrow()));
    }
  }

  private void dispatch(OfficeId o, TicketId id) {
    if (outcome(repairs.dispatch(actor(o, Role.FRONT_DESK_CLERK), id, actor(o, Role.ENGINEERING_TECHNICIAN).staffId())).isEmpty()) {
      return;
    }
    attend(o, id);
  }

  /** The technician takes the job and goes: on site within 15 minutes most of the time. */
  private void attend(OfficeId o, TicketId id) {
    Actor tech = actor(o, Role.ENGINEERING_TECHNICIAN);
    at.accept(in(1, 3), () -> outcome(repairs.acceptJob(tech, id)));
    boolean late = random.nextInt(100) < 15;
    at.accept(in(late ? 17 : 5, late ? 50 : 14), () -> {
      if (outcome(repairs.arrive(tech, id)).isPresent()) {
        at.accept(in(2, 8), () -> start(o, id, 0));
      }
    });
  }

  /** Starts the work; paid work waits for the owner's signature on the quote, asked for on site. */
  private void start(OfficeId o, TicketId id, int tries) {
    Ticket t = repairs.find(actor(o, Role.OFFICE_DIRECTOR), id).orElseThrow();
    if (t.state() != TicketState.ON_SITE) {
      return;
    }
    if (t.paid()) {
      ServiceOrder order = services.find(actor(o, Role.OFFICE_DIRECTOR), ServiceOrderId.of(t.serviceOrder().orElseThrow())).orElseThrow();
      if (order.state() == ServiceOrderState.QUOTED) {
        if (random.nextInt(100) < 8) {
          outcome(services.refuse(actor(o, Role.ENGINEERING_TECHNICIAN), order.id(), "Owner", "价格偏高，自行处理"));
          outcome(repairs.cancel(actor(o, Role.FRONT_DESK_CLERK), id, "业主拒绝报价"));
          return;
        }
        outcome(services.consent(actor(o, Role.ENGINEERING_TECHNICIAN), order.id(), "Owner"));
      } else if (order.state() == ServiceOrderState.REQUESTED && tries < 6) {
        at.accept(in(5, 10), () -> start(o, id, tries + 1));
        return;
      }
    }
    if (outcome(repairs.start(actor(o, Role.ENGINEERING_TECHNICIAN), id)).isEmpty()) {
      return;
    }
    if (random.nextInt(100) < 15) {
      at.accept(in(10, 40), () -> {
        if (outcome(repairs.pause(actor(o, Role.ENGINEERING_TECHNICIAN), id, PauseReason.WAITING_FOR_PARTS, "等待配件到货")).isPresent()) {
          at.accept(in(120, 40 * 60), () -> {
            outcome(repairs.resume(actor(o, Role.ENGINEERING_TECHNICIAN), id));
            at.accept(in(20, 120), () -> complete(o, id));
          });
        }
      });
      return;
    }
    at.accept(in(20, 180), () -> complete(o, id));
  }

  private void complete(OfficeId o, TicketId id) {
    if (outcome(repairs.complete(actor(o, Role.ENGINEERING_TECHNICIAN), id, "已修复，现场试用正常。")).isEmpty()) {
      return;
    }
    if (random.nextInt(100) < 8) {
      return; // nobody signs: the sweep moves it to callback after 48 hours
    }
    at.accept(in(2, 10), () -> {
      int dice = random.nextInt(100);
      Optional<OwnerRating> rating = dice < 78 ? Optional.of(OwnerRating.SATISFIED) : dice < 88 ? Optional.of(OwnerRating.BASICALLY_SATISFIED)
          : dice < 93 ? Optional.of(OwnerRating.UNSATISFIED) : Optional.empty();
      Optional<Ticket> signed = outcome(repairs.signOff(actor(o, Role.ENGINEERING_TECHNICIAN), id, "Owner", rating));
      signed.filter(Ticket::paid).ifPresent(t -> at.accept(in(5, 60), () -> charge(o, ServiceOrderId.of(t.serviceOrder().orElseThrow()))));
      at.accept(tomorrow(10, 17), () -> callBack(o, id, 1));
    });
  }

  private void callBack(OfficeId o, TicketId id, int attempt) {
    Ticket t = repairs.find(actor(o, Role.OFFICE_DIRECTOR), id).orElseThrow();
    if (t.state() != TicketState.AWAITING_CALLBACK) {
      if (t.state() == TicketState.DONE) {
        at.accept(tomorrow(10, 17), () -> callBack(o, id, attempt));
      }
      return;
    }
    int dice = random.nextInt(100);
    Optional<OwnerRating> rating = dice < 84 ? Optional.of(OwnerRating.SATISFIED) : dice < 92 ? Optional.of(OwnerRating.UNSATISFIED)
        : Optional.empty();
    Optional<Ticket> after = outcome(repairs.callBack(actor(o, Role.FRONT_DESK_CLERK), id, rating,
        rating.isEmpty() ? "电话无人接听。" : "业主已确认维修结果。"));
    if (after.isEmpty()) {
      return;
    }
    if (after.get().state() == TicketState.DISPATCHED) {
      attend(o, id); // reopened: the technician who did it goes back
    } else if (after.get().state() == TicketState.AWAITING_CALLBACK) {
      at.accept(tomorrow(10, 17), () -> {
        if (attempt >= 2) {
          outcome(repairs.closeUnreachable(actor(o, Role.CUSTOMER_SUPERVISOR), id, "多次回访联系不上业主。"));
        } else {
          callBack(o, id, attempt + 1);
        }
      });
    }
  }

  private void quote(OfficeId o, ServiceOrderId order) {
    outcome(services.quote(actor(o, Role.FRONT_DESK_CLERK), order, QuoteDraft.of(QuoteLineDraft.listed(
        random.nextBoolean() ? "WD-01" : "EL-01", 1 + random.nextInt(2)))));
  }

  /** The owner pays the consented total; a tenth of the time the till sends it twice with the same key. */
  private void charge(OfficeId o, ServiceOrderId id) {
    ServiceOrder order = services.find(actor(o, Role.OFFICE_DIRECTOR), id).orElseThrow();
    if (order.consent().isEmpty()) {
      return;
    }
    String digits = id.value().replaceAll("[^A-Za-z0-9]", "");
    ChargeRequest pay = new ChargeRequest(order.consent().get().amount(), random.nextBoolean() ? PaymentMethod.WECHAT_PAY
        : PaymentMethod.CASH, "R-" + digits.substring(Math.max(0, digits.length() - 24)));
    String key = "till-" + id.value();
    outcome(services.charge(actor(o, Role.FRONT_DESK_CLERK), id, pay, key));
    if (random.nextInt(100) < 10) {
      outcome(services.charge(actor(o, Role.FRONT_DESK_CLERK), id, pay, key));
    }
  }

  /** The contract visits of the day: a worker is set, the visit done, paid and called back. */
  private void contractVisits(OfficeId o, LocalDate day) {
    for (ServiceOrder v : services.open(actor(o, Role.OFFICE_DIRECTOR), o, ServiceOrderState.SCHEDULED)) {
      if (v.origin() != ServiceOrigin.CONTRACT || !v.scheduledFor().map(s -> s.atZone(DemoCompany.ZONE).toLocalDate().equals(day))
          .orElse(false)) {
        continue;
      }
      Instant due = v.scheduledFor().orElseThrow();
      ServiceOrderId id = v.id();
      outcome(services.schedule(actor(o, Role.FRONT_DESK_CLERK), id, due, actor(o, Role.ENGINEERING_TECHNICIAN).staffId()));
      at.accept(due, () -> outcome(services.start(actor(o, Role.ENGINEERING_TECHNICIAN), id)));
      at.accept(due.plus(Duration.ofHours(2)), () -> {
        outcome(services.complete(actor(o, Role.ENGINEERING_TECHNICIAN), id, "全屋保洁完成", "Owner"));
        charge(o, id);
      });
      at.accept(due.plus(Duration.ofHours(26)), () -> outcome(services.callBack(actor(o, Role.FRONT_DESK_CLERK), id,
          Optional.of(random.nextInt(10) == 0 ? ServiceRating.BASICALLY_SATISFIED : ServiceRating.SATISFIED), "保洁满意。")));
    }
  }

  private Instant tomorrow(int fromHour, int toHour) {
    LocalDate tomorrow = now.get().atZone(DemoCompany.ZONE).toLocalDate().plusDays(1);
    return tomorrow.atTime(LocalTime.of(fromHour + random.nextInt(toHour - fromHour), random.nextInt(60))).atZone(DemoCompany.ZONE)
        .toInstant();
  }
}

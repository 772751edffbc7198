package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.OutboxEvent;
import org.propdesk.core.supervision.DailyWorkLog;
import org.propdesk.core.visitor.Visit;
import org.propdesk.core.visitor.VisitEvent;
import org.propdesk.core.visitor.VisitId;
import org.propdesk.core.visitor.VisitRegistration;
import org.propdesk.core.visitor.VisitRules;
import org.propdesk.core.visitor.VisitState;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.PropDeskConfigurationException;
import org.propdesk.workflows.visitor.VisitorLog;
import org.propdesk.workflows.visitor.Visits;

/**
 * The visitor log (来访登记, seed 4.4.5) through the facade, as an office lives it: walk-ins and
 * bookings, the host told, arrivals and departures, the closing-time check, office isolation, stale
 * forms, and the day's work log.
 */
class TheVisitorLogTest {
  private static final String PHONE = "13912345678";
  private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  private final RecordingNotifier notifier = RecordingNotifier.create();
  private final List<OutboxEvent> events = new ArrayList<>();
  private final InMemoryStorage storage = InMemoryStorage.create();
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(storage)
      .notifier(notifier).events(events::add).directory(Fixtures.directory()).procedure(Visits.PROCEDURE).build();
  private final VisitorLog visitors = desk.procedure(Visits.PROCEDURE);

  private static StaffId host(org.propdesk.core.org.OfficeId office) {
    return Fixtures.director(office).staffId();
  }

  private static VisitRegistration.Builder walkIn(org.propdesk.core.org.OfficeId office) {
    return VisitRegistration.builder().desk(Fixtures.desk(office)).visitorName("陈杰").visitorPhone(PHONE)
        .host(host(office)).purpose("送装修图纸");
  }

  private Visit register(org.propdesk.core.org.OfficeId office) {
    return visitors.register(Fixtures.clerk(office), walkIn(office).build()).orElseThrow();
  }

  @Test
  void aWalkInIsRegisteredTheHostToldAndArrivalAndDepartureRecordedAndJournaled() {
    Visit v = register(OFFICE_1);
    clock.advance(Duration.ofMinutes(1));
    visitors.notifyHost(Fixtures.clerk(OFFICE_1), v.id()).orElseThrow();
    clock.advance(Duration.ofMinutes(4));
    visitors.arrive(Fixtures.guard(OFFICE_1), v.id()).orElseThrow();
    assertThat(visitors.onSite(Fixtures.clerk(OFFICE_1), OFFICE_1)).extracting(Visit::id).containsExactly(v.id());
    clock.advance(Duration.ofMinutes(50));
    Visit left = visitors.leave(Fixtures.guard(OFFICE_1), v.id()).orElseThrow();

    assertThat(left.state()).isEqualTo(VisitState.LEFT);
    assertThat(left.version()).isEqualTo(4);
    assertThat(visitors.onSite(Fixtures.clerk(OFFICE_1), OFFICE_1)).isEmpty();
    assertThat(visitors.find(Fixtures.clerk(OFFICE_1), v.id())).contains(left);
    assertThat(desk.audit().events(VisitEvent.class, OFFICE_1, v.id().value())).extracting(VisitEvent::type)
        .containsExactly("Registered", "HostNotified", "Arrived", "Left");
    assertThat(desk.audit().verify(OFFICE_1).intact()).isTrue();
    desk.outbox().deliverDue();
    assertThat(events).extracting(OutboxEvent::aggregateType).containsOnly("visit");
    assertThat(events).allSatisfy(e -> assertThat(e.json()).doesNotContain(PHONE));
  }

  @Test
  void atClosingTimeAVisitorStillOnSiteIsFlaggedToTheSupervisorAndGuardInChineseAndOneNeverArrivedExpires() {
    Visit stays = register(OFFICE_1);
    visitors.notifyHost(Fixtures.clerk(OFFICE_1), stays.id()).orElseThrow();
    visitors.arrive(Fixtures.clerk(OFFICE_1), stays.id()).orElseThrow();
    Visit noShow = register(OFFICE_1);
    Visit gone = register(OFFICE_1);
    visitors.notifyHost(Fixtures.clerk(OFFICE_1), gone.id()).orElseThrow();
    visitors.arrive(Fixtures.clerk(OFFICE_1), gone.id()).orElseThrow();
    clock.setLocal("2026-03-02T12:00");
    visitors.leave(Fixtures.clerk(OFFICE_1), gone.id()).orElseThrow();

    clock.setLocal("2026-03-02T17:59:59");
    assertThat(desk.timers().runDue().fired()).as("nothing before closing").isZero();
    clock.setLocal("2026-03-02T18:00");
    var run = desk.timers().runDue();
    assertThat(run.fired()).isEqualTo(3);
    assertThat(run.changed()).isEqualTo(2);

    assertThat(visitors.find(Fixtures.clerk(OFFICE_1), stays.id()).orElseThrow().flaggedAt())
        .contains(Instant.parse("2026-03-02T10:00:00Z"));
    assertThat(visitors.find(Fixtures.clerk(OFFICE_1), noShow.id()).orElseThrow().state()).isEqualTo(VisitState.EXPIRED);
    assertThat(visitors.find(Fixtures.clerk(OFFICE_1), gone.id()).orElseThrow().state()).isEqualTo(VisitState.LEFT);

    desk.outbox().deliverDue();
    assertThat(notifier.deliveries()).extracting(n -> n.role().orElseThrow())
        .containsExactlyInAnyOrder(Role.CUSTOMER_SUPERVISOR, Role.SECURITY_GUARD);
    assertThat(notifier.deliveries()).allSatisfy(n -> {
      assertThat(n.subject()).isEqualTo("闭馆时访客仍在访：来访 " + stays.id());
      assertThat(n.body()).contains(stays.id().value()).doesNotContain(PHONE).doesNotContain("陈杰");
      assertThat(n.office()).isEqualTo(OFFICE_1);
    });

    DailyWorkLog log = desk.reviews().workLog(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MARCH_2).orElseThrow();
    assertThat(log.received()).containsExactly(stays.id().value(), noShow.id().value(), gone.id().value());
    assertThat(log.flagged()).containsExactly(stays.id().value());
    assertThat(log.closed()).containsExactlyInAnyOrder(noShow.id().value(), gone.id().value());
    assertThat(log.openAtEndOfDay()).containsExactly(stays.id().value());
    assertThat(desk.timers().runDue().fired()).as("the check runs once").isZero();
  }

  @Test
  void theOfficesLogPageListsTheVisitsRegisteredInTheRangeInOrderAndNoOtherOfficesOnes() {
    Visit first = register(OFFICE_1);
    clock.advance(java.time.Duration.ofMinutes(10));
    Visit second = register(OFFICE_1);
    register(OFFICE_2);
    java.time.Instant from = first.registeredAt();
    assertThat(visitors.registeredBetween(Fixtures.clerk(OFFICE_1), OFFICE_1, from, from.plusSeconds(3600)))
        .extracting(Visit::id).containsExactly(first.id(), second.id());
    assertThat(visitors.registeredBetween(Fixtures.clerk(OFFICE_1), OFFICE_1, from.plusMillis(1), from.plusSeconds(3600)))
        .extracting(Visit::id).containsExactly(second.id());
    assertThat(visitors.registeredBetween(Fixtures.clerk(OFFICE_2), OFFICE_1, from, from.plusSeconds(3600))).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> visitors.registeredBetween(Fixtures.clerk(OFFICE_1), OFFICE_1, from, from.minusMillis(1)))
        .isInstanceOfSatisfying(org.propdesk.core.common.InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
  }

  @Test
  void anotherOfficesStaffSeeNothingAndChangeNothing() {
    Visit v = register(OFFICE_1);
    Result<Visit> r = visitors.notifyHost(Fixtures.clerk(OFFICE_2), v.id());
    assertThat(r.rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(visitors.find(Fixtures.clerk(OFFICE_2), v.id())).isEmpty();
    assertThat(visitors.onSite(Fixtures.clerk(OFFICE_2), OFFICE_1)).isEmpty();
    assertThat(visitors.find(Fixtures.clerk(OFFICE_1), v.id()).orElseThrow().version()).isEqualTo(1);
    assertThat(visitors.find(Fixtures.generalManager(), v.id())).as("company-wide staff see every office").isPresent();
  }

  @Test
  void aDeskOfAnotherOfficeOrAHostFromAnotherOfficeIsRefusedAndNothingIsStored() {
    Result<Visit> otherDesk = visitors.register(Fixtures.clerk(OFFICE_2), walkIn(OFFICE_1).build());
    assertThat(otherDesk.rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(otherDesk.rejection().orElseThrow().field()).contains("desk");
    Result<Visit> otherHost = visitors.register(Fixtures.clerk(OFFICE_1), walkIn(OFFICE_1).host(host(OFFICE_2)).build());
    assertThat(otherHost.rejection().orElseThrow().code()).isEqualTo(RejectionCode.INVALID_COMMAND);
    assertThat(otherHost.rejection().orElseThrow().field()).contains("host");
    Result<Visit> unknownHost = visitors.register(Fixtures.clerk(OFFICE_1), walkIn(OFFICE_1).host(StaffId.of("S-NOBODY")).build());
    assertThat(unknownHost.rejection().orElseThrow().field()).contains("host");
    Result<Visit> assistant = visitors.register(Fixtures.assistant(OFFICE_1), walkIn(OFFICE_1).build());
    assertThat(assistant.rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);

    assertThat(visitors.registeredBetween(Fixtures.director(OFFICE_1), OFFICE_1, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")))
        .isEmpty();
    assertThat(desk.audit().entries(OFFICE_1, 1, 10)).isEmpty();
    assertThat(storage.<Long>inTransaction(tx -> tx.timers().pendingCount())).isZero();
    assertThat(visitors.notifyHost(Fixtures.clerk(OFFICE_1), VisitId.of("V-404")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
  }

  @Test
  void aDepartureRecordedFromAStaleScreenFailsLoudly() {
    Visit v = register(OFFICE_1);
    visitors.notifyHost(Fixtures.clerk(OFFICE_1), v.id()).orElseThrow();
    Visit in = visitors.arrive(Fixtures.clerk(OFFICE_1), v.id()).orElseThrow();
    assertThatThrownBy(() -> visitors.leave(Fixtures.guard(OFFICE_1), v.id(), in.version() - 1))
        .isInstanceOf(StaleVersionException.class);
    assertThat(visitors.find(Fixtures.clerk(OFFICE_1), v.id()).orElseThrow().state()).isEqualTo(VisitState.ON_SITE);
    assertThat(visitors.leave(Fixtures.guard(OFFICE_1), v.id(), in.version()).orElseThrow().state()).isEqualTo(VisitState.LEFT);
  }

  @Test
  void aProcedureMustBeRegisteredOnceToBeUsed() {
    PropDesk plain = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
        .notifier(notifier).directory(Fixtures.directory()).build();
    assertThatThrownBy(() -> plain.procedure(Visits.PROCEDURE))
        .isInstanceOf(PropDeskConfigurationException.class).hasMessageContaining("visitor");
    assertThatThrownBy(() -> PropDesk.builder().procedure(Visits.PROCEDURE).procedure(Visits.procedure(VisitRules.defaults(), Locale.ENGLISH)))
        .isInstanceOf(PropDeskConfigurationException.class).hasMessageContaining("twice");
  }

  @Test
  void anOfficeClosingLaterWithEnglishStaffGetsTheCheckAtItsHourInEnglish() {
    var evening = Visits.procedure(VisitRules.closingAt(LocalTime.of(21, 0)), Locale.ENGLISH);
    PropDesk late = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
        .notifier(notifier).directory(Fixtures.directory()).procedure(evening).build();
    VisitorLog log = late.procedure(evening);
    Visit v = log.register(Fixtures.clerk(OFFICE_1), walkIn(OFFICE_1).build()).orElseThrow();
    log.notifyHost(Fixtures.clerk(OFFICE_1), v.id()).orElseThrow();
    log.arrive(Fixtures.clerk(OFFICE_1), v.id()).orElseThrow();
    clock.setLocal("2026-03-02T18:00");
    assertThat(late.timers().runDue().fired()).isZero();
    clock.setLocal("2026-03-02T21:00");
    assertThat(late.timers().runDue().changed()).isEqualTo(1);
    late.outbox().deliverDue();
    assertThat(notifier.deliveries()).extracting(Notification::subject)
        .containsOnly("Visitor still on site at closing: visit " + v.id());
  }
}

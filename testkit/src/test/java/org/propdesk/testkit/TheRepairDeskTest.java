package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.OutboxEvent;
import org.propdesk.core.supervision.DailyWorkLog;
import org.propdesk.core.ticket.CallbackSampling;
import org.propdesk.core.ticket.OwnerRating;
import org.propdesk.core.ticket.PauseReason;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.core.ticket.TicketEvent;
import org.propdesk.core.ticket.TicketPolicies;
import org.propdesk.core.ticket.TicketState;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairOrigin;
import org.propdesk.core.ticket.port.RepairRequest;
import org.propdesk.workflows.Procedure;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.ticket.TicketDesk;
import org.propdesk.workflows.ticket.Tickets;

/**
 * Incident and repair reports (报事报修, PROCEDURES §6) through the facade, as an office lives them: a
 * leak reported, answered, dispatched, attended, paused for parts, done and signed off; the sweep's
 * alarms; office isolation; the technician's own steps; bad input; a resent self-service report; and
 * the day's work log.
 */
class TheRepairDeskTest {
  private static final String PHONE = "13912345678";

  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  private final RecordingNotifier notifier = RecordingNotifier.create();
  private final List<OutboxEvent> events = new ArrayList<>();
  private final InMemoryStorage storage = InMemoryStorage.create();
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(storage)
      .notifier(notifier).events(events::add).directory(Fixtures.directory()).procedure(Tickets.PROCEDURE).build();
  private final TicketDesk repairs = desk.procedure(Tickets.PROCEDURE);

  private static Instant local(String local) {
    return LocalDateTime.parse(local).atZone(Fixtures.ZONE).toInstant();
  }

  private static RepairRequest.Builder leak(OfficeId office) {
    return RepairRequest.builder().desk(Fixtures.desk(office)).origin(RepairOrigin.PHONE).unit(Fixtures.unit(office, 3))
        .owner(Fixtures.owner(office, 3)).location("卫生间天花").category(RepairCategory.LEAK).description("楼上渗水，天花板滴水")
        .contactName("王芳").contactPhone(PHONE);
  }

  private Ticket register(OfficeId office) {
    return repairs.register(Fixtures.clerk(office), leak(office).build()).orElseThrow();
  }

  @Test
  void aLeakIsAnsweredDispatchedAttendedPausedForPartsDoneAndSignedOffWithItsClocksMetAndJournaled() {
    Ticket t = register(OFFICE_1);
    clock.advance(Duration.ofMinutes(1));
    repairs.dispatch(Fixtures.clerk(OFFICE_1), t.id(), Fixtures.technician(OFFICE_1).staffId()).orElseThrow();
    clock.advance(Duration.ofMinutes(4));
    repairs.reply(Fixtures.clerk(OFFICE_1), t.id(), "维修师傅已出发，十分钟内到达").orElseThrow();
    repairs.acceptJob(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    clock.advance(Duration.ofMinutes(8));
    repairs.arrive(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    repairs.start(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    clock.advance(Duration.ofMinutes(20));
    repairs.pause(Fixtures.technician(OFFICE_1), t.id(), PauseReason.WAITING_FOR_PARTS, "需更换止水阀").orElseThrow();
    clock.setLocal("2026-03-02T14:33");
    repairs.resume(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    clock.advance(Duration.ofMinutes(30));
    repairs.complete(Fixtures.technician(OFFICE_1), t.id(), "更换止水阀，楼上防水补漏").orElseThrow();
    clock.advance(Duration.ofMinutes(5));
    Ticket signed = repairs.signOff(Fixtures.technician(OFFICE_1), t.id(), "王芳", Optional.of(OwnerRating.SATISFIED)).orElseThrow();

    assertThat(signed.firstReplyOnTime()).contains(true);
    assertThat(signed.dispatchedOnTime()).contains(true);
    assertThat(signed.firstArrivalOnTime()).contains(true);
    // 09:00 -> 15:03 is 363 minutes, less the pause 09:33 -> 14:33 (300 minutes)
    assertThat(signed.resolutionMinutes()).contains(63L);
    assertThat(signed.pausedMinutes()).isEqualTo(300);
    assertThat(signed.state()).isIn(TicketState.CLOSED, TicketState.AWAITING_CALLBACK);
    assertThat(desk.audit().events(TicketEvent.class, OFFICE_1, t.id().value())).extracting(TicketEvent::type)
        .startsWith("Registered", "Dispatched", "Replied", "Accepted", "Arrived", "Started", "Paused", "Resumed", "Completed",
            "SignedOff");
    assertThat(desk.audit().verify(OFFICE_1).intact()).isTrue();
    desk.outbox().deliverDue();
    assertThat(events).extracting(OutboxEvent::aggregateType).containsOnly("ticket");
    assertThat(events).allSatisfy(e -> assertThat(e.json()).doesNotContain(PHONE).doesNotContain("王芳"));
    assertThat(signed.toString()).contains("139****5678").doesNotContain(PHONE);
  }

  @Test
  void theSweepRaisesEachMissedDeadlineOnceAndTellsWhoMustActInChinese() {
    Ticket t = register(OFFICE_1);
    clock.setLocal("2026-03-02T09:16");
    assertThat(desk.timers().runDue().changed()).as("first reply and dispatch alarms").isEqualTo(2);
    Ticket alarmed = repairs.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow();
    assertThat(alarmed.firstReplyOverdue()).isTrue();
    assertThat(alarmed.dispatchOverdue()).isTrue();

    repairs.dispatch(Fixtures.supervisor(OFFICE_1), t.id(), Fixtures.technician(OFFICE_1).staffId()).orElseThrow();
    clock.setLocal("2026-03-02T09:31:00.001");
    desk.timers().runDue();
    assertThat(repairs.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow().arrivalOverdue()).isTrue();
    clock.setLocal("2026-03-03T08:30");
    desk.timers().runDue();
    assertThat(repairs.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow().resolutionWarned()).isTrue();
    clock.setLocal("2026-03-03T09:00:00.001");
    desk.timers().runDue();
    assertThat(repairs.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow().resolutionOverdue()).isTrue();
    assertThat(desk.timers().runDue().changed()).as("each alarm once").isZero();

    desk.outbox().deliverDue();
    List<Notification> told = notifier.deliveries();
    assertThat(told).filteredOn(n -> n.subject().equals("报修单" + t.id() + "未及时首次答复")).extracting(n -> n.role().orElseThrow())
        .containsExactly(Role.CUSTOMER_SUPERVISOR);
    assertThat(told).filteredOn(n -> n.subject().equals("报修单" + t.id() + "处理超时")).extracting(n -> n.role().orElseThrow())
        .containsExactlyInAnyOrder(Role.DEPARTMENT_HEAD, Role.CUSTOMER_SUPERVISOR, Role.OFFICE_DIRECTOR);
    assertThat(told).filteredOn(n -> n.subject().startsWith("报修单" + t.id() + "：维修工")).extracting(n -> n.role().orElseThrow())
        .containsExactlyInAnyOrder(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD);
    assertThat(told).allSatisfy(n -> assertThat(n.body()).doesNotContain(PHONE).doesNotContain("王芳"));
  }

  @Test
  void aPausedJobRaisesNoAlarmAtItsOldDeadlineAndOneAtTheDeadlineThePauseMovedItTo() {
    Ticket t = register(OFFICE_1);
    repairs.reply(Fixtures.clerk(OFFICE_1), t.id(), "已安排维修").orElseThrow();
    repairs.dispatch(Fixtures.clerk(OFFICE_1), t.id(), Fixtures.technician(OFFICE_1).staffId()).orElseThrow();
    repairs.acceptJob(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    repairs.arrive(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    repairs.start(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    clock.setLocal("2026-03-02T10:00");
    repairs.pause(Fixtures.technician(OFFICE_1), t.id(), PauseReason.WAITING_FOR_OWNER, "业主出差").orElseThrow();

    clock.setLocal("2026-03-03T09:00:00.001");
    desk.timers().runDue();
    Ticket stillPaused = repairs.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow();
    assertThat(stillPaused.resolutionWarned()).isFalse();
    assertThat(stillPaused.resolutionOverdue()).isFalse();

    clock.setLocal("2026-03-03T12:00");
    Ticket resumed = repairs.resume(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    // 26 hours paused: the deadline moves from 2026-03-03T09:00 to 2026-03-04T11:00
    assertThat(resumed.resolutionDeadline()).contains(local("2026-03-04T11:00"));
    clock.setLocal("2026-03-04T11:00");
    desk.timers().runDue();
    assertThat(repairs.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow().resolutionOverdue()).isFalse();
    clock.setLocal("2026-03-04T11:00:00.001");
    desk.timers().runDue();
    assertThat(repairs.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow().resolutionOverdue()).isTrue();
  }

  @Test
  void aDayWithoutContactIsAMissedFollowUpAndTheWorkLogCountsTheReports() {
    Ticket t = register(OFFICE_1);
    repairs.reply(Fixtures.clerk(OFFICE_1), t.id(), "已安排维修").orElseThrow();
    Ticket other = register(OFFICE_1);
    repairs.reply(Fixtures.clerk(OFFICE_1), other.id(), "已登记，请稍候").orElseThrow();
    repairs.cancel(Fixtures.clerk(OFFICE_1), other.id(), "业主自行修好").orElseThrow();
    clock.setLocal("2026-03-03T10:00");
    repairs.followUp(Fixtures.clerk(OFFICE_1), t.id(), "配件已到，明天上门", Optional.of("好的")).orElseThrow();
    clock.setLocal("2026-03-05T00:00");
    desk.timers().runDue();

    assertThat(repairs.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow().missedFollowUpDays())
        .as("the 3rd had a contact, the 4th none").containsExactly(LocalDate.of(2026, 3, 4));
    DailyWorkLog march2 = desk.reviews().workLog(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), LocalDate.of(2026, 3, 2))
        .orElseThrow();
    assertThat(march2.received()).containsExactly(t.id().value(), other.id().value());
    assertThat(march2.firstRepliesOnTime()).isEqualTo(2);
    assertThat(march2.closed()).containsExactly(other.id().value());
    assertThat(march2.openAtEndOfDay()).containsExactly(t.id().value());
    DailyWorkLog march4 = desk.reviews().workLog(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), LocalDate.of(2026, 3, 4))
        .orElseThrow();
    assertThat(march4.missedFollowUps()).containsExactly(t.id().value());
  }

  @Test
  void anotherOfficesStaffSeeNothingAndChangeNothing() {
    Ticket t = register(OFFICE_1);

    assertThat(repairs.find(Fixtures.clerk(OFFICE_2), t.id())).isEmpty();
    assertThat(repairs.dispatch(Fixtures.clerk(OFFICE_2), t.id(), Fixtures.technician(OFFICE_2).staffId()).rejection().orElseThrow()
        .code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(repairs.open(Fixtures.clerk(OFFICE_2), OFFICE_1)).isEmpty();
    assertThat(repairs.open(Fixtures.clerk(OFFICE_1), OFFICE_1, TicketState.REGISTERED)).extracting(Ticket::id).containsExactly(t.id());
    assertThat(repairs.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void onlyTheTechnicianTheJobIsWithDoesItsStepsAndATechnicianOfAnotherOfficeIsNeverDispatched() {
    Ticket t = register(OFFICE_1);
    assertThat(repairs.dispatch(Fixtures.clerk(OFFICE_1), t.id(), Fixtures.technician(OFFICE_2).staffId()).rejection().orElseThrow()
        .field()).contains("technician");
    assertThat(repairs.dispatch(Fixtures.clerk(OFFICE_1), t.id(), Fixtures.guard(OFFICE_1).staffId()).rejection().orElseThrow()
        .field()).contains("technician");
    repairs.dispatch(Fixtures.clerk(OFFICE_1), t.id(), Fixtures.technician(OFFICE_1).staffId()).orElseThrow();

    assertThat(repairs.acceptJob(Fixtures.secondTechnician(OFFICE_1), t.id()).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    assertThat(repairs.acceptJob(Fixtures.clerk(OFFICE_1), t.id()).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    Ticket moved = repairs.transfer(Fixtures.supervisor(OFFICE_1), t.id(), Fixtures.secondTechnician(OFFICE_1).staffId(), "原维修工请假")
        .orElseThrow();
    assertThat(moved.technician()).contains(Fixtures.secondTechnician(OFFICE_1).staffId());
    assertThat(repairs.withTechnician(Fixtures.supervisor(OFFICE_1), OFFICE_1, Fixtures.secondTechnician(OFFICE_1).staffId()))
        .extracting(Ticket::id).containsExactly(t.id());
    assertThat(repairs.acceptJob(Fixtures.secondTechnician(OFFICE_1), t.id()).orElseThrow().state()).isEqualTo(TicketState.ACCEPTED);
  }

  @Test
  void aDeskUnitOrOwnerOutsideTheOfficeIsRefusedNamingTheFieldAndNothingIsStored() {
    Result<Ticket> foreignDesk = repairs.register(Fixtures.clerk(OFFICE_1), leak(OFFICE_2).build());
    Result<Ticket> foreignUnit = repairs.register(Fixtures.clerk(OFFICE_1), leak(OFFICE_1).unit(Fixtures.unit(OFFICE_2, 1))
        .owner(Fixtures.owner(OFFICE_1, 3)).build());
    Result<Ticket> wrongOwner = repairs.register(Fixtures.clerk(OFFICE_1), leak(OFFICE_1).owner(Fixtures.owner(OFFICE_1, 4)).build());
    Result<Ticket> future = repairs.register(Fixtures.clerk(OFFICE_1), leak(OFFICE_1).reportedAt(local("2026-03-02T09:01")).build());

    assertThat(foreignDesk.rejection().orElseThrow().field()).contains("desk");
    assertThat(foreignUnit.rejection().orElseThrow().field()).contains("unit");
    assertThat(wrongOwner.rejection().orElseThrow().field()).contains("owner");
    assertThat(future.rejection().orElseThrow().field()).contains("reportedAt");
    assertThat(repairs.open(Fixtures.clerk(OFFICE_1), OFFICE_1)).isEmpty();
    assertThat(desk.audit().verify(OFFICE_1).entriesChecked()).isZero();
  }

  @Test
  void malformedInputThrowsATypedErrorNamingTheFieldAndAForbiddenPhraseIsRefused() {
    Ticket t = register(OFFICE_1);
    assertThatThrownBy(() -> leak(OFFICE_1).description(" ").build()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("description");
    assertThatThrownBy(() -> leak(OFFICE_1).contactPhone("1380013567").build()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("contactPhone").hasMessageNotContaining("1380013567");
    assertThatThrownBy(() -> leak(OFFICE_1).location("卫生间\u0007").build()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("location");
    assertThatThrownBy(() -> RepairRequest.builder().desk(Fixtures.desk(OFFICE_1)).origin(RepairOrigin.COMPLAINT).location("x")
        .category(RepairCategory.OTHER).description("x").build()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("originRef");
    assertThatThrownBy(() -> repairs.reply(Fixtures.clerk(OFFICE_1), t.id(), "x".repeat(501))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("text");
    assertThat(repairs.reply(Fixtures.clerk(OFFICE_1), t.id(), "这个我们没 办 法").rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.FORBIDDEN_PHRASE);
    assertThat(repairs.reject(Fixtures.supervisor(OFFICE_1), t.id(), "找开发商吧").rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.FORBIDDEN_PHRASE);
    assertThat(repairs.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void aResentSelfServiceReportIsRegisteredOnceAndAKeyReusedForAnotherReportIsRefused() {
    RepairRequest r = leak(OFFICE_1).origin(RepairOrigin.SELF_SERVICE).build();
    Ticket first = repairs.register(Fixtures.clerk(OFFICE_1), r, "app-7f3a").orElseThrow();
    Ticket again = repairs.register(Fixtures.clerk(OFFICE_1), r, "app-7f3a").orElseThrow();

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(repairs.open(Fixtures.clerk(OFFICE_1), OFFICE_1)).hasSize(1);
    assertThatThrownBy(() -> repairs.register(Fixtures.clerk(OFFICE_1), leak(OFFICE_1).description("另一件事").build(), "app-7f3a"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("idempotencyKey");
  }

  @Test
  void paidWorkNeedsTheSpecialServiceProcedure() {
    Result<Ticket> paid = repairs.register(Fixtures.clerk(OFFICE_1), leak(OFFICE_1).paid(true).build());

    assertThat(paid.rejection().orElseThrow().field()).contains("paid");
    assertThat(repairs.open(Fixtures.clerk(OFFICE_1), OFFICE_1)).isEmpty();
  }

  @Test
  void aDispatchFromAStaleBoardFailsLoudly() {
    Ticket t = register(OFFICE_1);
    repairs.reply(Fixtures.clerk(OFFICE_1), t.id(), "已安排维修").orElseThrow();

    assertThatThrownBy(() -> repairs.dispatch(Fixtures.clerk(OFFICE_1), t.id(), Fixtures.technician(OFFICE_1).staffId(), 1))
        .isInstanceOf(StaleVersionException.class);
    assertThat(repairs.dispatch(Fixtures.clerk(OFFICE_1), t.id(), Fixtures.technician(OFFICE_1).staffId(), 2).orElseThrow().state())
        .isEqualTo(TicketState.DISPATCHED);
  }

  @Test
  void anUnsatisfiedCallbackReopensTheJobWithItsTechnicianWhoIsToldInEnglish() {
    Procedure<TicketDesk> everyJob = Tickets.procedure(TicketPolicies.practiceDefaults().withSampling(new CallbackSampling(100, 1)),
        Locale.ENGLISH);
    PropDesk english = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
        .notifier(notifier).directory(Fixtures.directory()).procedure(everyJob).build();
    TicketDesk d = english.procedure(everyJob);
    Ticket t = d.register(Fixtures.clerk(OFFICE_1), leak(OFFICE_1).build()).orElseThrow();
    d.dispatch(Fixtures.clerk(OFFICE_1), t.id(), Fixtures.technician(OFFICE_1).staffId()).orElseThrow();
    d.acceptJob(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    d.arrive(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    d.start(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    d.complete(Fixtures.technician(OFFICE_1), t.id(), "补漏").orElseThrow();
    Ticket waiting = d.signOff(Fixtures.clerk(OFFICE_1), t.id(), "王芳", Optional.of(OwnerRating.SATISFIED)).orElseThrow();
    assertThat(waiting.state()).isEqualTo(TicketState.AWAITING_CALLBACK);
    notifier.clear();

    clock.setLocal("2026-03-03T10:00");
    Ticket reopened = d.callBack(Fixtures.supervisor(OFFICE_1), t.id(), Optional.of(OwnerRating.UNSATISFIED), "仍在滴水").orElseThrow();

    assertThat(reopened.state()).isEqualTo(TicketState.DISPATCHED);
    assertThat(reopened.reopenings()).singleElement().extracting(r -> r.responsible())
        .isEqualTo(Fixtures.technician(OFFICE_1).staffId());
    english.outbox().deliverDue();
    assertThat(notifier.deliveries()).filteredOn(n -> n.subject().equals("Repair " + t.id() + " reopened after an unsatisfied callback"))
        .extracting(n -> n.role().orElseThrow()).containsExactlyInAnyOrder(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD);
    clock.setLocal("2026-03-03T10:15:00.001");
    english.timers().runDue();
    assertThat(d.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow().arrivalOverdue()).as("the return visit has its own clock").isTrue();
  }
}

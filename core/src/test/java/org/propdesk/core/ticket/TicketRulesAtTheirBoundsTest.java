package org.propdesk.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.core.ticket.TicketGiven.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.OwnerWording;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.ticket.port.RepairCategory;

/**
 * The repair rules at their bounds: each clock's limit met to the millisecond is on time and one
 * millisecond past it late, as the events and the figures say; the policies' ranges; the owner's
 * refusal; the callbacks; the aggregate's own invariants.
 */
class TicketRulesAtTheirBoundsTest {
  private static void refused(String field, Supplier<?> build) {
    assertThatThrownBy(build::get).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
  }

  private static <E> E event(Result<Ticket> r, Class<E> type) {
    return r.events().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }

  @Test
  void theFirstReplyIsOnTimeAtFifteenMinutesAndLateAMillisecondAfter() {
    Ticket t = registered("2026-03-02T09:00");
    Result<Ticket> onTime = t.reply("马上安排", CLERK, POLICIES, at("2026-03-02T09:15"));
    Result<Ticket> late = t.reply("马上安排", CLERK, POLICIES, at("2026-03-02T09:15:00.001"));

    assertThat(event(onTime, TicketEvent.Replied.class).onTime()).isTrue();
    assertThat(onTime.orElseThrow().firstReplyOnTime()).contains(true);
    assertThat(event(late, TicketEvent.Replied.class).onTime()).isFalse();
    assertThat(late.orElseThrow().firstReplyOnTime()).contains(false);
    Ticket twice = onTime.orElseThrow().reply("师傅已出发", CLERK, POLICIES, at("2026-03-02T10:00")).orElseThrow();
    assertThat(twice.firstReplyAt()).isEqualTo(onTime.orElseThrow().firstReplyAt());
    assertThat(twice.contacts()).extracting(TicketContact::firstReply).containsExactly(true, false);
  }

  @Test
  void theDispatchIsOnTimeAtTwoMinutesAndTheArrivalAtFifteenAfterIt() {
    Ticket t = registered("2026-03-02T09:00");
    assertThat(event(t.dispatch(TECH.staffId(), CLERK, at("2026-03-02T09:02")), TicketEvent.Dispatched.class).onTime()).isTrue();
    Result<Ticket> late = t.dispatch(TECH.staffId(), CLERK, at("2026-03-02T09:02:00.001"));
    assertThat(event(late, TicketEvent.Dispatched.class).onTime()).isFalse();
    assertThat(late.orElseThrow().dispatchedOnTime()).contains(false);

    Ticket taken = late.orElseThrow().acceptJob(TECH, at("2026-03-02T09:03")).orElseThrow();
    Instant due = taken.arrivalDue().orElseThrow();
    assertThat(due).isEqualTo(local("2026-03-02T09:17:00.001"));
    assertThat(event(taken.arrive(TECH, Clock(due)), TicketEvent.Arrived.class).onTime()).isTrue();
    Result<Ticket> lateArrival = taken.arrive(TECH, Clock(due.plusMillis(1)));
    assertThat(event(lateArrival, TicketEvent.Arrived.class).onTime()).isFalse();
    assertThat(lateArrival.orElseThrow().firstArrivalOnTime()).contains(false);
  }

  private static java.time.Clock Clock(Instant at) {
    return java.time.Clock.fixed(at, ZONE);
  }

  @Test
  void workDoneAtTheDeadlineIsOnTimeAndTheEventSaysWhenItMovesToCallbackUnsigned() {
    Ticket t = inProgress("2026-03-02T09:00", "2026-03-02T09:10");
    Result<Ticket> onTime = t.complete("修好", TECH, POLICIES, at("2026-03-03T09:00"));
    TicketEvent.Completed done = event(onTime, TicketEvent.Completed.class);
    assertThat(done.onTime()).isTrue();
    assertThat(done.resolutionMinutes()).isEqualTo(24 * 60);
    assertThat(done.unratedAt()).isEqualTo(local("2026-03-05T09:00"));
    assertThat(event(t.complete("修好", TECH, POLICIES, at("2026-03-03T09:00:00.001")), TicketEvent.Completed.class).onTime()).isFalse();
    assertThat(onTime.orElseThrow().doneBy()).contains(TECH.staffId());
    assertThat(onTime.orElseThrow().workDone()).contains("修好");
  }

  @Test
  void anOwnerWhoDoesNotAcceptTheWorkSendsItBackWithTheClockStillRunning() {
    Ticket done = inProgress("2026-03-02T09:00", "2026-03-02T09:10").complete("修好", TECH, POLICIES, at("2026-03-02T10:00"))
        .orElseThrow();
    Result<Ticket> refused = done.refuseSignOff("还在漏水", TECH, at("2026-03-02T10:05"));

    Ticket back = refused.orElseThrow();
    assertThat(back.state()).isEqualTo(TicketState.IN_PROGRESS);
    assertThat(back.doneAt()).isEmpty();
    assertThat(back.resolutionDeadline()).contains(local("2026-03-03T09:00"));
    assertThat(event(refused, TicketEvent.SignOffRefused.class).resolutionDue()).isEqualTo(local("2026-03-03T09:00"));
    assertThat(back.refuseSignOff("x", TECH, at("2026-03-02T10:06")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
  }

  @Test
  void aPaidJobNeedsConsentButAFreeOneIgnoresIt() {
    Ticket free = registered("2026-03-02T09:00").dispatch(TECH.staffId(), CLERK, at("2026-03-02T09:01")).orElseThrow()
        .acceptJob(TECH, at("2026-03-02T09:02")).orElseThrow().arrive(TECH, at("2026-03-02T09:10")).orElseThrow();
    Ticket started = free.start(Optional.of(local("2026-03-02T09:09")), TECH, at("2026-03-02T09:11")).orElseThrow();
    assertThat(started.consentedAt()).as("no consent is kept for free work").isEmpty();
    assertThat(started.startedAt()).contains(local("2026-03-02T09:11"));
    assertThat(event(free.start(Optional.empty(), TECH, at("2026-03-02T09:11")), TicketEvent.Started.class).consentedAt()).isEmpty();
  }

  @Test
  void aTransferToTheSameTechnicianIsRefusedAndTheSweepAlarmsOnlyOnce() {
    Ticket t = registered("2026-03-02T09:00").dispatch(TECH.staffId(), CLERK, at("2026-03-02T09:05")).orElseThrow();
    assertThat(t.transfer(TECH.staffId(), "x", SUPERVISOR, at("2026-03-02T09:06")).rejection().orElseThrow().field()).contains("to");

    Ticket untouched = registered("2026-03-02T09:00");
    assertThat(untouched.onFirstReplyDue(at("2026-03-02T09:15")).orElseThrow()).isSameAs(untouched);
    Ticket alarmed = untouched.onFirstReplyDue(at("2026-03-02T09:15:00.001")).orElseThrow();
    assertThat(alarmed.firstReplyOverdue()).isTrue();
    assertThat(alarmed.onFirstReplyDue(at("2026-03-02T09:30")).orElseThrow()).isSameAs(alarmed);
    assertThat(untouched.onDispatchDue(at("2026-03-02T09:02")).orElseThrow()).isSameAs(untouched);
    Ticket late = untouched.onDispatchDue(at("2026-03-02T09:02:00.001")).orElseThrow();
    assertThat(late.dispatchOverdue()).isTrue();
    assertThat(late.onDispatchDue(at("2026-03-02T09:30")).orElseThrow()).isSameAs(late);
    Ticket dispatched = untouched.dispatch(TECH.staffId(), CLERK, at("2026-03-02T09:01")).orElseThrow();
    assertThat(dispatched.onDispatchDue(at("2026-03-02T09:30")).orElseThrow()).isSameAs(dispatched);
    Instant due = dispatched.arrivalDue().orElseThrow();
    assertThat(dispatched.onArrivalDue(due, Clock(due)).orElseThrow()).isSameAs(dispatched);
    assertThat(dispatched.onArrivalDue(due.minusSeconds(60), Clock(due.plusSeconds(1))).orElseThrow()).as("an old deadline")
        .isSameAs(dispatched);
    assertThat(dispatched.onArrivalDue(due, Clock(due.plusMillis(1))).orElseThrow().arrivalOverdue()).isTrue();
  }

  @Test
  void theResolutionWarningSoundsThirtyMinutesAheadOnceAndNeverAfterTheDeadline() {
    Ticket t = registered("2026-03-02T09:00");
    Instant due = t.resolutionDeadline().orElseThrow();
    assertThat(t.onResolutionWarning(due, at("2026-03-03T08:29:59.999")).orElseThrow()).isSameAs(t);
    Ticket warned = t.onResolutionWarning(due, at("2026-03-03T08:30")).orElseThrow();
    assertThat(warned.resolutionWarned()).isTrue();
    assertThat(warned.onResolutionWarning(due, at("2026-03-03T08:40")).orElseThrow()).isSameAs(warned);
    assertThat(t.onResolutionWarning(due, at("2026-03-03T09:00:00.001")).orElseThrow()).isSameAs(t);
    assertThat(t.onResolutionDue(due, at("2026-03-03T09:00")).orElseThrow()).isSameAs(t);
    Ticket overdue = t.onResolutionDue(due, at("2026-03-03T09:00:00.001")).orElseThrow();
    assertThat(overdue.resolutionOverdue()).isTrue();
    assertThat(overdue.onResolutionDue(due, at("2026-03-03T10:00")).orElseThrow()).isSameAs(overdue);
  }

  @Test
  void aDayWithAReplyFollowUpOrCallbackIsContactedAndTheReportsOwnDayIsNeverChecked() {
    Ticket t = registered("2026-03-02T09:00");
    assertThat(t.onFollowUpDayEnded(LocalDate.of(2026, 3, 2), at("2026-03-04T00:00")).orElseThrow()).isSameAs(t);
    Ticket missed = t.onFollowUpDayEnded(LocalDate.of(2026, 3, 3), at("2026-03-04T00:00")).orElseThrow();
    assertThat(missed.missedFollowUpDays()).containsExactly(LocalDate.of(2026, 3, 3));
    assertThat(t.onFollowUpDayEnded(LocalDate.of(2026, 3, 3), at("2026-03-03T23:59:59.999")).orElseThrow()).isSameAs(t);
    Ticket contacted = t.followUp("明天上门", Optional.of("好"), CLERK, POLICIES, at("2026-03-03T20:00")).orElseThrow();
    assertThat(contacted.contacts().get(0).ownerSaid()).contains("好");
    assertThat(contacted.hasContactOn(LocalDate.of(2026, 3, 3))).isTrue();
    assertThat(contacted.onFollowUpDayEnded(LocalDate.of(2026, 3, 3), at("2026-03-04T00:00")).orElseThrow()).isSameAs(contacted);
    assertThat(t.followUp("我现在很忙", Optional.empty(), CLERK, POLICIES, at("2026-03-03T20:00")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.FORBIDDEN_PHRASE);
  }

  @Test
  void callbacksAreRecordedAndTheLastOneIsKept() {
    TicketPolicies always = POLICIES.withSampling(new CallbackSampling(100, 1));
    Ticket waiting = inProgress("2026-03-02T09:00", "2026-03-02T09:10").complete("修好", TECH, always, at("2026-03-02T10:00"))
        .orElseThrow().signOff("王芳", Optional.of(OwnerRating.SATISFIED), TECH, always, at("2026-03-02T10:05")).orElseThrow();
    assertThat(waiting.lastCallback()).isEmpty();
    assertThat(waiting.isOpen()).isTrue();
    Ticket tried = waiting.callBack(Optional.empty(), "无人接听", CLERK, always, at("2026-03-03T10:00")).orElseThrow();
    assertThat(tried.lastCallback().orElseThrow().reached()).isFalse();
    assertThat(tried.hasContactOn(LocalDate.of(2026, 3, 3))).as("a callback is a contact").isTrue();
    Ticket closed = tried.callBack(Optional.of(OwnerRating.BASICALLY_SATISFIED), "基本满意", CLERK, always, at("2026-03-04T10:00"))
        .orElseThrow();
    assertThat(closed.lastCallback().orElseThrow().rating()).contains(OwnerRating.BASICALLY_SATISFIED);
    assertThat(closed.lastCallback().orElseThrow().reached()).isTrue();
    assertThat(closed.state()).isEqualTo(TicketState.CLOSED);
    assertThat(closed.isOpen()).isFalse();
  }

  @Test
  void registrationRefusesAnAppointmentBeforeTheReportOrMoreThanNinetyDaysAhead() {
    assertThat(Ticket.register(TicketId.of("T-2"), OFFICE, ZONE, request().appointmentAt(local("2026-03-02T08:59")).build(),
        Optional.empty(), POLICIES, CLERK, at("2026-03-02T09:00")).rejection().orElseThrow().field()).contains("appointmentAt");
    assertThat(Ticket.register(TicketId.of("T-2"), OFFICE, ZONE, request().appointmentAt(local("2026-05-31T09:00:00.001")).build(),
        Optional.empty(), POLICIES, CLERK, at("2026-03-02T09:00")).rejection().orElseThrow().field()).contains("appointmentAt");
    assertThat(Ticket.register(TicketId.of("T-2"), OFFICE, ZONE, request().appointmentAt(local("2026-05-31T09:00")).build(),
        Optional.empty(), POLICIES, CLERK, at("2026-03-02T09:00")).isAccepted()).isTrue();
    assertThat(Ticket.register(TicketId.of("T-2"), OFFICE, ZONE, request().build(), Optional.empty(), POLICIES, TECH,
        at("2026-03-02T09:00")).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
  }

  @Test
  void thePoliciesBoundTheirClocksAndSample() {
    TicketDeadlines d = TicketDeadlines.practiceDefaults();
    assertThatCode(() -> d.withResolution(TicketDeadlines.LONGEST)).doesNotThrowAnyException();
    refused("resolution", () -> d.withResolution(TicketDeadlines.LONGEST.plusSeconds(1)));
    refused("resolution", () -> d.withResolution(Duration.ZERO));
    refused("firstReply", () -> d.withFirstReply(Duration.ofSeconds(-1)));
    refused("dispatch", () -> d.withDispatch(Duration.ZERO));
    refused("arrival", () -> d.withArrival(Duration.ZERO));
    refused("warningBefore", () -> d.withWarningBefore(Duration.ofHours(24)));
    assertThatCode(() -> d.withWarningBefore(Duration.ofHours(24).minusMillis(1))).doesNotThrowAnyException();
    refused("arrivalLead", () -> new TicketDeadlines(d.firstReply(), d.dispatch(), d.arrival(), Duration.ofSeconds(-1), d.resolution(),
        d.warningBefore()));
    assertThatCode(() -> new TicketDeadlines(d.firstReply(), d.dispatch(), d.arrival(), Duration.ZERO, d.resolution(),
        d.warningBefore())).doesNotThrowAnyException();
    refused("percent", () -> new CallbackSampling(101, 0));
    refused("percent", () -> new CallbackSampling(-1, 0));
    refused("unratedAfter", () -> POLICIES.withUnratedAfter(Duration.ZERO));
    refused("unratedAfter", () -> POLICIES.withUnratedAfter(TicketDeadlines.LONGEST.plusSeconds(1)));
    assertThat(POLICIES.withUnratedAfter(TicketDeadlines.LONGEST).unratedAfter()).isEqualTo(TicketDeadlines.LONGEST);
    assertThat(POLICIES.withWording(OwnerWording.forbidding("不修")).wording().phrases()).containsExactly("不修");
    TicketClocks clocks = TicketClocks.practiceDefaults().with(RepairCategory.ELEVATOR, d.withResolution(Duration.ofHours(4)))
        .with(RepairCategory.LEAK, d.withResolution(Duration.ofHours(8)));
    assertThat(clocks.overrides()).containsOnlyKeys(RepairCategory.ELEVATOR, RepairCategory.LEAK);
    assertThat(clocks.of(RepairCategory.OTHER)).isEqualTo(clocks.defaults());
    assertThat(clocks.toString()).contains("overriding");
    refused("until", () -> new Pause(local("2026-03-02T10:00"), Optional.of(local("2026-03-02T09:59")), PauseReason.WAITING_FOR_PARTS,
        "x", StaffId.of("s")));
  }

  @Test
  void theWeeklySampleSpreadsEvenlyOverItsHundredBuckets() {
    CallbackSampling s = CallbackSampling.tenPercentWeekly(20260302L);
    Map<Integer, Integer> buckets = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      buckets.merge(s.bucket(OfficeId.of("O-1"), "T-" + i, LocalDate.of(2026, 3, 4)), 1, Integer::sum);
    }
    assertThat(buckets).hasSize(100);
    // 200 expected per bucket; a sound hash stays well within 130-270
    assertThat(buckets.values()).allSatisfy(n -> assertThat(n).isBetween(130, 270));
    assertThat(s.draws(OfficeId.of("O-1"), "T-1", LocalDate.of(2026, 3, 2)))
        .isEqualTo(s.draws(OfficeId.of("O-1"), "T-1", LocalDate.of(2026, 3, 8)));
  }

  @Test
  void theAggregateRefusesASnapshotThatBreaksItsInvariants() {
    Ticket t = registered("2026-03-02T09:00");
    ImmutableTicket copy = ImmutableTicket.copyOf(t);
    refused("history", () -> copy.withState(TicketState.DISPATCHED).checked());
    refused("closedAt", () -> copy.withClosedAt(local("2026-03-02T10:00")).checked());
    refused("pauses", () -> copy.withPauses(List.of(new Pause(local("2026-03-02T09:30"), Optional.empty(), PauseReason.WAITING_FOR_PARTS,
        "x", StaffId.of("s")))).checked());
    refused("version", () -> copy.withVersion(0).checked());
    assertThat(t.toString()).contains("T-1").contains("138****5678").contains("WATER_AND_DRAINAGE").contains("free");
  }
}

package org.propdesk.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.core.ticket.TicketGiven.*;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.ticket.port.RepairCategory;

/**
 * PROCEDURES §6: the resolution deadline is 24 hours from the report by default, with a warning 30
 * minutes before; a pause (waiting for parts or the owner) stops the clock and resuming restarts it, so
 * the deadline moves by exactly the time paused, across midnight and across a weekend alike. Expected
 * instants are worked out by hand from the rule, not from the code.
 */
class APauseStopsTheResolutionClockTest {
  @Test
  void theDeadlineIsTwentyFourHoursFromTheReportWithAWarningHalfAnHourBefore() {
    Ticket t = registered("2026-03-02T09:00");

    assertThat(t.resolutionDeadline()).contains(local("2026-03-03T09:00"));
    assertThat(t.firstReplyDue()).isEqualTo(local("2026-03-02T09:15"));
    assertThat(t.dispatchDue()).isEqualTo(local("2026-03-02T09:02"));
    assertThat(t.deadlines().warningBefore()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aPauseAcrossMidnightMovesTheDeadlineByExactlyItsLength() {
    Ticket t = inProgress("2026-03-02T20:00", "2026-03-02T20:10");
    Ticket paused = t.pause(PauseReason.WAITING_FOR_PARTS, "等待购买水龙头阀芯", TECH, at("2026-03-02T23:40")).orElseThrow();

    assertThat(paused.state()).isEqualTo(TicketState.PAUSED);
    assertThat(paused.resolutionDeadline()).as("no deadline runs while paused").isEmpty();
    assertThat(paused.resolutionLeftAt(local("2026-03-03T06:00"))).as("frozen at the pause")
        .isEqualTo(paused.resolutionLeftAt(local("2026-03-02T23:40"))).isEqualTo(Duration.ofHours(20).plusMinutes(20));

    Ticket resumed = paused.resume(TECH, at("2026-03-03T00:25")).orElseThrow();

    // 45 minutes paused: 2026-03-03T20:00 + 45 min
    assertThat(resumed.resolutionDeadline()).contains(local("2026-03-03T20:45"));
    assertThat(resumed.pausedMinutes()).isEqualTo(45);
  }

  @Test
  void aPausedWeekendMovesTheDeadlineByTheWholeWeekend() {
    Ticket t = inProgress("2026-03-06T16:00", "2026-03-06T16:20"); // a Friday
    Ticket paused = t.pause(PauseReason.WAITING_FOR_OWNER, "业主周末外出，周一回来开门", TECH, at("2026-03-06T17:00")).orElseThrow();
    Ticket resumed = paused.resume(TECH, at("2026-03-09T09:00")).orElseThrow(); // the Monday

    // paused 64 hours: Saturday 16:00 + 64 h = Tuesday 08:00
    assertThat(resumed.resolutionDeadline()).contains(local("2026-03-10T08:00"));
    Ticket done = resumed.complete("更换阀芯，试水正常", TECH, POLICIES, at("2026-03-09T10:00")).orElseThrow();
    // 2026-03-06T16:00 -> 2026-03-09T10:00 is 66 h, less 64 h paused: 2 h of work
    assertThat(done.resolutionMinutes()).contains(120L);
    assertThat(done.resolvedOnTime()).contains(true);
  }

  @Test
  void twoPausesAddUpAndAnEndedPauseNeverCountsAgain() {
    Ticket t = inProgress("2026-03-02T09:00", "2026-03-02T09:10");
    t = t.pause(PauseReason.WAITING_FOR_PARTS, "配件", TECH, at("2026-03-02T10:00")).orElseThrow()
        .resume(TECH, at("2026-03-02T12:00")).orElseThrow();
    t = t.pause(PauseReason.WAITING_FOR_THIRD_PARTY, "等自来水公司", HEAD, at("2026-03-02T14:00")).orElseThrow()
        .resume(HEAD, at("2026-03-02T14:30")).orElseThrow();

    assertThat(t.resolutionDeadline()).contains(local("2026-03-03T11:30"));
    assertThat(t.pauses()).hasSize(2).allMatch(p -> p.until().isPresent());
  }

  @Test
  void workDoneAfterTheMovedDeadlineIsLateAndBeforeItOnTime() {
    Ticket t = inProgress("2026-03-02T09:00", "2026-03-02T09:10");
    t = t.pause(PauseReason.WAITING_FOR_PARTS, "配件", TECH, at("2026-03-02T10:00")).orElseThrow()
        .resume(TECH, at("2026-03-02T11:00")).orElseThrow();

    assertThat(t.complete("修好", TECH, POLICIES, at("2026-03-03T10:00")).orElseThrow().resolvedOnTime()).contains(true);
    assertThat(t.complete("修好", TECH, POLICIES, at("2026-03-03T10:00:00.001")).orElseThrow().resolvedOnTime()).contains(false);
  }

  @Test
  void aTransferKeepsEveryClock() {
    Ticket t = registered("2026-03-02T09:00").dispatch(TECH.staffId(), CLERK, at("2026-03-02T09:01")).orElseThrow();
    Ticket moved = t.transfer(TECH_2.staffId(), "原维修工请假", SUPERVISOR, at("2026-03-02T09:05")).orElseThrow();

    assertThat(moved.technician()).contains(TECH_2.staffId());
    assertThat(moved.arrivalDue()).isEqualTo(t.arrivalDue()).contains(local("2026-03-02T09:16"));
    assertThat(moved.resolutionDeadline()).isEqualTo(t.resolutionDeadline());
    assertThat(moved.dispatchedAt()).isEqualTo(t.dispatchedAt());
    assertThat(moved.acceptJob(TECH, at("2026-03-02T09:06")).rejection().orElseThrow().code())
        .as("the first technician no longer has it").isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    assertThat(moved.acceptJob(TECH_2, at("2026-03-02T09:06")).orElseThrow().state()).isEqualTo(TicketState.ACCEPTED);
  }

  @Test
  void anAppointmentWantsTheTechnicianOnSiteFiveMinutesBefore() {
    Ticket t = registered("2026-03-02T09:00", request().appointmentAt(local("2026-03-02T15:00")).build(), POLICIES)
        .dispatch(TECH.staffId(), CLERK, at("2026-03-02T09:01")).orElseThrow();

    assertThat(t.arrivalDue()).contains(local("2026-03-02T14:55"));
  }

  @Test
  void aCategoryWithItsOwnClocksUsesThemAndEveryOtherTheDefaults() {
    TicketPolicies lifts = POLICIES.withClocks(POLICIES.clocks().with(RepairCategory.ELEVATOR,
        TicketDeadlines.practiceDefaults().withResolution(Duration.ofHours(4)).withArrival(Duration.ofMinutes(10))));

    Ticket lift = registered("2026-03-02T09:00", request().category(RepairCategory.ELEVATOR).build(), lifts);
    Ticket tap = registered("2026-03-02T09:00", request().build(), lifts);

    assertThat(lift.resolutionDeadline()).contains(local("2026-03-02T13:00"));
    assertThat(lift.dispatch(TECH.staffId(), CLERK, at("2026-03-02T09:01")).orElseThrow().arrivalDue())
        .contains(local("2026-03-02T09:11"));
    assertThat(tap.resolutionDeadline()).contains(local("2026-03-03T09:00"));
  }

  @Test
  void aBackDatedReportStartsEveryClockWhenTheOwnerReportedIt() {
    Ticket t = registered("2026-03-02T09:00", request().reportedAt(local("2026-03-02T08:30")).build(), POLICIES);

    assertThat(t.reportedAt()).isEqualTo(local("2026-03-02T08:30"));
    assertThat(t.firstReplyDue()).isEqualTo(local("2026-03-02T08:45"));
    assertThat(t.resolutionDeadline()).contains(local("2026-03-03T08:30"));
    assertThat(Ticket.register(TicketId.of("T-2"), OFFICE, ZONE, request().reportedAt(local("2026-03-01T08:59")).build(),
        Optional.empty(), POLICIES, CLERK, at("2026-03-02T09:00")).rejection().orElseThrow().field()).contains("reportedAt");
  }
}

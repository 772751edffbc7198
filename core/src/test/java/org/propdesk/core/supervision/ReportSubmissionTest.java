package org.propdesk.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.calendar.ChinaWorkCalendar;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;

/**
 * A report submitted to the group (PROCEDURES §16) and its due time: 18:00 on the fifth working day
 * after the period by default, on the Chinese statutory calendar.
 */
class ReportSubmissionTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final OfficeId O1 = OfficeId.of("O-1");
  private static final ReportPeriod MAY = ReportPeriod.month(YearMonth.of(2026, 5));
  private static final Actor CENTRE = Actor.companyWide(StaffId.of("sc"), "Service Centre", Role.SERVICE_CENTRE);
  private static final Actor DIRECTOR = Actor.inOffice(StaffId.of("d1"), "Director", O1, Role.OFFICE_DIRECTOR);
  private static final Actor CLERK = Actor.inOffice(StaffId.of("c1"), "Clerk", O1, Role.FRONT_DESK_CLERK);
  private static final String HASH = "a".repeat(64);

  private static Clock at(String local) {
    return Clock.fixed(LocalDateTime.parse(local).atZone(SHANGHAI).toInstant(), SHANGHAI);
  }

  private static Instant instant(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  private static Result<ReportSubmission> submit(OfficeId office, Actor actor, String when, boolean existing) {
    return ReportSubmission.submit("complaint-analysis", office, MAY, HASH, existing, SHANGHAI, SubmissionSchedule.defaults(),
        ChinaWorkCalendar.statutory(), actor, at(when));
  }

  @Test
  void theDefaultDueTimeIsSixInTheEveningOfTheFifthWorkingDayAfterThePeriod() {
    SubmissionSchedule s = SubmissionSchedule.defaults();
    ChinaWorkCalendar cal = ChinaWorkCalendar.statutory();
    // May 2026 ends on a Sunday; 1-5 June are working days
    assertThat(s.dueFor(MAY, SHANGHAI, cal)).isEqualTo(instant("2026-06-05T18:00"));
    // March 2026 ends on a Tuesday; 4-6 April are the Qingming holiday: 1, 2, 3, 7, 8 April
    assertThat(s.dueFor(ReportPeriod.month(YearMonth.of(2026, 3)), SHANGHAI, cal)).isEqualTo(instant("2026-04-08T18:00"));
    assertThat(new SubmissionSchedule(1, LocalTime.NOON).dueFor(MAY, SHANGHAI, cal)).isEqualTo(instant("2026-06-01T12:00"));
    assertThat(new SubmissionSchedule(20, LocalTime.NOON).dueFor(MAY, SHANGHAI, cal)).isAfter(instant("2026-06-26T00:00"));
    for (int bad : new int[] {0, 21}) {
      assertThatThrownBy(() -> new SubmissionSchedule(bad, LocalTime.NOON)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("workingDays");
    }
  }

  @Test
  void aSubmissionRecordsTheHashAuthorAndTimeAndIsLateOnlyAfterItsDueTime() {
    ReportSubmission onTime = submit(ReportSubmission.COMPANY, CENTRE, "2026-06-05T18:00", false).orElseThrow();
    assertThat(onTime.due()).isEqualTo(instant("2026-06-05T18:00"));
    assertThat(onTime.late()).as("exactly at the due time is on time").isFalse();
    assertThat(onTime.first()).isEqualTo(new ReportSubmission.Entry(instant("2026-06-05T18:00"), CENTRE.staffId(),
        "Service Centre", HASH, ""));
    assertThat(onTime.version()).isEqualTo(1);
    assertThat(ReportSubmission.TYPE.idOf(onTime)).isEqualTo("complaint-analysis:_company:2026-05");
    assertThat(ReportSubmission.TYPE.indexOf(onTime)).containsEntry("late", false).containsEntry("period_code", "2026-05")
        .containsEntry("sha256", HASH);
    assertThat(submit(ReportSubmission.COMPANY, CENTRE, "2026-06-05T18:01", false).orElseThrow().late()).isTrue();
  }

  @Test
  void theServiceCentreSubmitsAnyScopeADirectorOnlyTheirOfficeAndNoOneElse() {
    assertThat(submit(O1, DIRECTOR, "2026-06-02T09:00", false).isAccepted()).isTrue();
    assertThat(submit(O1, CENTRE, "2026-06-02T09:00", false).isAccepted()).isTrue();
    assertThat(submit(ReportSubmission.COMPANY, DIRECTOR, "2026-06-02T09:00", false).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(submit(OfficeId.of("O-2"), DIRECTOR, "2026-06-02T09:00", false).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(submit(O1, CLERK, "2026-06-02T09:00", false).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
  }

  @Test
  void aPeriodIsSubmittedOnceItIsOverAndOnlyOnce() {
    assertThat(submit(O1, DIRECTOR, "2026-05-31T23:59:59", false).rejection().orElseThrow().field()).contains("period");
    assertThat(submit(O1, DIRECTOR, "2026-06-01T00:00", false).isAccepted()).isTrue();
    assertThat(submit(O1, DIRECTOR, "2026-06-01T00:00", true).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ALREADY_DONE);
  }

  @Test
  void aCorrectionNeedsAReasonAndAChangedReportAndKeepsTheFirstSubmissionsLateness() {
    ReportSubmission first = submit(O1, DIRECTOR, "2026-06-08T09:00", false).orElseThrow();
    assertThat(first.late()).isTrue();
    assertThat(first.resubmit(HASH, "补录", DIRECTOR, at("2026-06-09T09:00")).rejection().orElseThrow().field()).contains("sha256");
    assertThat(first.resubmit("b".repeat(64), "补录", CLERK, at("2026-06-09T09:00")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    ReportSubmission again = first.resubmit("b".repeat(64), "补录", DIRECTOR, at("2026-06-09T09:00")).orElseThrow();
    assertThat(again.submissions()).hasSize(2);
    assertThat(again.latest().reason()).isEqualTo("补录");
    assertThat(again.first()).isEqualTo(first.first());
    assertThat(again.version()).isEqualTo(2);
    assertThat(again.late()).isTrue();
    assertThat(ReportSubmission.TYPE.stateOf(again)).isEqualTo("RESUBMITTED");
    assertThat(ReportSubmission.TYPE.stateOf(first)).isEqualTo("SUBMITTED");
    assertThatThrownBy(() -> first.resubmit("b".repeat(64), "", DIRECTOR, at("2026-06-09T09:00")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
  }

  @Test
  void aMalformedReportKindOrHashIsRefusedNamingTheField() {
    for (String bad : new String[] {"A".repeat(64), "a".repeat(63), "g".repeat(64), " " + "a".repeat(63)}) {
      assertThatThrownBy(() -> ReportSubmission.submit("complaint-analysis", O1, MAY, bad, false, SHANGHAI,
          SubmissionSchedule.defaults(), ChinaWorkCalendar.statutory(), DIRECTOR, at("2026-06-02T09:00")))
          .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("sha256");
    }
    for (String bad : new String[] {"Complaint", "-x", "a".repeat(41), "a b"}) {
      assertThatThrownBy(() -> ReportSubmission.submit(bad, O1, MAY, HASH, false, SHANGHAI, SubmissionSchedule.defaults(),
          ChinaWorkCalendar.statutory(), DIRECTOR, at("2026-06-02T09:00"))).isInstanceOf(InvalidInputException.class)
          .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("report");
    }
    assertThatThrownBy(() -> new ReportSubmission("complaint-analysis", O1, MAY, instant("2026-06-05T18:00"), List.of(), 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("submissions");
    assertThatThrownBy(() -> new ReportSubmission("complaint-analysis", O1, MAY, instant("2026-06-05T18:00"),
        List.of(new ReportSubmission.Entry(instant("2026-06-01T09:00"), CENTRE.staffId(), "x", HASH, "")), 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("version");
  }

  @Test
  void aStatusIsOnTimeLateOverdueOrNotYetDue() {
    Instant due = instant("2026-06-05T18:00");
    ReportSubmission onTime = submit(O1, DIRECTOR, "2026-06-02T09:00", false).orElseThrow();
    ReportSubmission late = submit(O1, DIRECTOR, "2026-06-06T09:00", false).orElseThrow();
    assertThat(SubmissionStatus.of(MAY, due, Optional.of(onTime), due.plusSeconds(9999)).state())
        .isEqualTo(SubmissionStatus.State.ON_TIME);
    assertThat(SubmissionStatus.of(MAY, due, Optional.of(late), due).state()).isEqualTo(SubmissionStatus.State.LATE);
    assertThat(SubmissionStatus.of(MAY, due, Optional.empty(), due).state()).as("at the due time: not yet overdue")
        .isEqualTo(SubmissionStatus.State.NOT_DUE);
    assertThat(SubmissionStatus.of(MAY, due, Optional.empty(), due.plusMillis(1)).state()).isEqualTo(SubmissionStatus.State.OVERDUE);
  }
}

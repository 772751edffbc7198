package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.supervision.DailyWorkLog;

/** Seed 4.5.5: the customer supervisor reviews each desk's daily log; unreviewed days are visible. */
class DailyReviewTest {
  private final Desks d = new Desks();
  private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

  @Test
  void theWorkLogIsDerivedFromWhatHappened() {
    Complaint a = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    d.clock.advance(Duration.ofMinutes(5));
    d.desk.complaints().reply(Fixtures.clerk(OFFICE_1), a.id(), Reply.of("We will come at once.")).orElseThrow();
    d.clock.advance(Duration.ofMinutes(5));
    Complaint b = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 2).build()).orElseThrow();
    d.clock.advance(Duration.ofMinutes(30));
    d.desk.timers().runDue();
    DailyWorkLog log = d.desk.reviews().workLog(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MARCH_2).orElseThrow();
    assertThat(log.received()).containsExactly(a.id().value(), b.id().value());
    assertThat(log.firstRepliesOnTime()).isEqualTo(1);
    assertThat(log.firstReplyAlarms()).isEqualTo(1);
    assertThat(log.contacts()).isEqualTo(1);
    assertThat(log.openAtEndOfDay()).containsExactly(a.id().value(), b.id().value());
    assertThat(log.reviewed()).isFalse();
  }

  @Test
  void aComplaintClosedOrJudgedInvalidDuringTheDayIsNotOpenAtItsEnd() {
    Complaint closed = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), closed.id(), org.propdesk.core.complaint.Judgement.valid(false, false))
        .orElseThrow();
    d.desk.complaints().resolve(Fixtures.assistant(OFFICE_1), closed.id(), "灯已更换。").orElseThrow();
    d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), closed.id(),
        new org.propdesk.core.complaint.Callback(org.propdesk.core.complaint.CallbackOutcome.SATISFIED, "业主满意")).orElseThrow();
    Complaint invalid = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 2).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), invalid.id(), org.propdesk.core.complaint.Judgement.invalid("非物业服务范围"))
        .orElseThrow();
    Complaint open = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 3).build()).orElseThrow();

    DailyWorkLog log = d.desk.reviews().workLog(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MARCH_2).orElseThrow();
    assertThat(log.closed()).containsExactly(closed.id().value(), invalid.id().value());
    assertThat(log.openAtEndOfDay()).containsExactly(open.id().value());
  }

  @Test
  void aSupervisorMarksADayReviewedOnceAndTheRestStayListed() {
    d.clock.setLocal("2026-03-05T18:00:00");
    assertThat(d.desk.reviews().markReviewed(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MARCH_2.plusDays(1), "ok")
        .isAccepted()).isTrue();
    assertThat(d.desk.reviews().markReviewed(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MARCH_2.plusDays(1), "again")
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.ALREADY_DONE);
    assertThat(d.desk.reviews().markReviewed(Fixtures.clerk(OFFICE_1), Fixtures.desk(OFFICE_1), MARCH_2, "me")
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(d.desk.reviews().markReviewed(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MARCH_2.plusDays(10), "future")
        .rejection().orElseThrow().field()).contains("day");
    assertThat(d.desk.reviews().unreviewedDays(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MARCH_2, MARCH_2.plusDays(3))
        .orElseThrow()).containsExactly(MARCH_2, MARCH_2.plusDays(2), MARCH_2.plusDays(3));
    assertThat(d.desk.reviews().workLog(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MARCH_2.plusDays(1)).orElseThrow().reviewed())
        .isTrue();
  }

  @Test
  void anotherOfficesDeskIsNotFound() {
    assertThat(d.desk.reviews().workLog(Fixtures.supervisor(OFFICE_2), Fixtures.desk(OFFICE_1), MARCH_2)
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
  }
}

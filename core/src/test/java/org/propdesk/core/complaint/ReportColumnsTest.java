package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.core.complaint.Given.ASSISTANT;
import static org.propdesk.core.complaint.Given.CLERK;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.SUPERVISOR;
import static org.propdesk.core.complaint.Given.at;
import static org.propdesk.core.complaint.Given.inHandling;
import static org.propdesk.core.complaint.Given.registered;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-complaint values the complaint analysis report aggregates (PROCEDURES §16), as the index
 * columns a storage keeps: every expected figure below is worked out by hand from the rules of §5.
 */
class ReportColumnsTest {

  /**
   * Registered Monday 2 March 09:00 (Shanghai); replied that day; a reply on Tuesday, nothing on
   * Wednesday, a follow-up on Thursday; resolved Friday 15:30.
   */
  private static Complaint handledOverAWeek() {
    Complaint c = inHandling("2026-03-02T09:00:00", false)
        .reply(Reply.of("已安排电工。"), ASSISTANT, POLICIES.wording(), at("2026-03-02T09:05:00")).orElseThrow()
        .reply(Reply.of("配件今天到。"), ASSISTANT, POLICIES.wording(), at("2026-03-03T10:00:00")).orElseThrow();
    c = c.onFollowUpDayEnded(LocalDate.of(2026, 3, 3), at("2026-03-04T00:00:00")).orElseThrow()
        .onFollowUpDayEnded(LocalDate.of(2026, 3, 4), at("2026-03-05T00:00:00")).orElseThrow()
        .followUp(FollowUpContact.now(ContactChannel.PHONE, "师傅下午到。"), ASSISTANT, POLICIES.wording(), at("2026-03-05T12:00:00"))
        .orElseThrow();
    return c.resolve("已修复。", ASSISTANT, POLICIES, at("2026-03-06T15:30:00")).orElseThrow();
  }

  @Test
  void followUpComplianceCountsTheDaysAfterRegistrationThatOwedAContactAndThoseThatHadOne() {
    Complaint c = handledOverAWeek();
    // owed: Tue (contact), Wed (missed), Thu (contact); Mon is the day of registration, Fri ended resolved
    assertThat(c.missedFollowUpDays()).containsExactly(LocalDate.of(2026, 3, 4));
    assertThat(c.daysContacted()).isEqualTo(2);
    assertThat(c.daysOpen()).isEqualTo(3);
  }

  @Test
  void resolutionTimeRunsInWholeMinutesFromTheReportedTimeToTheLatestResolution() {
    Complaint c = handledOverAWeek();
    assertThat(c.resolutionMinutes()).contains(4 * 1440L + 6 * 60 + 30);
    Map<String, Object> index = Complaint.TYPE.indexOf(c);
    assertThat(index).containsEntry("resolution_minutes", 6150L).containsEntry("resolved_on", LocalDate.of(2026, 3, 6))
        .containsEntry("registered_on", LocalDate.of(2026, 3, 2)).containsEntry("days_contacted", 2L)
        .containsEntry("days_open", 3L).containsEntry("validity", "VALID").doesNotContainKey("became_major_at");
  }

  @Test
  void aComplaintRegisteredJustBeforeMidnightInShanghaiBelongsToThatDayNotToTheUtcOne() {
    assertThat(Complaint.TYPE.indexOf(registered("2026-03-31T23:30:00"))).containsEntry("registered_on", LocalDate.of(2026, 3, 31))
        .containsEntry("validity", "UNJUDGED");
  }

  @Test
  void aComplaintJudgedMajorForALossBecameMajorAtItsJudgementWithCriterionB() {
    Complaint c = registered("2026-03-02T09:00:00")
        .judge(Judgement.valid(true, true), SUPERVISOR, POLICIES, at("2026-03-02T10:00:00")).orElseThrow();
    assertThat(c.becameMajorAt()).contains(at("2026-03-02T10:00:00").instant());
    assertThat(Complaint.TYPE.indexOf(c)).containsEntry("major_criteria", "B_MAJOR_LOSS_OR_INJURY")
        .containsEntry("became_major_on", LocalDate.of(2026, 3, 2));
  }

  @Test
  void aGeneralComplaintUnresolvedForAMonthBecameMajorWhenTheMonthPassedWithCriterionC() {
    Complaint c = inHandling("2026-03-02T09:00:00", false);
    assertThat(c.becameMajorAt()).isEmpty();
    Complaint upgraded = c.onUpgradeDue(POLICIES, at("2026-04-02T09:00:00")).orElseThrow();
    assertThat(upgraded.becameMajorAt()).contains(at("2026-04-02T09:00:00").instant());
    assertThat(upgraded.majorCriteriaKey()).contains("C_UNRESOLVED_ONE_MONTH");
    assertThat(Complaint.TYPE.indexOf(upgraded)).containsEntry("became_major_on", LocalDate.of(2026, 4, 2));
  }

  @Test
  void anInvalidComplaintCountsAsInvalidAndTheLatestCallbackIsKept() {
    Complaint invalid = registered("2026-03-02T09:00:00")
        .judge(Judgement.invalid("业主所述为邻里纠纷"), SUPERVISOR, POLICIES, at("2026-03-02T09:30:00")).orElseThrow();
    assertThat(invalid.validity()).isEqualTo(ComplaintValidity.INVALID);

    Complaint called = handledOverAWeek()
        .callback(new Callback(CallbackOutcome.UNREACHABLE, "无人接听"), CLERK, POLICIES, at("2026-03-07T10:00:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.SATISFIED, "满意"), CLERK, POLICIES, at("2026-03-08T10:00:00")).orElseThrow();
    assertThat(Complaint.TYPE.indexOf(called)).containsEntry("last_callback", "SATISFIED")
        .containsEntry("last_callback_on", LocalDate.of(2026, 3, 8));
  }

  @Test
  void aContactOnADayThatEndedResolvedOrAnUnreachableCallbackIsNoFollowUpButAnUnsatisfiedCallbackThatReopensIs() {
    Complaint c = inHandling("2026-03-02T09:00:00", false)
        .reply(Reply.of("配件今天到。"), ASSISTANT, POLICIES.wording(), at("2026-03-03T10:00:00")).orElseThrow();
    c = c.onFollowUpDayEnded(LocalDate.of(2026, 3, 4), at("2026-03-05T00:00:00")).orElseThrow()
        .followUp(FollowUpContact.now(ContactChannel.PHONE, "师傅下午到。"), ASSISTANT, POLICIES.wording(), at("2026-03-05T12:00:00"))
        .orElseThrow()
        .followUp(FollowUpContact.now(ContactChannel.PHONE, "今天修。"), ASSISTANT, POLICIES.wording(), at("2026-03-06T10:00:00"))
        .orElseThrow()
        .resolve("已修复。", ASSISTANT, POLICIES, at("2026-03-06T15:30:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.UNREACHABLE, "无人接听"), CLERK, POLICIES, at("2026-03-07T10:00:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.UNSATISFIED, "灯又坏了"), CLERK, POLICIES, at("2026-03-08T10:00:00")).orElseThrow();
    // with a contact and owed: Tue 3, Thu 5 and Sun 8 (reopened, in handling at its end); missed: Wed 4;
    // Fri 6 ended resolved, Sat 7 had only an unreachable callback while resolved
    assertThat(c.daysContacted()).isEqualTo(3);
    assertThat(c.daysOpen()).isEqualTo(4);
    assertThat(c.lastCallback().orElseThrow().outcome()).isEqualTo(CallbackOutcome.UNSATISFIED);
  }
}

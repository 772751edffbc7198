package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.core.complaint.Given.ASSISTANT;
import static org.propdesk.core.complaint.Given.CLERK;
import static org.propdesk.core.complaint.Given.GM;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.SUPERVISOR;
import static org.propdesk.core.complaint.Given.at;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;

/** Edge rules of PROCEDURES §4-5 that an office meets rarely but must get right. */
class ComplaintEdgeRulesTest {

  @Test
  void theFirstAgreementIsNotARenegotiationAndItsHistorySaysAgreed() {
    var r = Given.inHandling("2026-03-02T09:00:00", false).agreeHandlingTime(
        new HandlingTimeAgreement(at("2026-03-03T17:00:00").instant(), "配件明天到"), ASSISTANT, POLICIES.wording(),
        at("2026-03-02T09:30:00"));
    assertThat(r.events()).singleElement().isInstanceOfSatisfying(ComplaintEvent.HandlingTimeAgreed.class,
        e -> assertThat(e.renegotiated()).isFalse());
    assertThat(r.orElseThrow().history().get(r.orElseThrow().history().size() - 1).note()).startsWith("handling time agreed: ");
  }

  @Test
  void unreachableCallbacksBeforeTheLatestResolutionDoNotCountTowardClosing() {
    Complaint c = Given.inHandling("2026-03-02T09:00:00", false)
        .resolve("已处理", ASSISTANT, POLICIES, at("2026-03-02T10:00:00")).orElseThrow();
    for (String day : new String[] {"2026-03-03T10:00:00", "2026-03-04T10:00:00"}) {
      c = c.callback(new Callback(CallbackOutcome.UNREACHABLE, "无人接听"), CLERK, POLICIES, at(day)).orElseThrow();
    }
    c = c.callback(new Callback(CallbackOutcome.UNSATISFIED, "还是坏的"), CLERK, POLICIES, at("2026-03-05T10:00:00")).orElseThrow()
        .resolve("再次维修", ASSISTANT, POLICIES, at("2026-03-05T16:00:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.UNREACHABLE, "无人接听"), CLERK, POLICIES, at("2026-03-06T10:00:00")).orElseThrow();

    var r = c.closeOwnerUnreachable("三次未接", SUPERVISOR, at("2026-03-06T11:00:00"));
    assertThat(r.rejection()).hasValueSatisfying(x -> assertThat(x.message()).contains("1 day(s)"));
  }

  @Test
  void theJudgementAlarmSoundsOnceEvenWhenTheSweepRunsAgainLater() {
    Complaint c = Given.registered("2026-03-02T09:00:00");
    var due = at("2026-03-03T00:00:00").instant();
    Complaint alarmed = c.onJudgementDue(due, at("2026-03-03T00:00:00")).orElseThrow();
    assertThat(alarmed.onJudgementDue(due, at("2026-03-04T09:00:00")).events()).isEmpty();
  }

  @Test
  void afterADowngradeOnlyTheRepeatsRaisedSinceCountTowardCriterionA() {
    Complaint c = Complaint.register(ComplaintId.of("C-1"), Given.OFFICE, Given.ZONE,
            Given.registration().concernsContractedService(true).build(), CLERK, POLICIES, at("2026-03-02T09:00:00"))
        .orElseThrow().judge(Judgement.valid(true, false), SUPERVISOR, POLICIES, at("2026-03-02T09:10:00")).orElseThrow();
    assertThat(c.raisingsSinceLastDowngrade()).isEqualTo(1);
    c = c.raisedAgain(ComplaintId.of("C-2"), CLERK, POLICIES, at("2026-03-02T10:00:00")).orElseThrow();
    assertThat(c.complaintClass()).contains(ComplaintClass.MAJOR);
    c = c.changeClass(ClassChange.to(ComplaintClass.IMPORTANT, "已在处理，非屡诉无果"), GM, POLICIES, at("2026-03-02T11:00:00"))
        .orElseThrow();
    assertThat(c.raisingsSinceLastDowngrade()).isZero();
    c = c.raisedAgain(ComplaintId.of("C-3"), CLERK, POLICIES, at("2026-03-02T12:00:00")).orElseThrow();
    assertThat(c.raisingsSinceLastDowngrade()).isEqualTo(1);
    assertThat(c.complaintClass()).contains(ComplaintClass.IMPORTANT);
    c = c.raisedAgain(ComplaintId.of("C-4"), CLERK, POLICIES, at("2026-03-02T13:00:00")).orElseThrow();
    assertThat(c.raisingsSinceLastDowngrade()).isEqualTo(2);
    assertThat(c.complaintClass()).contains(ComplaintClass.MAJOR);
  }

  @Test
  void aResolutionAfterTheTargetIsNotOnTargetEvenBeforeTheAlarmRan() {
    Complaint c = Given.inHandling("2026-03-02T09:00:00", false)
        .resolve("次日处理完毕", ASSISTANT, POLICIES, at("2026-03-03T09:00:00")).orElseThrow();
    assertThat(c.resolvedOnTarget()).contains(false);
  }

  @Test
  void aComplaintCannotBeLinkedAsARepeatOfItself() {
    Complaint c = Given.registered("2026-03-02T09:00:00");
    assertThatThrownBy(() -> c.linkAsRepeat(c.id(), CLERK, at("2026-03-02T09:05:00")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("original"));
  }

  @Test
  void aDayAtWhoseEndTheComplaintWasResolvedNeedsNoContactEvenIfItWasReopenedLater() {
    LocalDate march3 = LocalDate.of(2026, 3, 3);
    Complaint c = Given.inHandling("2026-03-02T09:00:00", false)
        .resolve("已处理", ASSISTANT, POLICIES, at("2026-03-02T17:00:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.UNSATISFIED, "没修好"), CLERK, POLICIES, at("2026-03-04T09:00:00")).orElseThrow();
    assertThat(c.state()).isEqualTo(ComplaintState.IN_HANDLING);
    assertThat(c.onFollowUpDayEnded(march3, at("2026-03-04T09:30:00")).events()).isEmpty();
  }

  @Test
  void aProposalOfInvalidityIsRecordedWithItsReason() {
    Complaint c = Given.registered("2026-03-02T09:00:00")
        .proposeJudgement(Judgement.invalid("市政管网问题"), ASSISTANT, at("2026-03-02T09:30:00")).orElseThrow();
    assertThat(c.history().get(c.history().size() - 1).note()).isEqualTo("proposed: invalid, 市政管网问题");
    Complaint valid = Given.registered("2026-03-02T09:00:00")
        .proposeJudgement(Judgement.valid(false, false), ASSISTANT, at("2026-03-02T09:30:00")).orElseThrow();
    assertThat(valid.history().get(valid.history().size() - 1).note()).isEqualTo("proposed: valid");
  }

  @Test
  void aRefusedSignOffCountsAsAReopening() {
    Complaint c = Complaint.register(ComplaintId.of("C-1"), Given.OFFICE, Given.ZONE, Given.registration().build(), CLERK, POLICIES,
            at("2026-03-02T09:00:00")).orElseThrow()
        .judge(Judgement.valid(true, true), SUPERVISOR, POLICIES, at("2026-03-02T09:10:00")).orElseThrow()
        .resolve("已赔偿并维修", GM, POLICIES, at("2026-03-03T09:00:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.SATISFIED, "满意"), CLERK, POLICIES, at("2026-03-04T09:00:00")).orElseThrow();
    Complaint refused = c.refuseSignOff("赔偿金额未确认", GM, at("2026-03-04T10:00:00")).orElseThrow();
    assertThat(refused.reopenCount()).isEqualTo(c.reopenCount() + 1);
    assertThat(refused.state()).isEqualTo(ComplaintState.IN_HANDLING);
  }

  @Test
  void aResolutionKeepsAnEarlierFirstReply() {
    Complaint c = Given.inHandling("2026-03-02T09:00:00", false)
        .reply(Reply.of("马上安排师傅"), CLERK, POLICIES.wording(), at("2026-03-02T09:05:00")).orElseThrow()
        .resolve("已处理", ASSISTANT, POLICIES, at("2026-03-02T11:00:00")).orElseThrow();
    assertThat(c.firstReplyAt()).contains(at("2026-03-02T09:05:00").instant());
  }

  @Test
  void timersRefuseNonPositiveLimitsAndAMissingClassLeadNamingTheField() {
    Duration zero = Duration.ZERO;
    Duration day = Duration.ofDays(1);
    assertThatThrownBy(() -> new ComplaintTimers(zero, Period.ofMonths(1), day, day))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("firstReply"));
    assertThatThrownBy(() -> new ComplaintTimers(day, Period.ZERO, day, day))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("upgradeAfter"));
    assertThatThrownBy(() -> new ComplaintTimers(day, Period.ofMonths(-1), day, day))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("upgradeAfter"));
    assertThatThrownBy(() -> new ComplaintTimers(day, Period.ofMonths(1), day.negated(), day))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("importantTarget"));
    assertThatThrownBy(() -> new ComplaintTimers(day, Period.ofMonths(1), day, zero))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("majorTarget"));
    assertThatThrownBy(() -> new ComplaintTimers(day, Period.ofMonths(1), day, day, Map.of(ComplaintClass.GENERAL, day)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("warnings"));
    assertThatThrownBy(() -> ComplaintTimers.seedDefaults().withWarningBefore(ComplaintClass.MAJOR, zero))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("warnings"));
  }

  @Test
  void aValidJudgementCarriesNoReasonAndAnInvalidOneNoFacts() {
    assertThatThrownBy(() -> new Judgement(true, false, false, java.util.Optional.of("x")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("invalidReason"));
    assertThatThrownBy(() -> new Judgement(false, true, false, java.util.Optional.of("x")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("companyAtFault"));
    assertThatThrownBy(() -> new Judgement(false, false, true, java.util.Optional.of("x")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("companyAtFault"));
    assertThat(ComplaintClass.IMPORTANT.isAbove(ComplaintClass.IMPORTANT)).isFalse();
    assertThat(ComplaintClass.MAJOR.isAbove(ComplaintClass.IMPORTANT)).isTrue();
  }
}

package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.core.complaint.Given.ASSISTANT;
import static org.propdesk.core.complaint.Given.at;
import static org.propdesk.core.complaint.Given.inHandling;

import java.time.LocalDate;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;

/** Seed 4.5.4: contact the owner every day until the matter is handled. */
class DailyFollowUpTest {
  private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

  @Test
  void aFollowUpAtTwentyThreeFiftyNineCountsForThatDay() {
    Complaint c = inHandling("2026-03-02T09:00:00", false)
        .followUp(FollowUpContact.now(ContactChannel.PHONE, "Still waiting for the lift."), ASSISTANT, Given.POLICIES.wording(), at("2026-03-03T23:59:00"))
        .orElseThrow();
    assertThat(c.hasContactOn(MARCH_3)).isTrue();
    assertThat(c.onFollowUpDayEnded(MARCH_3, at("2026-03-04T00:00:00")).orElseThrow()).isSameAs(c);
  }

  @Test
  void aDayWithoutContactIsRecordedAsMissedOnceTheDayHasEnded() {
    Complaint c = inHandling("2026-03-02T09:00:00", false);
    assertThat(c.onFollowUpDayEnded(MARCH_3, at("2026-03-03T23:59:59")).orElseThrow()).isSameAs(c);
    Result<Complaint> r = c.onFollowUpDayEnded(MARCH_3, at("2026-03-04T00:00:00"));
    Complaint missed = r.orElseThrow();
    assertThat(missed.missedFollowUpDays()).containsExactly(MARCH_3);
    assertThat(r.events()).containsExactly(new ComplaintEvent.FollowUpMissed(c.id(), c.office(), at("2026-03-04T00:00:00").instant(), MARCH_3));
    assertThat(missed.onFollowUpDayEnded(MARCH_3, at("2026-03-05T00:00:00")).orElseThrow()).isSameAs(missed);
  }

  @Test
  void theDayOfRegistrationNeedsNoFollowUp() {
    Complaint c = inHandling("2026-03-02T09:00:00", false);
    assertThat(c.onFollowUpDayEnded(LocalDate.of(2026, 3, 2), at("2026-03-03T00:00:00")).orElseThrow()).isSameAs(c);
  }

  @Test
  void aDayOnWhichTheComplaintWasAlreadyResolvedNeedsNoFollowUp() {
    Complaint c = inHandling("2026-03-02T09:00:00", false)
        .resolve("Fixed.", ASSISTANT, Given.POLICIES, at("2026-03-02T18:00:00")).orElseThrow();
    assertThat(c.onFollowUpDayEnded(MARCH_3, at("2026-03-04T00:00:00")).orElseThrow()).isSameAs(c);
  }

  @Test
  void aContactMayBeRecordedAfterwardsButNotInTheFutureNorBeforeRegistration() {
    Complaint c = inHandling("2026-03-02T09:00:00", false);
    Instant earlier = at("2026-03-03T08:30:00").instant();
    Complaint backdated = c.followUp(FollowUpContact.at(ContactChannel.VISIT, earlier, "OK"), ASSISTANT, Given.POLICIES.wording(), at("2026-03-03T09:00:00"))
        .orElseThrow();
    assertThat(backdated.contacts()).extracting(ContactRecord::at).contains(earlier);
    assertThat(c.followUp(FollowUpContact.at(ContactChannel.VISIT, at("2026-03-03T10:00:00").instant(), "OK"), ASSISTANT, Given.POLICIES.wording(),
        at("2026-03-03T09:00:00")).rejection().orElseThrow().field()).contains("at");
    assertThat(c.followUp(FollowUpContact.at(ContactChannel.VISIT, at("2026-03-01T10:00:00").instant(), "OK"), ASSISTANT, Given.POLICIES.wording(),
        at("2026-03-03T09:00:00")).rejection().orElseThrow().code()).isEqualTo(RejectionCode.INVALID_COMMAND);
  }

  @Test
  void eachContactRecordsChannelTimeHandlerAndWhatTheOwnerSaid() {
    Complaint c = inHandling("2026-03-02T09:00:00", false)
        .followUp(FollowUpContact.now(ContactChannel.AT_DESK, "The lift works now."), ASSISTANT, Given.POLICIES.wording(), at("2026-03-03T11:07:00"))
        .orElseThrow();
    ContactRecord r = c.contacts().get(c.contacts().size() - 1);
    assertThat(r.channel()).contains(ContactChannel.AT_DESK);
    assertThat(r.at()).isEqualTo(at("2026-03-03T11:07:00").instant());
    assertThat(r.handlerName()).isEqualTo("assistant");
    assertThat(r.ownerReply()).contains("The lift works now.");
  }

  @Test
  void theDayOfAnUnsatisfiedCallbackIsNotMissedSinceTheOwnerWasSpokenTo() {
    Complaint reopened = inHandling("2026-03-02T09:00:00", false)
        .resolve("Fixed.", ASSISTANT, Given.POLICIES, at("2026-03-02T18:00:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.UNSATISFIED, "灯还是不亮"), Given.CLERK, Given.POLICIES, at("2026-03-03T10:00:00"))
        .orElseThrow();
    assertThat(reopened.state()).isEqualTo(ComplaintState.IN_HANDLING);

    assertThat(reopened.hasContactOn(MARCH_3)).isTrue();
    assertThat(reopened.onFollowUpDayEnded(MARCH_3, at("2026-03-04T00:00:00")).orElseThrow()).isSameAs(reopened);
  }

  @Test
  void anUnreachableCallbackIsNoExchangeWithTheOwner() {
    Complaint c = inHandling("2026-03-02T09:00:00", false)
        .resolve("Fixed.", ASSISTANT, Given.POLICIES, at("2026-03-02T18:00:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.UNREACHABLE, "无人接听"), Given.CLERK, Given.POLICIES, at("2026-03-03T10:00:00"))
        .orElseThrow();
    assertThat(c.hasContactOn(MARCH_3)).isFalse();
  }

  @Test
  void aTwentyThreeFiftyNineContactEnteredAfterMidnightClearsTheMissAlreadyRecorded() {
    Complaint missed = inHandling("2026-03-02T09:00:00", false)
        .onFollowUpDayEnded(MARCH_3, at("2026-03-04T00:01:00")).orElseThrow();
    assertThat(missed.missedFollowUpDays()).containsExactly(MARCH_3);

    Complaint entered = missed.followUp(FollowUpContact.at(ContactChannel.PHONE, at("2026-03-03T23:59:00").instant(), "明天再来看"),
        ASSISTANT, Given.POLICIES.wording(), at("2026-03-04T00:05:00")).orElseThrow();

    assertThat(entered.missedFollowUpDays()).isEmpty();
    assertThat(entered.onFollowUpDayEnded(MARCH_3, at("2026-03-04T00:10:00")).orElseThrow()).isSameAs(entered);
  }

  @Test
  void aContactOnAnotherDayLeavesARecordedMissAlone() {
    Complaint missed = inHandling("2026-03-02T09:00:00", false)
        .onFollowUpDayEnded(MARCH_3, at("2026-03-04T00:01:00")).orElseThrow();
    Complaint next = missed.followUp(FollowUpContact.now(ContactChannel.PHONE, "好的"), ASSISTANT, Given.POLICIES.wording(),
        at("2026-03-04T09:00:00")).orElseThrow();
    assertThat(next.missedFollowUpDays()).containsExactly(MARCH_3);
  }

  @Test
  void aReplyRecordsItsChannelAndWhatTheOwnerSaidWhenGiven() {
    Complaint c = Given.registered("2026-03-02T09:00:00")
        .reply(Reply.of("师傅十分钟内到。").via(ContactChannel.PHONE).ownerSaid("好的，谢谢"), Given.CLERK, Given.POLICIES.wording(),
            at("2026-03-02T09:05:00"))
        .orElseThrow();
    ContactRecord r = c.contacts().get(c.contacts().size() - 1);
    assertThat(r.channel()).contains(ContactChannel.PHONE);
    assertThat(r.said()).contains("师傅十分钟内到。");
    assertThat(r.ownerReply()).contains("好的，谢谢");
  }
}

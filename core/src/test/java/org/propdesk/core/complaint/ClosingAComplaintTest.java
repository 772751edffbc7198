package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.core.complaint.Given.ASSISTANT;
import static org.propdesk.core.complaint.Given.CLERK;
import static org.propdesk.core.complaint.Given.DIRECTOR;
import static org.propdesk.core.complaint.Given.GM;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.at;
import static org.propdesk.core.complaint.Given.inHandling;

import org.junit.jupiter.api.Test;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;

/** Procedure 5 closing: resolution, callback, and the general manager's sign-off for major ones. */
class ClosingAComplaintTest {

  private static Complaint resolvedGeneral() {
    return inHandling("2026-03-02T09:00", false).resolve("Replaced the lamp.", ASSISTANT, POLICIES, at("2026-03-02T15:00")).orElseThrow();
  }

  @Test
  void aSatisfiedCallbackClosesAGeneralComplaint() {
    Result<Complaint> r = resolvedGeneral().callback(new Callback(CallbackOutcome.SATISFIED, "Thanks"), CLERK, POLICIES, at("2026-03-03T10:00"));
    assertThat(r.orElseThrow().state()).isEqualTo(ComplaintState.CLOSED);
    assertThat(r.orElseThrow().closedAt()).contains(at("2026-03-03T10:00").instant());
    assertThat(r.orElseThrow().callbacks()).extracting(CallbackRecord::outcome).containsExactly(CallbackOutcome.SATISFIED);
  }

  @Test
  void anUnsatisfiedCallbackReopens() {
    Complaint c = resolvedGeneral().callback(new Callback(CallbackOutcome.UNSATISFIED, "Still flickers"), CLERK, POLICIES, at("2026-03-03T10:00")).orElseThrow();
    assertThat(c.state()).isEqualTo(ComplaintState.IN_HANDLING);
    assertThat(c.reopenCount()).isEqualTo(1);
  }

  @Test
  void anUnreachableOwnerLeavesItResolvedForAnotherCallback() {
    Complaint c = resolvedGeneral().callback(new Callback(CallbackOutcome.UNREACHABLE, "No answer twice"), CLERK, POLICIES, at("2026-03-03T10:00")).orElseThrow();
    assertThat(c.state()).isEqualTo(ComplaintState.RESOLVED);
  }

  @Test
  void aMajorComplaintClosesOnlyWithTheGeneralManagersSignOff() {
    Complaint major = Given.registered("2026-03-02T09:00")
        .judge(Judgement.valid(true, true), Given.SUPERVISOR, POLICIES, at("2026-03-02T09:10")).orElseThrow();
    Result<Complaint> byDirector = major.resolve("Compensated.", DIRECTOR, POLICIES, at("2026-03-05T10:00"));
    assertThat(byDirector.rejection().orElseThrow().code()).isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    Complaint resolved = major.resolve("Compensated.", GM, POLICIES, at("2026-03-05T10:00")).orElseThrow();
    Complaint satisfied = resolved.callback(new Callback(CallbackOutcome.SATISFIED, "Accepted"), CLERK, POLICIES, at("2026-03-06T10:00")).orElseThrow();
    assertThat(satisfied.state()).isEqualTo(ComplaintState.AWAITING_SIGN_OFF);
    assertThat(satisfied.signOff("Reviewed", DIRECTOR, at("2026-03-06T11:00")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    Complaint closed = satisfied.signOff("Reviewed and closed.", GM, at("2026-03-06T11:00")).orElseThrow();
    assertThat(closed.state()).isEqualTo(ComplaintState.CLOSED);
  }

  @Test
  void aResolutionNeedsTheHandlersAuthority() {
    Complaint important = inHandling("2026-03-02T09:00", true);
    assertThat(important.resolve("done", ASSISTANT, POLICIES, at("2026-03-02T10:00")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
  }

  @Test
  void aResolutionWithoutAnyReplyCountsAsTheFirstReply() {
    Complaint c = inHandling("2026-03-02T09:00", false).resolve("Done at once.", ASSISTANT, POLICIES, at("2026-03-02T09:10")).orElseThrow();
    assertThat(c.firstReplyOnTime()).contains(true);
  }

  @Test
  void aCallbackOnTheDayOfReopeningCountsAsThatDaysContactAndMayCloseItAgain() {
    Complaint reopened = Given.inHandling("2026-03-02T09:00:00", false)
        .resolve("已处理", Given.ASSISTANT, Given.POLICIES, Given.at("2026-03-02T10:00:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.UNSATISFIED, "还是坏的"), Given.CLERK, Given.POLICIES, Given.at("2026-03-03T09:00:00"))
        .orElseThrow();
    Complaint closed = reopened.resolve("更换整套灯具", Given.ASSISTANT, Given.POLICIES, Given.at("2026-03-03T14:00:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.SATISFIED, "满意"), Given.CLERK, Given.POLICIES, Given.at("2026-03-03T17:00:00"))
        .orElseThrow();
    assertThat(reopened.hasContactOn(java.time.LocalDate.of(2026, 3, 3))).isTrue();
    assertThat(reopened.onFollowUpDayEnded(java.time.LocalDate.of(2026, 3, 3), Given.at("2026-03-04T00:00:00")).events()).isEmpty();
    assertThat(closed.state()).isEqualTo(ComplaintState.CLOSED);
    assertThat(closed.reopenCount()).isEqualTo(1);
  }
}

package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.core.complaint.Given.ASSISTANT;
import static org.propdesk.core.complaint.Given.CLERK;
import static org.propdesk.core.complaint.Given.GUARD;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.ZONE;
import static org.propdesk.core.complaint.Given.at;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;

/**
 * PROCEDURES §4 (seed 4.3.2.3): a handling time agreed with the owner is recorded, can be renegotiated
 * with a reason, and raises an alarm when it passes with the matter unresolved.
 */
class AgreedHandlingTimeTest {

  private static Instant local(String t) {
    return LocalDateTime.parse(t).atZone(ZONE).toInstant();
  }

  private static HandlingTimeAgreement by(String local) {
    return new HandlingTimeAgreement(local(local), "配件需要从厂家调货，预计明天下午到");
  }

  private static Complaint agreed(Complaint c, String due, String now) {
    return c.agreeHandlingTime(by(due), ASSISTANT, POLICIES.wording(), at(now)).orElseThrow();
  }

  @Test
  void anAgreedTimeIsRecordedWithWhoAgreedItAndWhyAndIsTheTimeInForce() {
    Complaint c = agreed(Given.inHandling("2026-03-02T09:00:00", false), "2026-03-03T17:00:00", "2026-03-02T09:30:00");

    assertThat(c.agreedHandlingTime()).contains(local("2026-03-03T17:00:00"));
    assertThat(c.agreedTimes()).singleElement().satisfies(a -> {
      assertThat(a.agreedAt()).isEqualTo(local("2026-03-02T09:30:00"));
      assertThat(a.by()).isEqualTo(ASSISTANT.staffId());
      assertThat(a.reason()).contains("配件");
    });
    assertThat(c.history().get(c.history().size() - 1).trigger()).contains(ComplaintTrigger.AGREE_HANDLING_TIME);
    assertThat(c.agreedTimeKept()).isEmpty();
  }

  @Test
  void aRenegotiationKeepsTheFirstAgreementAndReplacesTheTimeInForce() {
    Complaint first = agreed(Given.inHandling("2026-03-02T09:00:00", false), "2026-03-03T17:00:00", "2026-03-02T09:30:00");
    Result<Complaint> again = first.agreeHandlingTime(
        new HandlingTimeAgreement(local("2026-03-05T12:00:00"), "厂家发货延误，已与业主沟通改期"), ASSISTANT, POLICIES.wording(),
        at("2026-03-03T10:00:00"));

    assertThat(again.orElseThrow().agreedTimes()).hasSize(2);
    assertThat(again.orElseThrow().agreedHandlingTime()).contains(local("2026-03-05T12:00:00"));
    assertThat(again.events()).singleElement().isInstanceOfSatisfying(ComplaintEvent.HandlingTimeAgreed.class,
        e -> assertThat(e.renegotiated()).isTrue());
  }

  @Test
  void anAlarmSoundsOnceWhenTheAgreedTimePassesUnresolvedAndNotAMillisecondBefore() {
    Complaint c = agreed(Given.inHandling("2026-03-02T09:00:00", false), "2026-03-03T17:00:00", "2026-03-02T09:30:00");
    Instant due = local("2026-03-03T17:00:00");

    Result<Complaint> early = c.onAgreedTimeDue(due, java.time.Clock.fixed(due.minusMillis(1), ZONE));
    assertThat(early.events()).isEmpty();
    assertThat(early.orElseThrow()).isSameAs(c);

    Result<Complaint> alarm = c.onAgreedTimeDue(due, java.time.Clock.fixed(due, ZONE));
    assertThat(alarm.events()).singleElement().isInstanceOfSatisfying(ComplaintEvent.AgreedTimePassed.class, e -> {
      assertThat(e.due()).isEqualTo(due);
      assertThat(e.handler()).contains(org.propdesk.core.org.Role.PROPERTY_ASSISTANT);
    });
    assertThat(alarm.orElseThrow().agreedTimeKept()).contains(false);
    assertThat(alarm.orElseThrow().onAgreedTimeDue(due, at("2026-03-04T09:00:00")).events()).isEmpty();
  }

  @Test
  void aTimeRenegotiatedBeforeItPassedRaisesNoAlarmAndTheNewTimeKeptCountsAsKept() {
    Complaint first = agreed(Given.inHandling("2026-03-02T09:00:00", false), "2026-03-03T17:00:00", "2026-03-02T09:30:00");
    Complaint moved = agreed(first, "2026-03-04T17:00:00", "2026-03-03T16:00:00");

    assertThat(moved.onAgreedTimeDue(local("2026-03-03T17:00:00"), at("2026-03-03T17:00:01")).events()).isEmpty();
    Complaint resolved = moved.resolve("已更换电梯门机板，运行正常", ASSISTANT, POLICIES, at("2026-03-04T15:00:00")).orElseThrow();
    assertThat(resolved.agreedTimeKept()).contains(true);
    assertThat(resolved.onAgreedTimeDue(local("2026-03-04T17:00:00"), at("2026-03-04T17:00:00")).events()).isEmpty();
  }

  @Test
  void aTimeNotInTheFutureOrMoreThanNinetyDaysAheadOrAlreadyInForceIsRefusedNamingDue() {
    Complaint c = Given.inHandling("2026-03-02T09:00:00", false);
    for (String due : new String[] {"2026-03-02T09:30:00", "2026-03-02T09:00:00", "2026-05-31T09:30:01"}) {
      Result<Complaint> r = c.agreeHandlingTime(by(due), ASSISTANT, POLICIES.wording(), at("2026-03-02T09:30:00"));
      assertThat(r.rejection()).as(due).hasValueSatisfying(x -> {
        assertThat(x.code()).isEqualTo(RejectionCode.INVALID_COMMAND);
        assertThat(x.field()).contains("due");
      });
    }
    assertThat(c.agreeHandlingTime(by("2026-05-31T09:30:00"), ASSISTANT, POLICIES.wording(), at("2026-03-02T09:30:00"))
        .isAccepted()).isTrue();
    Complaint agreed = agreed(c, "2026-03-03T17:00:00", "2026-03-02T09:30:00");
    assertThat(agreed.agreeHandlingTime(by("2026-03-03T17:00:00"), ASSISTANT, POLICIES.wording(), at("2026-03-02T10:00:00"))
        .rejection()).hasValueSatisfying(x -> assertThat(x.field()).contains("due"));
  }

  @Test
  void theReasonIsWhatTheOwnerIsToldSoAForbiddenPhraseIsRefusedNamingReason() {
    Result<Complaint> r = Given.inHandling("2026-03-02T09:00:00", false).agreeHandlingTime(
        new HandlingTimeAgreement(local("2026-03-03T17:00:00"), "没办法，要等开发商"), ASSISTANT, POLICIES.wording(),
        at("2026-03-02T09:30:00"));
    assertThat(r.rejection()).hasValueSatisfying(x -> {
      assertThat(x.code()).isEqualTo(RejectionCode.FORBIDDEN_PHRASE);
      assertThat(x.field()).contains("reason");
    });
  }

  @Test
  void theFrontDeskMayAgreeATimeBeforeTheJudgementButAGuardMayNotAndNothingIsAgreedOnceResolved() {
    Complaint registered = Given.registered("2026-03-02T09:00:00");
    assertThat(registered.agreeHandlingTime(by("2026-03-03T17:00:00"), CLERK, POLICIES.wording(), at("2026-03-02T09:10:00"))
        .isAccepted()).isTrue();
    assertThat(registered.agreeHandlingTime(by("2026-03-03T17:00:00"), GUARD, POLICIES.wording(), at("2026-03-02T09:10:00"))
        .rejection()).hasValueSatisfying(x -> assertThat(x.code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED));
    Complaint resolved = Given.inHandling("2026-03-02T09:00:00", false)
        .resolve("已处理完毕", ASSISTANT, POLICIES, at("2026-03-02T11:00:00")).orElseThrow();
    assertThat(resolved.agreeHandlingTime(by("2026-03-03T17:00:00"), ASSISTANT, POLICIES.wording(), at("2026-03-02T12:00:00"))
        .rejection()).hasValueSatisfying(x -> assertThat(x.code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE));
  }

  @Test
  void anEmptyOrOverlongReasonOrAMissingTimeIsAnInvalidInputNamingTheField() {
    assertThatThrownBy(() -> new HandlingTimeAgreement(null, "x")).isInstanceOf(InvalidInputException.class).hasMessageContaining("due");
    assertThatThrownBy(() -> new HandlingTimeAgreement(local("2026-03-03T17:00:00"), " "))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> new HandlingTimeAgreement(local("2026-03-03T17:00:00"), "x".repeat(1001)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
  }
}

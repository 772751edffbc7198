package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.core.complaint.Given.DIRECTOR;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.at;
import static org.propdesk.core.complaint.Given.inHandling;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.Role;

/** Seed 4.3.1 (c): a valid complaint not resolved within one month becomes major, once. */
class ComplaintUnresolvedForAMonthBecomesMajorTest {

  @Test
  void theUpgradeIsDueExactlyOneCalendarMonthLaterInTheOfficeZone() {
    Complaint c = inHandling("2026-01-31T10:00:00", false);
    assertThat(c.upgradeDue()).isEqualTo(at("2026-02-28T10:00:00").instant());
    assertThat(inHandling("2026-03-15T10:00:00", false).upgradeDue()).isEqualTo(at("2026-04-15T10:00:00").instant());
  }

  @Test
  void aMillisecondBeforeTheMonthNothingHappens() {
    Complaint c = inHandling("2026-01-31T10:00:00", false);
    java.time.Clock justBefore = java.time.Clock.fixed(c.upgradeDue().minusMillis(1), Given.ZONE);
    assertThat(c.onUpgradeDue(POLICIES, justBefore).orElseThrow()).isSameAs(c);
  }

  @Test
  void atExactlyOneMonthAGeneralComplaintBecomesMajorAndGoesToTheGeneralManager() {
    Complaint c = inHandling("2026-01-31T10:00:00", false);
    assertThat(c.complaintClass()).contains(ComplaintClass.GENERAL);
    Result<Complaint> r = c.onUpgradeDue(POLICIES, at("2026-02-28T10:00:00"));
    Complaint major = r.orElseThrow();
    assertThat(major.complaintClass()).contains(ComplaintClass.MAJOR);
    assertThat(major.majorCriteria()).containsExactly(MajorCriterion.C_UNRESOLVED_ONE_MONTH);
    assertThat(major.handlerRole()).contains(Role.GENERAL_MANAGER);
    assertThat(major.autoUpgraded()).isTrue();
    assertThat(major.version()).isEqualTo(c.version() + 1);
    assertThat(r.events()).hasSize(2);
    assertThat(r.events().get(0)).isInstanceOf(ComplaintEvent.Reclassified.class);
    assertThat(r.events().get(1)).isInstanceOf(ComplaintEvent.BecameMajor.class);
  }

  @Test
  void theUpgradeHappensExactlyOnce() {
    Complaint major = inHandling("2026-01-31T10:00:00", false).onUpgradeDue(POLICIES, at("2026-02-28T10:00:00")).orElseThrow();
    assertThat(major.onUpgradeDue(POLICIES, at("2026-02-28T10:00:00")).orElseThrow()).isSameAs(major);
    assertThat(major.onUpgradeDue(POLICIES, at("2026-05-01T10:00:00")).orElseThrow()).isSameAs(major);
    assertThat(major.history().stream().filter(h -> h.trigger().equals(java.util.Optional.of(ComplaintTrigger.AUTO_UPGRADE))))
        .hasSize(1);
  }

  @Test
  void aComplaintResolvedBeforeTheMonthIsNotUpgraded() {
    Complaint resolved = inHandling("2026-01-31T10:00:00", true)
        .resolve("Lift repaired.", DIRECTOR, POLICIES, at("2026-02-20T10:00:00")).orElseThrow();
    assertThat(resolved.onUpgradeDue(POLICIES, at("2026-02-28T10:00:00")).orElseThrow()).isSameAs(resolved);
  }

  @Test
  void aComplaintReopenedAfterTheMonthIsUpgradedAtTheReopening() {
    Complaint resolved = inHandling("2026-01-31T10:00:00", true)
        .resolve("Lift repaired.", DIRECTOR, POLICIES, at("2026-02-20T10:00:00")).orElseThrow();
    Result<Complaint> r = resolved.callback(new Callback(CallbackOutcome.UNSATISFIED, "It broke again."), Given.CLERK, POLICIES,
        at("2026-03-05T10:00:00"));
    Complaint reopened = r.orElseThrow();
    assertThat(reopened.state()).isEqualTo(ComplaintState.IN_HANDLING);
    assertThat(reopened.complaintClass()).contains(ComplaintClass.MAJOR);
    assertThat(reopened.autoUpgraded()).isTrue();
    assertThat(reopened.version()).isEqualTo(resolved.version() + 1);
    assertThat(r.events()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("CalledBack", "Reopened", "Reclassified", "BecameMajor");
  }

  @Test
  void aThirtyDayPolicyCanReplaceTheCalendarMonth() {
    ComplaintPolicies thirtyDays = POLICIES.withTimers(ComplaintTimers.seedDefaults().withUpgradeAfter(Period.ofDays(30)));
    Complaint c = Complaint.register(ComplaintId.of("C-9"), Given.OFFICE, Given.ZONE, Given.registration().build(), Given.CLERK,
        thirtyDays, at("2026-01-31T10:00:00")).orElseThrow();
    assertThat(c.upgradeDue()).isEqualTo(at("2026-03-02T10:00:00").instant());
  }

  @Test
  void aComplaintAlreadyMajorRecordsCriterionCWithoutASecondAlarm() {
    Complaint c = Given.registered("2026-01-31T10:00:00")
        .judge(Judgement.valid(true, true), Given.SUPERVISOR, POLICIES, at("2026-01-31T10:05:00")).orElseThrow();
    assertThat(c.complaintClass()).contains(ComplaintClass.MAJOR);
    Result<Complaint> r = c.onUpgradeDue(POLICIES, at("2026-02-28T10:00:00"));
    assertThat(r.events()).isEmpty();
    assertThat(r.orElseThrow().majorCriteria())
        .containsExactlyInAnyOrder(MajorCriterion.B_MAJOR_LOSS_OR_INJURY, MajorCriterion.C_UNRESOLVED_ONE_MONTH);
  }
}

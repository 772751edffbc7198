package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.core.complaint.Given.ASSISTANT;
import static org.propdesk.core.complaint.Given.DIRECTOR;
import static org.propdesk.core.complaint.Given.GM;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.SUPERVISOR;
import static org.propdesk.core.complaint.Given.at;
import static org.propdesk.core.complaint.Given.inHandling;

import org.junit.jupiter.api.Test;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.Role;

/** Procedure 5: class moves up with authority; down only with authority and a reason. */
class ClassChangesNeedAuthorityTest {
  private static final java.time.Clock LATER = at("2026-03-02T11:00");

  @Test
  void aPropertyAssistantMayNotUpgrade() {
    Result<Complaint> r = inHandling("2026-03-02T09:00", false).changeClass(ClassChange.upTo(ComplaintClass.IMPORTANT), ASSISTANT, POLICIES, LATER);
    assertThat(r.rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
  }

  @Test
  void aCustomerSupervisorUpgradesAndTheComplaintIsReRouted() {
    Result<Complaint> r = inHandling("2026-03-02T09:00", false).changeClass(ClassChange.upTo(ComplaintClass.IMPORTANT), SUPERVISOR, POLICIES, LATER);
    assertThat(r.orElseThrow().complaintClass()).contains(ComplaintClass.IMPORTANT);
    assertThat(r.orElseThrow().handlerRole()).contains(Role.OFFICE_DIRECTOR);
  }

  @Test
  void anUpgradeToMajorTellsLeadership() {
    Result<Complaint> r = inHandling("2026-03-02T09:00", false).changeClass(ClassChange.upTo(ComplaintClass.MAJOR), DIRECTOR, POLICIES, LATER);
    assertThat(r.orElseThrow().majorCriteria()).containsExactly(MajorCriterion.MANUAL);
    assertThat(r.events()).hasAtLeastOneElementOfType(ComplaintEvent.BecameMajor.class);
  }

  @Test
  void aDowngradeNeedsAReason() {
    Result<Complaint> r = inHandling("2026-03-02T09:00", true).changeClass(ClassChange.upTo(ComplaintClass.GENERAL), DIRECTOR, POLICIES, LATER);
    assertThat(r.rejection().orElseThrow().field()).contains("reason");
  }

  @Test
  void aDowngradeOfAMajorComplaintNeedsTheGeneralManager() {
    Complaint major = inHandling("2026-03-02T09:00", false).changeClass(ClassChange.upTo(ComplaintClass.MAJOR), DIRECTOR, POLICIES, LATER).orElseThrow();
    Result<Complaint> byDirector = major.changeClass(ClassChange.to(ComplaintClass.IMPORTANT, "overstated"), DIRECTOR, POLICIES, LATER);
    assertThat(byDirector.rejection().orElseThrow().code()).isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    Result<Complaint> byGm = major.changeClass(ClassChange.to(ComplaintClass.IMPORTANT, "overstated"), GM, POLICIES, LATER);
    assertThat(byGm.orElseThrow().complaintClass()).contains(ComplaintClass.IMPORTANT);
    assertThat(byGm.orElseThrow().majorCriteria()).isEmpty();
    assertThat(byGm.orElseThrow().history().get(byGm.orElseThrow().history().size() - 1).note()).contains("overstated");
  }

  @Test
  void changingToTheSameClassIsRefused() {
    Result<Complaint> r = inHandling("2026-03-02T09:00", false).changeClass(ClassChange.upTo(ComplaintClass.GENERAL), DIRECTOR, POLICIES, LATER);
    assertThat(r.rejection().orElseThrow().field()).contains("target");
  }

  @Test
  void aRepeatNeverLowersTheClass() {
    Complaint major = inHandling("2026-03-02T09:00", false).changeClass(ClassChange.upTo(ComplaintClass.MAJOR), DIRECTOR, POLICIES, LATER).orElseThrow();
    Complaint again = major.raisedAgain(ComplaintId.of("C-7"), Given.CLERK, POLICIES, LATER).orElseThrow();
    assertThat(again.complaintClass()).contains(ComplaintClass.MAJOR);
  }

  /** A contracted-service complaint the company is at fault for, raised twice: major by (a). */
  private static Complaint majorByRepeats() {
    Complaint c = Complaint.register(ComplaintId.of("C-1"), Given.OFFICE, Given.ZONE,
            Given.registration().concernsContractedService(true).build(), Given.CLERK, POLICIES, Given.at("2026-03-02T09:00"))
        .orElseThrow()
        .judge(Judgement.valid(true, false), Given.SUPERVISOR, POLICIES, Given.at("2026-03-02T09:10")).orElseThrow();
    assertThat(c.complaintClass()).contains(ComplaintClass.IMPORTANT);
    Complaint raised = c.raisedAgain(ComplaintId.of("C-2"), Given.CLERK, POLICIES, Given.at("2026-03-03T09:00")).orElseThrow();
    assertThat(raised.complaintClass()).contains(ComplaintClass.MAJOR);
    return raised;
  }

  @Test
  void aRepeatAfterTheGeneralManagersDowngradeDoesNotUndoIt() {
    Complaint downgraded = majorByRepeats()
        .changeClass(ClassChange.to(ComplaintClass.IMPORTANT, "合同范围外，非重大"), GM, POLICIES, Given.at("2026-03-04T09:00")).orElseThrow();

    Complaint again = downgraded.raisedAgain(ComplaintId.of("C-3"), Given.CLERK, POLICIES, Given.at("2026-03-05T09:00")).orElseThrow();

    assertThat(again.complaintClass()).contains(ComplaintClass.IMPORTANT);
    assertThat(again.timesRaised()).isEqualTo(3);
    assertThat(again.raisingsSinceLastDowngrade()).isEqualTo(1);
  }

  @Test
  void criterionAMetAgainAfterTheDowngradeRaisesTheClassOnceMore() {
    Complaint downgraded = majorByRepeats()
        .changeClass(ClassChange.to(ComplaintClass.IMPORTANT, "合同范围外，非重大"), GM, POLICIES, Given.at("2026-03-04T09:00")).orElseThrow();

    Complaint twice = downgraded.raisedAgain(ComplaintId.of("C-3"), Given.CLERK, POLICIES, Given.at("2026-03-05T09:00")).orElseThrow()
        .raisedAgain(ComplaintId.of("C-4"), Given.CLERK, POLICIES, Given.at("2026-03-06T09:00")).orElseThrow();

    assertThat(twice.complaintClass()).contains(ComplaintClass.MAJOR);
    assertThat(twice.majorCriteria()).contains(MajorCriterion.A_REPEATED_CONTRACTED_SERVICE_FAILURE);
  }

  @Test
  void theServiceCentreDowngradesAnImportantComplaintWithAReasonAndItGoesToTheAssistant() {
    Complaint important = Given.inHandling("2026-03-02T09:00:00", true);
    Complaint general = important.changeClass(ClassChange.to(ComplaintClass.GENERAL, "设施限制，非管理过失"), Given.CENTRE,
        Given.POLICIES, Given.at("2026-03-02T10:00:00")).orElseThrow();
    assertThat(general.complaintClass()).contains(ComplaintClass.GENERAL);
    assertThat(general.handlerRole()).contains(org.propdesk.core.org.Role.PROPERTY_ASSISTANT);
    assertThat(general.history().get(general.history().size() - 1).by()).isEqualTo(Given.CENTRE.staffId());
  }
}

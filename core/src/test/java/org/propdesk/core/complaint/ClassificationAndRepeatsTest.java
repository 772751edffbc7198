package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.core.complaint.Given.CLERK;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.SUPERVISOR;
import static org.propdesk.core.complaint.Given.at;

import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.Role;

/** Seed 4.3: classes and criteria; seed 3.1-3.3: routing; procedure 5: repeat raising. */
class ClassificationAndRepeatsTest {
  private final ComplaintClassifier seed = ComplaintClassifier.seedDefaults();

  @Test
  void theSeedCriteriaClassifyFromTheFacts() {
    assertThat(seed.classify(ComplaintFacts.none(), 1).complaintClass()).isEqualTo(ComplaintClass.GENERAL);
    assertThat(seed.classify(new ComplaintFacts(false, true, false), 1).complaintClass()).isEqualTo(ComplaintClass.IMPORTANT);
    assertThat(seed.classify(new ComplaintFacts(true, true, false), 1).complaintClass()).isEqualTo(ComplaintClass.IMPORTANT);
    assertThat(seed.classify(new ComplaintFacts(true, true, false), 2).criteria())
        .containsExactly(MajorCriterion.A_REPEATED_CONTRACTED_SERVICE_FAILURE);
    assertThat(seed.classify(new ComplaintFacts(false, true, true), 1).criteria())
        .containsExactly(MajorCriterion.B_MAJOR_LOSS_OR_INJURY);
    assertThat(seed.classify(new ComplaintFacts(false, false, true), 1).complaintClass()).isEqualTo(ComplaintClass.GENERAL);
  }

  @Test
  void aRepeatThresholdBelowTwoIsRefused() {
    assertThatThrownBy(() -> ComplaintClassifier.seedCriteria(1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("repeatThreshold");
  }

  @Test
  void judgingValidRoutesByClass() {
    Complaint general = Given.inHandling("2026-03-02T09:00", false);
    assertThat(general.handlerRole()).contains(Role.PROPERTY_ASSISTANT);
    Complaint important = Given.inHandling("2026-03-02T09:00", true);
    assertThat(important.handlerRole()).contains(Role.OFFICE_DIRECTOR);
    Result<Complaint> major = Given.registered("2026-03-02T09:00")
        .judge(Judgement.valid(true, true), SUPERVISOR, POLICIES, at("2026-03-02T09:10"));
    assertThat(major.orElseThrow().handlerRole()).contains(Role.GENERAL_MANAGER);
    assertThat(major.events()).hasAtLeastOneElementOfType(ComplaintEvent.BecameMajor.class);
  }

  @Test
  void anInvalidComplaintClosesWithItsReason() {
    Result<Complaint> r = Given.registered("2026-03-02T09:00")
        .judge(Judgement.invalid("Concerns the municipal water supply, not the estate."), SUPERVISOR, POLICIES, at("2026-03-02T09:10"));
    assertThat(r.orElseThrow().state()).isEqualTo(ComplaintState.INVALID);
    assertThat(r.orElseThrow().invalidReason()).contains("Concerns the municipal water supply, not the estate.");
    assertThat(r.orElseThrow().closedAt()).isPresent();
  }

  @Test
  void anInvalidJudgementNeedsAReason() {
    assertThatThrownBy(() -> Judgement.invalid(" ")).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("invalidReason");
  }

  @Test
  void raisingAContractedServiceFailureAgainMakesItMajorByCriterionA() {
    Complaint c = Complaint.register(ComplaintId.of("C-1"), Given.OFFICE, Given.ZONE,
        Given.registration().concernsContractedService(true).build(), CLERK, POLICIES, at("2026-03-02T09:00")).orElseThrow()
        .judge(Judgement.valid(true, false), SUPERVISOR, POLICIES, at("2026-03-02T09:10")).orElseThrow();
    assertThat(c.complaintClass()).contains(ComplaintClass.IMPORTANT);
    Result<Complaint> again = c.raisedAgain(ComplaintId.of("C-2"), CLERK, POLICIES, at("2026-03-04T09:00"));
    Complaint major = again.orElseThrow();
    assertThat(major.timesRaised()).isEqualTo(2);
    assertThat(major.repeats()).containsExactly(ComplaintId.of("C-2"));
    assertThat(major.complaintClass()).contains(ComplaintClass.MAJOR);
    assertThat(major.majorCriteria()).containsExactly(MajorCriterion.A_REPEATED_CONTRACTED_SERVICE_FAILURE);
    assertThat(major.handlerRole()).contains(Role.GENERAL_MANAGER);
    assertThat(again.events()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("RaisedAgain", "Reclassified", "BecameMajor");
  }

  @Test
  void theRepeatItselfIsClosedAsMergedAndLinked() {
    Complaint repeat = Complaint.register(ComplaintId.of("C-2"), Given.OFFICE, Given.ZONE, Given.registration().build(), CLERK,
        POLICIES, at("2026-03-04T09:00")).orElseThrow()
        .linkAsRepeat(ComplaintId.of("C-1"), CLERK, at("2026-03-04T09:00")).orElseThrow();
    assertThat(repeat.state()).isEqualTo(ComplaintState.MERGED);
    assertThat(repeat.repeatOf()).contains(ComplaintId.of("C-1"));
    assertThat(repeat.version()).isEqualTo(2);
  }

  @Test
  void theDefaultMatcherTreatsSameOwnerUnitAndCategoryAsTheSameMatter() {
    Complaint open = Given.registered("2026-03-02T09:00");
    assertThat(POLICIES.repeatMatching().sameMatter(open, Given.registration().build())).isTrue();
    assertThat(POLICIES.repeatMatching().sameMatter(open, Given.registration().category(ComplaintCategory.NOISE).build())).isFalse();
    assertThat(RepeatMatching.explicitOnly().sameMatter(open, Given.registration().build())).isFalse();
  }
}

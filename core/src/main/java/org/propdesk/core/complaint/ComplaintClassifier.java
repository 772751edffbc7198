package org.propdesk.core.complaint;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Set;
import org.propdesk.core.common.Check;

/**
 * Policy: the severity class of a valid complaint (投诉分类).
 *
 * <p>Implementations must be pure and thread-safe: the same facts and count give the same class.
 * They never return {@code null}. The class only ever moves up automatically: the aggregate keeps the
 * higher of the current and the newly computed class.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ComplaintClassifier {

  /**
   * Classifies.
   *
   * @param facts the registration's and judgement's facts
   * @param timesRaised how often the owner has raised this matter, 1 for the first time
   */
  Classification classify(ComplaintFacts facts, int timesRaised);

  /**
   * The seed's criteria (provenance [seed] 4.3; the threshold of "repeatedly" is [ours]).
   *
   * <ul>
   *   <li>major (a): a contracted service failed and the owner raised it {@code repeatThreshold} or
   *       more times;
   *   <li>major (b): the company was at fault and the owner suffered major loss or injury;
   *   <li>important: the company was at fault (including a failed contracted service);
   *   <li>general: anything else.
   * </ul>
   *
   * @param repeatThreshold the number of raisings that counts as "repeatedly" (多次), at least 2
   */
  static ComplaintClassifier seedCriteria(int repeatThreshold) {
    Check.that(repeatThreshold >= 2, "repeatThreshold", "must be at least 2 (raised more than once)");
    return (facts, timesRaised) -> {
      Set<MajorCriterion> criteria = EnumSet.noneOf(MajorCriterion.class);
      if (facts.contractedServiceFailure() && timesRaised >= repeatThreshold) {
        criteria.add(MajorCriterion.A_REPEATED_CONTRACTED_SERVICE_FAILURE);
      }
      if (facts.companyAtFault() && facts.majorLossOrInjury()) {
        criteria.add(MajorCriterion.B_MAJOR_LOSS_OR_INJURY);
      }
      if (!criteria.isEmpty()) {
        return new Classification(ComplaintClass.MAJOR, ImmutableSet.copyOf(criteria));
      }
      if (facts.companyAtFault() || facts.contractedServiceFailure()) {
        return new Classification(ComplaintClass.IMPORTANT, ImmutableSet.of());
      }
      return new Classification(ComplaintClass.GENERAL, ImmutableSet.of());
    };
  }

  /** The seed's criteria with "repeatedly" meaning twice or more (provenance [seed] 4.3, [ours] 2). */
  static ComplaintClassifier seedDefaults() {
    return seedCriteria(2);
  }
}

package org.propdesk.core.complaint;

import java.util.Set;

import com.google.common.collect.ImmutableSet;
import org.propdesk.core.common.Check;

/**
 * The class a classifier assigns, and for a major complaint the criteria that made it major.
 *
 * @param complaintClass the class
 * @param criteria the major criteria met; empty unless {@code complaintClass} is {@code MAJOR}
 * @since 0.1.0
 */
public record Classification(ComplaintClass complaintClass, Set<MajorCriterion> criteria) {
  /** Checks the parts. */
  public Classification {
    Check.present("complaintClass", complaintClass);
    criteria = ImmutableSet.copyOf(Check.present("criteria", criteria));
    Check.that(
        criteria.isEmpty() == (complaintClass != ComplaintClass.MAJOR),
        "criteria",
        "a major complaint names its criteria; other classes name none");
  }
}

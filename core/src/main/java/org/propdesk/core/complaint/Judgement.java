package org.propdesk.core.complaint;

import java.util.Optional;
import org.propdesk.core.common.Check;

/**
 * The validity judgement of a registered complaint (有效性判定), with the facts classification needs.
 *
 * <p>A valid judgement carries the facts; an invalid one carries a reason (1-500 characters).
 * Immutable and thread-safe.
 *
 * @param valid whether the complaint is valid (有效投诉)
 * @param companyAtFault the company's management or service fell short through its own fault
 * @param majorLossOrInjury the owner suffered major economic loss or personal injury
 * @param invalidReason why it is invalid; present exactly when {@code valid} is false
 * @since 0.1.0
 */
public record Judgement(boolean valid, boolean companyAtFault, boolean majorLossOrInjury, Optional<String> invalidReason) {
  /** Checks the parts. */
  public Judgement {
    Check.present("invalidReason", invalidReason);
    if (valid) {
      Check.that(invalidReason.isEmpty(), "invalidReason", "must be empty for a valid complaint");
    } else {
      invalidReason = Optional.of(Check.text("invalidReason", invalidReason.orElse(null), 500));
      Check.that(!companyAtFault && !majorLossOrInjury, "companyAtFault", "an invalid complaint carries no facts");
    }
  }

  /** Valid, with the judged facts. */
  public static Judgement valid(boolean companyAtFault, boolean majorLossOrInjury) {
    return new Judgement(true, companyAtFault, majorLossOrInjury, Optional.empty());
  }

  /** Invalid, with the reason. */
  public static Judgement invalid(String reason) {
    return new Judgement(false, false, false, Optional.ofNullable(reason));
  }
}

package org.propdesk.core.complaint;

import java.util.Optional;
import org.propdesk.core.common.Check;

/**
 * A manual change of class (人工调整类别). An upgrade needs authority; a downgrade needs authority and a
 * reason.
 *
 * @param target the new class
 * @param reason why; required for a downgrade, 1-500 characters when given
 * @since 0.1.0
 */
public record ClassChange(ComplaintClass target, Optional<String> reason) {
  /** Checks the parts. */
  public ClassChange {
    Check.present("target", target);
    Check.present("reason", reason);
    reason = reason.map(r -> Check.text("reason", r, 500));
  }

  /** A change to {@code target} with a reason. */
  public static ClassChange to(ComplaintClass target, String reason) {
    return new ClassChange(target, Optional.of(reason));
  }

  /** An upgrade to {@code target} without a reason. */
  public static ClassChange upTo(ComplaintClass target) {
    return new ClassChange(target, Optional.empty());
  }
}

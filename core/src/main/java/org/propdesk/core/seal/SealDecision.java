package org.propdesk.core.seal;

import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.Approval;

/**
 * The general manager's decision on a request (总经理审批): the request, approved or refused, by whom
 * and when, with the reason of a refusal. Immutable and thread-safe.
 *
 * @param request the request decided
 * @param approved whether it was approved
 * @param decision who decided, and when
 * @param reason why it was refused; empty for an approval
 * @since 0.1.0
 */
public record SealDecision(SealRequest request, boolean approved, Approval decision, Optional<String> reason) {
  /** Checks the parts. */
  public SealDecision {
    Check.present("request", request);
    Check.present("decision", decision);
    Check.present("reason", reason);
    Check.that(approved == reason.isEmpty(), "reason", "is given exactly for a refusal");
  }
}

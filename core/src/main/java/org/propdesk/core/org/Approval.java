package org.propdesk.core.org;

import java.time.Instant;
import org.propdesk.core.common.Check;

/**
 * A named staff member's approval, countersignature or review (审批/会签/审核): who, by name, and when.
 * Every procedure that needs one (a deposit refund, a seal's use, an archive loan) records this value,
 * so registers and audits read approvals one way. Immutable and thread-safe.
 *
 * @param by who approved
 * @param name their name
 * @param at when
 * @since 0.1.0
 */
public record Approval(StaffId by, String name, Instant at) {
  /** Checks the parts. */
  public Approval {
    Check.present("by", by);
    Check.present("name", name);
    Check.present("at", at);
  }

  /** The approval of {@code actor} at {@code at}. */
  public static Approval by(Actor actor, Instant at) {
    return new Approval(actor.staffId(), actor.name(), at);
  }
}

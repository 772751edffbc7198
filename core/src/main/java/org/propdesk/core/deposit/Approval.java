package org.propdesk.core.deposit;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * A named staff member's approval or countersignature (审批/会签). Immutable and thread-safe.
 *
 * @param by who approved
 * @param name their name
 * @param at when
 */
public record Approval(StaffId by, String name, Instant at) {
  /** Checks the parts. */
  public Approval {
    Check.present("by", by);
    Check.present("name", name);
    Check.present("at", at);
  }
}

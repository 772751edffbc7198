package org.propdesk.core.seal;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * A request on a seal awaiting the general manager (待批申请): what, why, and who asked (who may never
 * approve it). Immutable and thread-safe.
 *
 * @param kind what is asked
 * @param reason why, at most 500 characters
 * @param by who asked
 * @param name their name
 * @param at when
 * @since 0.1.0
 */
public record SealRequest(SealRequestKind kind, String reason, StaffId by, String name, Instant at) {
  /** Checks the parts. */
  public SealRequest {
    Check.present("kind", kind);
    reason = Check.text("reason", reason, 500);
    Check.present("by", by);
    Check.present("name", name);
    Check.present("at", at);
  }
}

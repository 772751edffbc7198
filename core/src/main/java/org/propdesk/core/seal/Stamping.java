package org.propdesk.core.seal;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * The stamping of a use request (盖章记录): how many impressions, by whom (the seal's custodian), when,
 * and whether a copy of the stamped document was kept. Immutable and thread-safe.
 *
 * @param impressions how many impressions were made, at least 1
 * @param by the handler (经办人), the seal's custodian
 * @param name their name
 * @param at when
 * @param copyKept whether a copy was kept (留存复印件)
 * @since 0.1.0
 */
public record Stamping(int impressions, StaffId by, String name, Instant at, boolean copyKept) {
  /** Checks the parts. */
  public Stamping {
    Check.that(impressions >= 1, "impressions", "must be at least 1");
    Check.present("by", by);
    Check.present("name", name);
    Check.present("at", at);
  }
}

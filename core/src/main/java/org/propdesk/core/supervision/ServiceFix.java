package org.propdesk.core.supervision;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * A fix a service visit led to (整改措施), seed 4.5.5. Appended, never changed. Immutable and
 * thread-safe; no component is null.
 *
 * @param at when it was recorded
 * @param by who recorded it
 * @param byName their name
 * @param text what was changed, 1-2000 characters
 * @since 0.1.0
 */
public record ServiceFix(Instant at, StaffId by, String byName, String text) {
  /** Checks the parts. */
  public ServiceFix {
    Check.present("at", at);
    Check.present("by", by);
    Check.present("byName", byName);
    Check.present("text", text);
  }
}

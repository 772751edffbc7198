package org.propdesk.core.complaint;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * A recorded handling-time agreement (约定处理时间记录): the time agreed with the owner, why, by whom and
 * when. A renegotiation adds a new record; none is ever changed. Immutable and thread-safe; no
 * component is null.
 *
 * @param agreedAt when it was agreed
 * @param due the agreed time
 * @param reason why, as told to the owner
 * @param by who agreed it
 * @param byName their name
 * @since 0.1.0
 */
public record AgreedHandlingTime(Instant agreedAt, Instant due, String reason, StaffId by, String byName) {
  /** Checks the parts. */
  public AgreedHandlingTime {
    Check.present("agreedAt", agreedAt);
    Check.present("due", due);
    Check.present("reason", reason);
    Check.present("by", by);
    Check.present("byName", byName);
  }
}

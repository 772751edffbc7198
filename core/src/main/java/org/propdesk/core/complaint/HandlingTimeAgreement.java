package org.propdesk.core.complaint;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.propdesk.core.common.Check;

/**
 * A handling time agreed with the owner (确定具体处理时间, seed 4.3.2.3, PROCEDURES §4): when a matter
 * cannot be solved at once, staff explain why and agree a time. The agreement is a commitment: it is
 * recorded, can be renegotiated with a reason, and an alarm sounds when it passes unresolved.
 *
 * <p>Immutable and thread-safe; no component is null. The aggregate refuses a time that is not in the
 * future, and a reason that holds a forbidden phrase (it is what staff told the owner).
 *
 * @param due the agreed time, to the millisecond
 * @param reason why the matter cannot be solved at once, or why the time is renegotiated, as told to
 *     the owner: 1-1000 characters
 *
 * @since 0.1.0
 */
public record HandlingTimeAgreement(Instant due, String reason) {
  /** Checks the parts. */
  public HandlingTimeAgreement {
    due = Check.present("due", due).truncatedTo(ChronoUnit.MILLIS);
    reason = Check.text("reason", reason, 1000);
  }
}

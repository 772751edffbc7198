package org.propdesk.core.ticket;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * A reopening after an unsatisfied callback (返修), PROCEDURES §6, traced to the technician who did the
 * work. Immutable and thread-safe.
 *
 * @param at when
 * @param responsible the technician who completed the work the owner was unhappy with
 * @param reason what the owner said
 * @since 0.1.0
 */
public record Reopening(Instant at, StaffId responsible, String reason) {
  /** Checks the parts. */
  public Reopening {
    Check.present("at", at);
    Check.present("responsible", responsible);
    reason = Check.text("reason", reason, Ticket.TEXT_LENGTH);
  }
}

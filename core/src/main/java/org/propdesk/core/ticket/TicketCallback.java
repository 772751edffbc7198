package org.propdesk.core.ticket;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * One callback attempt (回访记录): when, by whom, the owner's rating (empty when they could not be
 * reached) and the comment. Immutable and thread-safe.
 *
 * @param at when
 * @param by who called
 * @param rating what the owner said of the work; empty when unreachable
 * @param comment what was said, 1-500 characters (checked against the forbidden phrases)
 * @since 0.1.0
 */
public record TicketCallback(Instant at, StaffId by, Optional<OwnerRating> rating, String comment) {
  /** Checks the parts. */
  public TicketCallback {
    Check.present("at", at);
    Check.present("by", by);
    Check.present("rating", rating);
    comment = Check.text("comment", comment, Ticket.TEXT_LENGTH);
  }

  /** Whether the owner was reached. */
  public boolean reached() {
    return rating.isPresent();
  }
}

package org.propdesk.core.ticket;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * One exchange with the owner about a report (联系记录), PROCEDURES §4: a reply or a follow-up, with
 * the time to the minute, the handler by name, what staff said and what the owner said. Immutable and
 * thread-safe.
 *
 * @param at when
 * @param by who spoke to the owner
 * @param byName their name
 * @param said what staff said (checked against the forbidden phrases)
 * @param ownerSaid what the owner said, if recorded
 * @param firstReply whether it was the first reply
 * @since 0.1.0
 */
public record TicketContact(Instant at, StaffId by, String byName, String said, Optional<String> ownerSaid, boolean firstReply) {
  /** Checks the parts. */
  public TicketContact {
    Check.present("at", at);
    Check.present("by", by);
    Check.present("byName", byName);
    said = Check.text("said", said, Ticket.TEXT_LENGTH);
    Check.present("ownerSaid", ownerSaid);
    ownerSaid = ownerSaid.map(o -> Check.text("ownerSaid", o, Ticket.TEXT_LENGTH));
  }
}

package org.propdesk.core.ticket;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * One line of a report's history (处理记录): a trigger fired by someone at an instant, and the state it
 * led to. The registration is the first line and has no trigger. Immutable and thread-safe.
 *
 * @param at when
 * @param trigger what fired; empty for the registration
 * @param to the state after it
 * @param by who fired it
 * @param byName their name
 * @param note a short note
 * @since 0.1.0
 */
public record TicketHistoryEntry(
    Instant at, Optional<TicketTrigger> trigger, TicketState to, StaffId by, String byName, String note) {
  /** Checks the parts. */
  public TicketHistoryEntry {
    Check.present("at", at);
    Check.present("trigger", trigger);
    Check.present("to", to);
    Check.present("by", by);
    Check.present("byName", byName);
    Check.present("note", note);
  }
}

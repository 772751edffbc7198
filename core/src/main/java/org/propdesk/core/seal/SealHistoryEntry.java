package org.propdesk.core.seal;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * One line of a seal's or a use request's history (印章记录): a trigger fired by someone at an instant,
 * and the state it led to; the first line has no trigger. Immutable and thread-safe.
 *
 * @param at when
 * @param trigger what fired, by name; empty for the first line
 * @param to the state after it, by name
 * @param by who fired it
 * @param byName their name
 * @param note a short note
 * @since 0.1.0
 */
public record SealHistoryEntry(Instant at, Optional<String> trigger, String to, StaffId by, String byName, String note) {
  /** Checks the parts. */
  public SealHistoryEntry {
    Check.present("at", at);
    Check.present("trigger", trigger);
    Check.present("to", to);
    Check.present("by", by);
    Check.present("byName", byName);
    Check.present("note", note);
  }
}

package org.propdesk.core.archive;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * One line of an archive item's or loan's history (档案记录): a trigger fired by someone at an instant,
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
public record ArchiveHistoryEntry(Instant at, Optional<String> trigger, String to, StaffId by, String byName, String note) {
  /** Checks the parts. */
  public ArchiveHistoryEntry {
    Check.present("at", at);
    Check.present("trigger", trigger);
    Check.present("to", to);
    Check.present("by", by);
    Check.present("byName", byName);
    Check.present("note", note);
  }
}

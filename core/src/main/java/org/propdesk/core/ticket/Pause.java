package org.propdesk.core.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * One stretch of waiting (暂停记录): from when, until when (empty while it lasts), why, and who paused.
 * Immutable and thread-safe.
 *
 * @param from when it began
 * @param until when the work resumed; empty while paused
 * @param reason why
 * @param note what is awaited, e.g. the part ordered, 1-500 characters
 * @param by who paused it
 * @since 0.1.0
 */
public record Pause(Instant from, Optional<Instant> until, PauseReason reason, String note, StaffId by) {
  /** Checks the parts. */
  public Pause {
    Check.present("from", from);
    Check.present("until", until);
    Check.that(until.map(u -> !u.isBefore(from)).orElse(true), "until", "must not be before from");
    Check.present("reason", reason);
    note = Check.text("note", note, Ticket.TEXT_LENGTH);
    Check.present("by", by);
  }

  /** How long it lasted until {@code now} (or until it ended). */
  public Duration lengthAt(Instant now) {
    Instant end = until.orElse(now);
    return end.isBefore(from) ? Duration.ZERO : Duration.between(from, end);
  }

  /** This pause, ended at {@code at}. */
  public Pause endedAt(Instant at) {
    return new Pause(from, Optional.of(at), reason, note, by);
  }
}

package org.propdesk.core.spi;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * A journal entry before it is chained (审计日志草稿): what happened, to what, by whom, when.
 *
 * <p>The payload never contains raw personal data. Immutable and thread-safe.
 *
 * @param office the office whose chain it joins
 * @param at when
 * @param actor the acting staff id, or {@code system}
 * @param aggregateType e.g. {@code "Complaint"}
 * @param aggregateId the record's id
 * @param action e.g. {@code "REPLY"} or {@code "READ"}
 * @param fromState the state before (empty text for a new record or a read)
 * @param toState the state after
 * @param payload what changed, as JSON text: for a command, {@code {"version": v, "events": [{"type",
 *     "schema", "fields"}]}}; for a read or a record without events, {@code {"note": ...}}. Stored and
 *     hashed exactly as given (never as {@code jsonb}, which would reorder it)
 *
 * @since 0.1.0
 */
public record JournalDraft(
    OfficeId office,
    Instant at,
    String actor,
    String aggregateType,
    String aggregateId,
    String action,
    String fromState,
    String toState,
    String payload) {
  /** Checks the parts. */
  public JournalDraft {
    Check.present("office", office);
    Check.present("at", at);
    actor = Check.text("actor", actor, 64);
    aggregateType = Check.text("aggregateType", aggregateType, 64);
    aggregateId = Check.text("aggregateId", aggregateId, 64);
    action = Check.text("action", action, 64);
    Check.present("fromState", fromState);
    Check.present("toState", toState);
    Check.present("payload", payload);
  }
}

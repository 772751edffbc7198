package org.propdesk.core.spi;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * A scheduled timer (定时任务): an SLA check due at an instant for one record.
 *
 * <p>The id is deterministic (e.g. {@code complaint:C-1:upgrade}), so scheduling the same timer twice
 * is a no-op. Immutable and thread-safe.
 *
 * @param id the timer's id
 * @param office the office of the record
 * @param aggregateType e.g. {@code "Complaint"}
 * @param aggregateId the record
 * @param kind what to check, e.g. {@code "FIRST_REPLY"}
 * @param dueAt when it becomes due
 * @param payload kind-specific data, e.g. a date; may be empty
 * @param firedAt when it fired; empty while pending
 * @since 0.1.0
 */
public record TimerEntry(
    String id,
    OfficeId office,
    String aggregateType,
    String aggregateId,
    String kind,
    Instant dueAt,
    String payload,
    Optional<Instant> firedAt) {
  /** Checks the parts. */
  public TimerEntry {
    id = Check.text("id", id, 200);
    Check.present("office", office);
    aggregateType = Check.text("aggregateType", aggregateType, 64);
    aggregateId = Check.text("aggregateId", aggregateId, 64);
    kind = Check.text("kind", kind, 64);
    Check.present("dueAt", dueAt);
    Check.present("payload", payload);
    Check.present("firedAt", firedAt);
  }

  /** A pending timer. */
  public static TimerEntry pending(
      String id, OfficeId office, String aggregateType, String aggregateId, String kind, Instant dueAt, String payload) {
    return new TimerEntry(id, office, aggregateType, aggregateId, kind, dueAt, payload, Optional.empty());
  }

  /** Whether it has fired. */
  public boolean fired() {
    return firedAt.isPresent();
  }
}

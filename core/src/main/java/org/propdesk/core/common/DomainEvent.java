package org.propdesk.core.common;

import java.time.Instant;

/**
 * Something that happened to an aggregate (领域事件), returned by a command method.
 *
 * <p>Events are immutable values. They carry the instant they happened and the id of the aggregate
 * and office they concern; a stable event id is given by the workflow when the event is written to
 * the outbox. Implementations are records and thread-safe.
 *
 * @since 0.1.0
 */
public interface DomainEvent {
  /** When it happened, from the injected clock. */
  Instant occurredAt();

  /** The id of the aggregate it concerns, as text. */
  String aggregateId();

  /** The management office the aggregate belongs to, as text. */
  String officeId();

  /** A short name for the journal and notifications, e.g. {@code "ComplaintUpgraded"}. */
  default String type() {
    return getClass().getSimpleName();
  }

  /**
   * The version of this event type's JSON form (事件结构版本), journaled and sent with it; raised when a
   * field changes meaning, so consumers can tell old payloads apart. 1 unless overridden.
   */
  default int schemaVersion() {
    return 1;
  }
}

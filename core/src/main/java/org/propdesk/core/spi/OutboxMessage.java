package org.propdesk.core.spi;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;

/**
 * A notification waiting in the outbox (发件箱), with its delivery state.
 *
 * <p>Invariants: {@code attempts >= 0}; a delivered message has {@code deliveredAt}; a dead one has
 * {@code lastError}. Immutable and thread-safe.
 *
 * @param notification what to deliver; its event id is the message's id
 * @param status pending, delivered or dead
 * @param attempts failed delivery attempts so far
 * @param nextAttemptAt when a pending message may next be claimed (a claim pushes it forward by the
 *     lease, so a relay that dies mid-delivery is retried later)
 * @param createdAt when it was written
 * @param deliveredAt when it was delivered
 * @param lastError the last failure, masked and shortened
 * @since 0.1.0
 */
public record OutboxMessage(
    Notification notification,
    Status status,
    int attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    Optional<Instant> deliveredAt,
    Optional<String> lastError) {

  /** Delivery state. */
  public enum Status {
    /** Waiting for (another) delivery attempt. */
    PENDING,
    /** Delivered. */
    DELIVERED,
    /** Gave up after the configured attempts; can be retried by hand. */
    DEAD
  }

  /** Checks the parts. */
  public OutboxMessage {
    Check.present("notification", notification);
    Check.present("status", status);
    Check.that(attempts >= 0, "attempts", "must not be negative");
    Check.present("nextAttemptAt", nextAttemptAt);
    Check.present("createdAt", createdAt);
    Check.present("deliveredAt", deliveredAt);
    Check.present("lastError", lastError);
  }

  /** A new pending message. */
  public static OutboxMessage pending(Notification n, Instant createdAt) {
    return new OutboxMessage(n, Status.PENDING, 0, createdAt, createdAt, Optional.empty(), Optional.empty());
  }

  /** The message's id: the notification's event id. */
  public String eventId() {
    return notification.eventId();
  }
}

package org.propdesk.core.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox (发件箱): notifications are written in the same transaction as the change
 * that caused them and delivered after commit by the relay.
 *
 * <p>{@link #enqueue} is staged with the transaction. {@link #claimDue} takes effect at once, like
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}: two relays never claim the same message while its lease
 * runs. Delivery is therefore at least once. {@link #markDelivered}, {@link #markFailed} and {@link
 * #retryDead} take effect with the transaction (a rollback undoes them); messages created at the same
 * instant are claimed in the order they were enqueued. Thread-safety: as the enclosing {@link
 * StorageTransaction}. Exceptions: {@link IllegalArgumentException} for a duplicate event id, the
 * implementation's own unchecked exceptions for a failing store. Contract suite: {@code
 * org.propdesk.testkit.OutboxContract}.
 *
 * @since 0.1.0
 */
public interface Outbox {
  /**
   * Stages a new message.
   *
   * @throws IllegalArgumentException when a message with the same event id exists (at once, or at
   *     commit for a storage that writes staged messages in one batch)
   */
  void enqueue(OutboxMessage message);

  /**
   * Claims up to {@code limit} pending messages with {@code nextAttemptAt <= now}, oldest first, by
   * moving their {@code nextAttemptAt} to {@code now + lease}.
   */
  List<OutboxMessage> claimDue(Instant now, int limit, Duration lease);

  /** Marks a message delivered (idempotent). */
  void markDelivered(String eventId, Instant at);

  /**
   * Marks each of the messages delivered (idempotent), as {@link #markDelivered(String, Instant)} does
   * one; a storage may do it in one round trip. The default marks them one by one.
   *
   * @since 0.1.0
   */
  default void markAllDelivered(List<String> eventIds, Instant at) {
    eventIds.forEach(id -> markDelivered(id, at));
  }

  /**
   * Records a failed attempt: {@code attempts + 1}, the error, and either the next attempt time or, when
   * {@code dead}, the dead state.
   */
  void markFailed(String eventId, String error, Instant nextAttemptAt, boolean dead);

  /** Up to {@code limit} dead messages, oldest first. */
  List<OutboxMessage> dead(int limit);

  /** Moves a dead message back to pending with zero attempts, due at {@code now}; false if not dead. */
  boolean retryDead(String eventId, Instant now);

  /** The message with this event id. */
  Optional<OutboxMessage> find(String eventId);

  /** How many messages are in each state. */
  java.util.Map<OutboxMessage.Status, Long> counts();
}

package org.propdesk.workflows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Redaction;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.OutboxEvent;
import org.propdesk.core.spi.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay (发件中继): delivers committed notifications through the {@link
 * org.propdesk.core.spi.Notifier}, and committed domain events through the {@link
 * org.propdesk.core.spi.EventSink}, at least once, each with its stable event id.
 *
 * <p>The host calls {@link #deliverDue()} after commands, or every few seconds. Each message is
 * claimed with a lease (so a relay that dies mid-delivery is retried later), delivered outside any
 * transaction, then marked delivered, a claimed batch's deliveries together in one transaction; a
 * failure is retried with the {@link RetryPolicy}'s back-off and
 * finally marked dead. Dead messages can be listed and retried by hand. PropDesk starts no thread.
 *
 * <p>Thread-safe; several relays, in one process or several, may run at once.
 *
 * @since 0.1.0
 */
public final class OutboxRelay {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  private static final int BATCH = 100;
  private static final Duration LEASE = Duration.ofMinutes(5);

  private final Kernel w;

  OutboxRelay(Kernel w) {
    this.w = w;
  }

  /** Delivers every message due now. */
  public RelayReport deliverDue() {
    int delivered = 0;
    int failed = 0;
    int dead = 0;
    int published = 0;
    while (true) {
      Instant now = w.now();
      List<OutboxMessage> batch = w.storage().inTransaction(tx -> tx.outbox().claimDue(now, BATCH, LEASE));
      if (batch.isEmpty()) {
        break;
      }
      List<String> done = new java.util.ArrayList<>(batch.size());
      for (OutboxMessage m : batch) {
        try {
          boolean event = m.notification().audience() == Notification.Audience.EVENT_STREAM;
          if (event) {
            w.events().publish(OutboxEvent.of(m.notification()));
          } else {
            w.notifier().deliver(m.notification());
          }
          done.add(m.eventId());
          if (event) {
            published++;
          } else {
            delivered++;
          }
        } catch (RuntimeException e) {
          int attempts = m.attempts() + 1;
          boolean isDead = attempts >= w.retryPolicy().maxAttempts();
          String error = Redaction.scrub(e.getClass().getSimpleName() + ": " + e.getMessage(), 500);
          Instant next = w.now().plus(w.retryPolicy().delayAfter(attempts));
          w.storage().inTransaction(tx -> {
            tx.outbox().markFailed(m.eventId(), error, next, isDead);
            return null;
          });
          if (isDead) {
            dead++;
            LOG.warn("outbox event={} to {} is dead after {} attempts: {}", m.eventId(), m.notification().recipient(), attempts, error);
          } else {
            failed++;
            LOG.info("outbox event={} attempt {} failed, retry at {}: {}", m.eventId(), attempts, next, error);
          }
        }
      }
      markDelivered(done);
      if (batch.size() < BATCH) {
        break; // a short batch took every message due now
      }
    }
    int d = delivered;
    int f = failed;
    int x = dead;
    int p = published;
    w.observe(t -> t.relayFinished(d, f, x, p));
    return new RelayReport(delivered, failed, dead, published);
  }

  /**
   * Marks the batch's delivered messages in one transaction. A crash before it leaves them claimed
   * under their lease, to be delivered again: at least once, as always.
   */
  private void markDelivered(List<String> eventIds) {
    if (eventIds.isEmpty()) {
      return;
    }
    Instant at = w.now();
    w.storage().inTransaction(tx -> {
      tx.outbox().markAllDelivered(eventIds, at);
      return null;
    });
  }

  /** Up to {@code limit} dead messages, oldest first. */
  public List<OutboxMessage> dead(int limit) {
    Check.that(limit > 0, "limit", "must be positive");
    return w.storage().inTransaction(tx -> tx.outbox().dead(limit));
  }

  /** Puts a dead message back in the queue, due now; false when it is not dead. */
  public boolean retryDead(String eventId) {
    Check.text("eventId", eventId);
    boolean retried = w.storage().inTransaction(tx -> tx.outbox().retryDead(eventId, w.now()));
    LOG.info("outbox retryDead event={} -> {}", eventId, retried);
    return retried;
  }

  /** How many messages are pending, delivered and dead. */
  public Map<OutboxMessage.Status, Long> counts() {
    return w.storage().inTransaction(tx -> tx.outbox().counts());
  }
}

package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalVerification;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.TimerEntry;

/**
 * The contract of the {@link org.propdesk.core.spi.Outbox} port (发件箱契约测试): claims oldest first
 * (rows created at the same instant in the order they were enqueued), leases, delivery, failures, dead
 * messages and their retry. {@code markDelivered}, {@code markFailed} and {@code retryDead} take effect
 * with the transaction: a rollback undoes them. It names no procedure.
 *
 * <p>Each test gets a new, empty storage from {@link #newStorage()}.
 *
 * @since 0.1.0
 */
public interface OutboxContract {
  /** A new, empty storage. */
  Storage newStorage();

  // ------------------------------------------------------------------ helpers

  private static Notification notification(String eventId, int i) {
    return new Notification(eventId, Fixtures.OFFICE_1, Notification.Audience.GROUP, Optional.empty(), "ItemFlagged",
        "C-" + i, "subject " + i, "body " + i, Instant.parse("2026-03-02T01:00:00Z"));
  }

  private static List<OutboxMessage> claim(Storage s, Instant now, int limit, Duration lease) {
    return s.inTransaction(tx -> tx.outbox().claimDue(now, limit, lease));
  }

  private static Optional<OutboxMessage> message(Storage s, String eventId) {
    return s.inTransaction(tx -> tx.outbox().find(eventId));
  }

  private static List<OutboxMessage> dead(Storage s, int limit) {
    return s.inTransaction(tx -> tx.outbox().dead(limit));
  }

  private static boolean retry(Storage s, String eventId, Instant now) {
    return s.inTransaction(tx -> tx.outbox().retryDead(eventId, now));
  }

  private static java.util.Map<OutboxMessage.Status, Long> counts(Storage s) {
    return s.inTransaction(tx -> tx.outbox().counts());
  }

  // ------------------------------------------------------------------ outbox

  @Test
  default void theOutboxClaimsOldestFirstAndLeasesWhatItClaims() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      for (int i = 1; i <= 3; i++) {
        tx.outbox().enqueue(OutboxMessage.pending(notification("E-" + i, i), t0.plusSeconds(i)));
      }
      return null;
    });
    Instant now = t0.plusSeconds(10);
    List<OutboxMessage> first = claim(s, now, 2, Duration.ofMinutes(5));
    assertThat(first).extracting(OutboxMessage::eventId).containsExactly("E-1", "E-2");
    List<OutboxMessage> second = claim(s, now, 10, Duration.ofMinutes(5));
    assertThat(second).extracting(OutboxMessage::eventId).containsExactly("E-3");
    assertThat(claim(s, now, 10, Duration.ofMinutes(5))).isEmpty();
    assertThat(claim(s, now.plus(Duration.ofMinutes(6)), 10, Duration.ofMinutes(5)))
        .extracting(OutboxMessage::eventId).containsExactly("E-1", "E-2", "E-3");
    assertThat(message(s, "E-1").orElseThrow().notification()).isEqualTo(notification("E-1", 1));
  }

  @Test
  default void deliveredMessagesAreNeverClaimedAgainAndFailuresGoDeadThenCanBeRetried() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-OK", 1), t0));
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-BAD", 2), t0));
      return null;
    });
    claim(s, t0, 10, Duration.ofMinutes(1));
    s.inTransaction(tx -> {
      tx.outbox().markDelivered("E-OK", t0.plusSeconds(1));
      tx.outbox().markFailed("E-BAD", "IOException: down", t0.plusSeconds(30), false);
      return null;
    });
    OutboxMessage bad = message(s, "E-BAD").orElseThrow();
    assertThat(bad.attempts()).isEqualTo(1);
    assertThat(bad.status()).isEqualTo(OutboxMessage.Status.PENDING);
    assertThat(bad.lastError()).contains("IOException: down");
    assertThat(message(s, "E-OK").orElseThrow().status()).isEqualTo(OutboxMessage.Status.DELIVERED);
    assertThat(claim(s, t0.plusSeconds(29), 10, Duration.ofMinutes(1))).isEmpty();
    assertThat(claim(s, t0.plusSeconds(30), 10, Duration.ofMinutes(1)))
        .extracting(OutboxMessage::eventId).containsExactly("E-BAD");
    s.inTransaction(tx -> {
      tx.outbox().markFailed("E-BAD", "IOException: still down", t0.plusSeconds(90), true);
      return null;
    });
    assertThat(dead(s, 10)).extracting(OutboxMessage::eventId).containsExactly("E-BAD");
    assertThat(claim(s, t0.plus(Duration.ofDays(1)), 10, Duration.ofMinutes(1))).isEmpty();
    assertThat(retry(s, "E-OK", t0)).isFalse();
    assertThat(retry(s, "E-BAD", t0.plusSeconds(100))).isTrue();
    assertThat(claim(s, t0.plusSeconds(100), 10, Duration.ofMinutes(1)))
        .extracting(OutboxMessage::eventId).containsExactly("E-BAD");
    assertThat(counts(s))
        .containsEntry(OutboxMessage.Status.DELIVERED, 1L).containsEntry(OutboxMessage.Status.PENDING, 1L)
        .containsEntry(OutboxMessage.Status.DEAD, 0L);
  }

  @Test
  default void enqueueingAnEventIdTwiceIsRefused() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-DUP", 1), t0));
      return null;
    });
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-DUP", 2), t0));
      return null;
    })).isInstanceOf(RuntimeException.class);
    assertThat(message(s, "E-DUP").orElseThrow().notification().subject()).isEqualTo("subject 1");
  }

  @Test
  default void messagesCreatedAtTheSameInstantAreClaimedInTheOrderTheyWereEnqueued() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      for (String id : List.of("E-c", "E-a", "E-b")) {
        tx.outbox().enqueue(OutboxMessage.pending(notification(id, 1), t0));
      }
      return null;
    });
    s.inTransaction(tx -> {
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-0", 1), t0));
      return null;
    });
    assertThat(claim(s, t0, 10, Duration.ofMinutes(1))).extracting(OutboxMessage::eventId)
        .containsExactly("E-c", "E-a", "E-b", "E-0");
  }

  @Test
  default void deliveryMarksAndRetriesTakeEffectWithTheTransactionAndARollbackUndoesThem() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-1", 1), t0));
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-2", 2), t0));
      return null;
    });
    s.inTransaction(tx -> {
      tx.outbox().markFailed("E-2", "down", t0, true);
      return null;
    });
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.outbox().markDelivered("E-1", t0);
      tx.outbox().retryDead("E-2", t0);
      throw new IllegalStateException("crash before commit");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(message(s, "E-1").orElseThrow().status()).isEqualTo(OutboxMessage.Status.PENDING);
    assertThat(message(s, "E-2").orElseThrow().status()).isEqualTo(OutboxMessage.Status.DEAD);
    s.inTransaction(tx -> {
      tx.outbox().markDelivered("E-1", t0);
      tx.outbox().markDelivered("E-1", t0.plusSeconds(5));
      return null;
    });
    assertThat(message(s, "E-1").orElseThrow().deliveredAt()).as("marking delivered twice keeps the first").contains(t0);
  }

  @Test
  default void aBatchOfMessagesIsMarkedDeliveredTogetherWithTheTransaction() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      for (int i = 1; i <= 4; i++) {
        tx.outbox().enqueue(OutboxMessage.pending(notification("E-" + i, i), t0));
      }
      return null;
    });
    s.inTransaction(tx -> {
      tx.outbox().markDelivered("E-2", t0);
      return null;
    });
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.outbox().markAllDelivered(List.of("E-1", "E-3"), t0.plusSeconds(1));
      throw new IllegalStateException("crash before commit");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(claim(s, t0, 10, Duration.ofMinutes(5))).as("a rollback undoes the whole batch").extracting(OutboxMessage::eventId)
        .containsExactly("E-1", "E-3", "E-4");
    s.inTransaction(tx -> {
      tx.outbox().markAllDelivered(List.of(), t0.plusSeconds(2));
      tx.outbox().markAllDelivered(List.of("E-1", "E-2", "E-3"), t0.plusSeconds(2));
      return null;
    });
    assertThat(message(s, "E-1").orElseThrow().status()).isEqualTo(OutboxMessage.Status.DELIVERED);
    assertThat(message(s, "E-1").orElseThrow().deliveredAt()).contains(t0.plusSeconds(2));
    assertThat(message(s, "E-3").orElseThrow().deliveredAt()).contains(t0.plusSeconds(2));
    assertThat(message(s, "E-2").orElseThrow().deliveredAt()).as("one delivered before keeps its time").contains(t0);
    assertThat(message(s, "E-4").orElseThrow().status()).isEqualTo(OutboxMessage.Status.PENDING);
    assertThat(counts(s)).containsEntry(OutboxMessage.Status.DELIVERED, 3L).containsEntry(OutboxMessage.Status.PENDING, 1L);
  }
}

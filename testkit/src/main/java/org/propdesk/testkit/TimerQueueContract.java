package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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
 * The contract of the {@link org.propdesk.core.spi.TimerQueue} port (定时队列契约测试): timers scheduled
 * once, due in order, claimed by one transaction at a time and fired at most once. {@code due()} may
 * list a timer that another open transaction has claimed; {@code claim()} of it then returns empty, so
 * the sweep skips it. A storage that serialises transactions with one lock passes too. It names no
 * procedure.
 *
 * <p>Each test gets a new, empty storage from {@link #newStorage()}.
 *
 * @since 0.1.0
 */
public interface TimerQueueContract {
  /** A new, empty storage. */
  Storage newStorage();

  // ------------------------------------------------------------------ helpers

  private static long pending(Storage s) {
    return s.inTransaction(tx -> tx.timers().pendingCount());
  }

  private static List<TimerEntry> due(Storage s, Instant now, int limit) {
    return s.inTransaction(tx -> tx.timers().due(now, limit));
  }

  private static List<TimerEntry> claimDue(Storage s, Instant now, int limit) {
    return s.inTransaction(tx -> tx.timers().claimDue(now, limit));
  }

  private static Optional<TimerEntry> claimTimer(Storage s, String id) {
    return s.inTransaction(tx -> tx.timers().claim(id));
  }

  /**
   * Runs {@code other} on another thread while a transaction holds the claim of {@code timerId}, which
   * that transaction then marks fired at {@code at}; returns what {@code other} returned, once both have
   * ended and the holder is seen to have got its claim. A storage that serialises transactions blocks
   * {@code other} until the holder ends, which goes on after waiting 2 s for it.
   */
  private static <T> T whileAnotherHolds(Storage s, String timerId, Instant at, Callable<T> other) throws Exception {
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch otherTried = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> holder = pool.submit(() -> s.inTransaction(tx -> {
        boolean got = tx.timers().claim(timerId).isPresent();
        claimed.countDown();
        try {
          otherTried.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        tx.timers().markFired(timerId, at);
        return got;
      }));
      assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
      Future<T> result = pool.submit(() -> {
        try {
          return other.call();
        } finally {
          otherTried.countDown();
        }
      });
      assertThat(holder.get(30, TimeUnit.SECONDS)).isTrue();
      return result.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------ timers

  @Test
  default void timersAreScheduledOnceAndComeDueInOrder() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.timers().schedule(TimerEntry.pending("t-b", Fixtures.OFFICE_1, "Item", "I-1", "UPGRADE", t0.plusSeconds(20), ""));
      tx.timers().schedule(TimerEntry.pending("t-a", Fixtures.OFFICE_1, "Item", "I-1", "FIRST_REPLY", t0.plusSeconds(10), ""));
      tx.timers().schedule(TimerEntry.pending("t-c", Fixtures.OFFICE_1, "Item", "I-1", "FOLLOW_UP_DAY", t0.plusSeconds(99), "2026-03-03"));
      return null;
    });
    s.inTransaction(tx -> {
      tx.timers().schedule(TimerEntry.pending("t-a", Fixtures.OFFICE_1, "Item", "I-1", "FIRST_REPLY", t0.plusSeconds(1), ""));
      return null;
    });
    List<TimerEntry> due = due(s, t0.plusSeconds(20), 10);
    assertThat(due).extracting(TimerEntry::id).containsExactly("t-a", "t-b");
    assertThat(due.get(0).dueAt()).isEqualTo(t0.plusSeconds(10));
    assertThat(pending(s)).isEqualTo(3);
    s.inTransaction(tx -> {
      assertThat(tx.timers().claim("t-a")).isPresent();
      tx.timers().markFired("t-a", t0.plusSeconds(20));
      return null;
    });
    assertThat(due(s, t0.plusSeconds(20), 10)).extracting(TimerEntry::id).containsExactly("t-b");
    assertThat(claimTimer(s, "t-a")).isEmpty();
    assertThat(claimTimer(s, "t-unknown")).isEmpty();
    assertThat(pending(s)).isEqualTo(2);
  }

  @Test
  default void aTimerClaimedByOneTransactionIsNeverFiredByAnother() throws Exception {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.timers().schedule(TimerEntry.pending("t-x", Fixtures.OFFICE_1, "Item", "I-1", "EXPIRE", t0, ""));
      return null;
    });
    Optional<TimerEntry> other = whileAnotherHolds(s, "t-x", t0, () -> claimTimer(s, "t-x"));
    assertThat(other).as("claimed while held, or after it fired").isEmpty();
    assertThat(claimTimer(s, "t-x")).isEmpty();
    assertThat(pending(s)).isZero();
  }

  @Test
  default void aRolledBackClaimLeavesTheTimerPending() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.timers().schedule(TimerEntry.pending("t-r", Fixtures.OFFICE_1, "Item", "I-1", "UPGRADE", t0, ""));
      return null;
    });
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.timers().claim("t-r");
      tx.timers().markFired("t-r", t0);
      throw new IllegalStateException("crash");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(due(s, t0, 10)).extracting(TimerEntry::id).containsExactly("t-r");
  }

  @Test
  default void aBatchClaimTakesTheEarliestDueTimersUpToItsLimitAndSkipsOneHeldElsewhere() throws Exception {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.timers().schedule(TimerEntry.pending("t-4", Fixtures.OFFICE_1, "Item", "I-4", "UPGRADE", t0.plusSeconds(4), ""));
      tx.timers().schedule(TimerEntry.pending("t-1", Fixtures.OFFICE_1, "Item", "I-1", "UPGRADE", t0.plusSeconds(1), ""));
      tx.timers().schedule(TimerEntry.pending("t-3", Fixtures.OFFICE_2, "Item", "I-3", "UPGRADE", t0.plusSeconds(3), ""));
      tx.timers().schedule(TimerEntry.pending("t-2", Fixtures.OFFICE_1, "Item", "I-2", "UPGRADE", t0.plusSeconds(2), ""));
      tx.timers().schedule(TimerEntry.pending("t-9", Fixtures.OFFICE_1, "Item", "I-9", "UPGRADE", t0.plusSeconds(99), ""));
      return null;
    });
    Instant now = t0.plusSeconds(10);
    List<String> batch = whileAnotherHolds(s, "t-1", now, () -> s.inTransaction(tx -> {
      List<TimerEntry> got = tx.timers().claimDue(now, 2);
      got.forEach(t -> tx.timers().markFired(t.id(), now));
      return got.stream().map(TimerEntry::id).toList();
    }));
    assertThat(batch).as("held or already fired: t-1 is not in the batch").containsExactly("t-2", "t-3");
    assertThat(due(s, now, 10)).extracting(TimerEntry::id).containsExactly("t-4");
    assertThat(claimDue(s, t0, 10)).as("nothing is due at t0").isEmpty();
    assertThat(pending(s)).isEqualTo(2);
  }

  @Test
  default void aRolledBackBatchClaimLeavesEveryTimerPending() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.timers().schedule(TimerEntry.pending("t-a", Fixtures.OFFICE_1, "Item", "I-1", "UPGRADE", t0, ""));
      tx.timers().schedule(TimerEntry.pending("t-b", Fixtures.OFFICE_1, "Item", "I-2", "UPGRADE", t0, ""));
      return null;
    });
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.timers().claimDue(t0, 10).forEach(t -> tx.timers().markFired(t.id(), t0));
      throw new IllegalStateException("crash");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(due(s, t0, 10)).extracting(TimerEntry::id).containsExactly("t-a", "t-b");
    assertThat(claimDue(s, t0, 10)).extracting(TimerEntry::id).containsExactly("t-a", "t-b");
  }
}

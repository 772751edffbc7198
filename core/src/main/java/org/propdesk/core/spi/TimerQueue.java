package org.propdesk.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The timer queue (定时队列) that the SLA sweep drains.
 *
 * <p>{@link #schedule} and {@link #markFired} are staged with the transaction. {@link #claim} locks one
 * pending timer ({@link #claimDue} a batch of them) for the current transaction, like {@code SELECT ... FOR UPDATE SKIP LOCKED}: while one
 * transaction holds it, a claim from another returns empty; after a commit that marked it fired, it
 * is never returned again. So two nodes sweeping at once never fire the same timer twice. {@link
 * #due} may list a timer another open transaction has claimed; {@link #claim} of it then returns
 * empty. Thread-safety: as the enclosing {@link StorageTransaction}. Exceptions: {@link
 * org.propdesk.core.common.StaleVersionException} when marking a timer that another transaction fired
 * first, the implementation's own unchecked exceptions for a failing store. Contract suite: {@code
 * org.propdesk.testkit.TimerQueueContract}.
 *
 * @since 0.1.0
 */
public interface TimerQueue {
  /** Stages a timer; a timer with the same id that already exists (pending or fired) is left alone. */
  void schedule(TimerEntry timer);

  /** Up to {@code limit} pending timers with {@code dueAt <= now}, earliest first (then by id). */
  List<TimerEntry> due(Instant now, int limit);

  /** Locks the pending timer for this transaction; empty when fired, unknown or locked by another. */
  Optional<TimerEntry> claim(String timerId);

  /**
   * Claims up to {@code limit} pending timers with {@code dueAt <= now}, earliest first (then by id),
   * skipping any that another open transaction holds, as {@link #claim} would for each; the sweep
   * claims a batch this way in one round trip. The default lists {@link #due} and claims each.
   *
   * @since 0.1.0
   */
  default List<TimerEntry> claimDue(Instant now, int limit) {
    List<TimerEntry> claimed = new java.util.ArrayList<>();
    for (TimerEntry t : due(now, limit)) {
      claim(t.id()).ifPresent(claimed::add);
    }
    return List.copyOf(claimed);
  }

  /** Stages marking a claimed timer fired. */
  void markFired(String timerId, Instant at);

  /** The number of pending timers. */
  long pendingCount();
}

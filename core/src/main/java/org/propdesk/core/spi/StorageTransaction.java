package org.propdesk.core.spi;

/**
 * One unit of work against {@link Storage}: everything staged through it commits together or not at
 * all.
 *
 * <p>Valid only inside the {@link Storage#inTransaction} callback that received it, and only on that
 * callback's thread. Never {@code null}.
 */
public interface StorageTransaction {
  /** Complaints. */
  ComplaintRepository complaints();

  /** Daily reviews. */
  DailyReviewRepository reviews();

  /** The journal. */
  Journal journal();

  /** The outbox. */
  Outbox outbox();

  /** The timer queue. */
  TimerQueue timers();
}

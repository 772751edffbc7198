package org.propdesk.core.spi;

/**
 * One unit of work against {@link Storage} (存储事务): everything staged through it commits together or
 * not at all. It offers a fixed set of ports that never name a procedure.
 *
 * <p>Valid only inside the {@link Storage#inTransaction} callback that received it, and only on that
 * callback's thread; using it afterwards fails with {@link IllegalStateException}. Never {@code null}.
 *
 * @since 0.1.0
 */
public interface StorageTransaction {
  /** The record store: every procedure's aggregates. */
  RecordStore records();

  /** The journal. */
  Journal journal();

  /** The outbox. */
  Outbox outbox();

  /** The timer queue. */
  TimerQueue timers();

  /** The idempotency keys of retry-safe commands. */
  IdempotencyKeys idempotencyKeys();
}

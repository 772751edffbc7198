package org.propdesk.core.spi;

/**
 * A base for storage adapters that implement every port of a transaction on one object (单对象事务):
 * the accessors return the object itself while the transaction is open, and fail once it has ended.
 *
 * <p>Subclasses implement the record-store, journal, outbox and timer-queue methods and call {@link
 * #end()} when the transaction commits or rolls back. Not thread-safe: confined to the thread running
 * the {@link Storage#inTransaction} callback, like any {@link StorageTransaction}.
 *
 * @since 0.1.0
 */
public abstract class AllPortsTransaction
    implements StorageTransaction, RecordStore, Journal, Outbox, TimerQueue, IdempotencyKeys {
  private volatile boolean ended;

  /** For subclasses. */
  protected AllPortsTransaction() {}

  /** Marks the transaction ended: every later use fails. */
  public final void end() {
    ended = true;
  }

  /**
   * Fails when the transaction has ended.
   *
   * @throws IllegalStateException when used after its callback returned
   */
  protected final void ensureOpen() {
    if (ended) {
      throw new IllegalStateException("the transaction has ended; use storage only inside inTransaction");
    }
  }

  @Override
  public final RecordStore records() {
    ensureOpen();
    return this;
  }

  @Override
  public final Journal journal() {
    ensureOpen();
    return this;
  }

  @Override
  public final Outbox outbox() {
    ensureOpen();
    return this;
  }

  @Override
  public final TimerQueue timers() {
    ensureOpen();
    return this;
  }

  @Override
  public final IdempotencyKeys idempotencyKeys() {
    ensureOpen();
    return this;
  }
}

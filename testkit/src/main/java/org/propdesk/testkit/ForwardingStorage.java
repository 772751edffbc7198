package org.propdesk.testkit;

import java.util.function.Function;
import org.propdesk.core.spi.IdempotencyKeys;
import org.propdesk.core.spi.Journal;
import org.propdesk.core.spi.Outbox;
import org.propdesk.core.spi.RecordSchema;
import org.propdesk.core.spi.RecordStore;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.StorageTransaction;
import org.propdesk.core.spi.TimerQueue;

/**
 * A storage that runs another storage's transactions and hands each port of them through a hook
 * (转发存储), for tests and benchmarks that replace one port: inject a fault into the timer queue, or
 * hide a record store's optional capability. Each hook receives the inner transaction's port and
 * returns it unchanged unless a subclass overrides it; the hooks run every time a port is asked for,
 * inside the transaction.
 *
 * <p>Not null: the inner storage, and what every hook returns. Thread-safety: as the inner storage's,
 * provided the subclass's hooks are as safe.
 *
 * @since 0.1.0
 */
public class ForwardingStorage implements Storage {
  private final Storage inner;

  /** Forwards to {@code inner}. */
  public ForwardingStorage(Storage inner) {
    this.inner = inner;
  }

  @Override
  public void declare(RecordSchema schema) {
    inner.declare(schema);
  }

  @Override
  public <R> R inTransaction(Function<StorageTransaction, R> work) {
    return inner.inTransaction(tx -> work.apply(new StorageTransaction() {
      @Override
      public RecordStore records() {
        return ForwardingStorage.this.records(tx.records());
      }

      @Override
      public Journal journal() {
        return ForwardingStorage.this.journal(tx.journal());
      }

      @Override
      public Outbox outbox() {
        return ForwardingStorage.this.outbox(tx.outbox());
      }

      @Override
      public TimerQueue timers() {
        return ForwardingStorage.this.timers(tx.timers());
      }

      @Override
      public IdempotencyKeys idempotencyKeys() {
        return ForwardingStorage.this.idempotencyKeys(tx.idempotencyKeys());
      }
    }));
  }

  /** The record store the work sees, given the inner transaction's. */
  protected RecordStore records(RecordStore inner) {
    return inner;
  }

  /** The journal the work sees, given the inner transaction's. */
  protected Journal journal(Journal inner) {
    return inner;
  }

  /** The outbox the work sees, given the inner transaction's. */
  protected Outbox outbox(Outbox inner) {
    return inner;
  }

  /** The timer queue the work sees, given the inner transaction's. */
  protected TimerQueue timers(TimerQueue inner) {
    return inner;
  }

  /** The idempotency keys the work sees, given the inner transaction's. */
  protected IdempotencyKeys idempotencyKeys(IdempotencyKeys inner) {
    return inner;
  }
}

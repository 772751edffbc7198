package org.propdesk.testkit;

import java.time.Duration;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notifier;
import org.propdesk.core.spi.Storage;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.RetryPolicy;

/**
 * A PropDesk on the {@link Fixtures}, with a clock the test moves (2026-03-02 09:00 in Shanghai to
 * begin with), sequential ids, a recording notifier and retries of 30 s doubling to 10 min, 3
 * attempts. Not thread-safe: one test at a time.
 *
 * @since 0.1.0
 */
public final class Desks {
  /** The clock the test moves. */
  public final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  /** The storage. */
  public final Storage storage;
  /** What staff were told. */
  public final RecordingNotifier notifier = RecordingNotifier.create();
  /** The facade. */
  public final PropDesk desk;

  /** On a new in-memory storage. */
  public Desks() {
    this(InMemoryStorage.create(), null);
  }

  /** On a new in-memory storage, telling staff through {@code custom}. */
  public Desks(Notifier custom) {
    this(InMemoryStorage.create(), custom);
  }

  /** On {@code storage}, a new and empty one. */
  public Desks(Storage storage) {
    this(storage, null);
  }

  private Desks(Storage storage, Notifier custom) {
    this.storage = storage;
    desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(storage)
        .notifier(custom == null ? notifier : custom).directory(Fixtures.directory())
        .retryPolicy(new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 3)).build();
  }

  /** The storage. */
  public Storage storage() {
    return storage;
  }

  /** How many timers are pending. */
  public long pendingTimers() {
    return storage.inTransaction(tx -> tx.timers().pendingCount());
  }
}

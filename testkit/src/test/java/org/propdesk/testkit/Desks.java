package org.propdesk.testkit;

import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notifier;
import org.propdesk.core.spi.Storage;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.RetryPolicy;

/** A PropDesk on the fixtures, in memory, with a clock the test moves. */
final class Desks {
  final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  final InMemoryStorage storage = InMemoryStorage.create();
  final RecordingNotifier notifier = RecordingNotifier.create();
  final PropDesk desk;

  Desks() {
    this(null);
  }

  Desks(Notifier custom) {
    desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(storage)
        .notifier(custom == null ? notifier : custom).directory(Fixtures.directory())
        .retryPolicy(new RetryPolicy(java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(10), 3)).build();
  }

  Storage storage() {
    return storage;
  }

  long pendingTimers() {
    return storage.inTransaction(tx -> tx.timers().pendingCount());
  }
}

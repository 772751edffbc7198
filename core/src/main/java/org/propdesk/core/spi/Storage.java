package org.propdesk.core.spi;

import java.util.function.Function;

/**
 * The storage port (存储): repositories, transactions, the hash-chained journal, the outbox and the
 * timer queue together, so that a command and its journal entry, outbox rows and timer rows commit
 * atomically.
 *
 * <p>Thread-safety: implementations must be thread-safe; any number of threads (and, for shared
 * databases, processes) may run transactions at once. Optimistic concurrency: a stale save fails the
 * whole transaction with {@link org.propdesk.core.common.StaleVersionException}, the one exception type
 * for conflicts. Other failures of the store escape as unchecked exceptions of the implementation's
 * choosing, also after a full rollback. Nothing is ever half-written.
 *
 * <p>Contract suite: {@code org.propdesk.testkit.StorageContract}. Built-in: {@code
 * org.propdesk.core.memory.InMemoryStorage}.
 */
public interface Storage {
  /**
   * Runs {@code work} in a transaction: commits when it returns, rolls back when it throws (and
   * rethrows). The work may run more than once only if the implementation documents it; the built-ins
   * run it exactly once.
   *
   * @throws org.propdesk.core.common.StaleVersionException when a save was based on a stale version
   */
  <R> R inTransaction(Function<StorageTransaction, R> work);
}

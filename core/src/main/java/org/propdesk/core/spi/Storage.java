package org.propdesk.core.spi;

import java.util.function.Function;

/**
 * The storage port (存储): a transaction runner over the record store, the hash-chained journal, the
 * outbox and the timer queue, so that a command's snapshot, journal entry, outbox rows and timer rows
 * commit atomically. No part of it names a procedure: implement it once, and every procedure, present
 * and future, works on it.
 *
 * <p>Thread-safety: implementations must be thread-safe; any number of threads (and, for shared
 * databases, processes) may run transactions at once. Optimistic concurrency: a stale save fails the
 * whole transaction with {@link org.propdesk.core.common.StaleVersionException}, the one exception type
 * for conflicts. Other failures of the store escape as unchecked exceptions of the implementation's
 * choosing, also after a full rollback. Nothing is ever half-written.
 *
 * <p>Contract suites: {@code org.propdesk.testkit.StorageContract}, which bundles one suite per port
 * ({@code RecordStoreContract}, {@code JournalContract}, {@code OutboxContract}, {@code
 * TimerQueueContract}). Built-ins: {@code org.propdesk.core.memory.InMemoryStorage}, {@code
 * org.propdesk.persistence.jdbc.JdbcStorage}.
 *
 * @since 0.1.0
 */
public interface Storage {
  /**
   * Makes a record type known before any transaction uses it (PropDesk's builder declares every
   * registered procedure's types). Declaring the same schema again is a no-op. A store may check the
   * schema against what it holds, e.g. that a table has a column of the right kind per field.
   *
   * @throws IllegalArgumentException when the type was declared before with other fields
   * @throws RuntimeException of the implementation's choosing when the store cannot hold the type, with
   *     a message that names the type and what is missing
   */
  void declare(RecordSchema schema);

  /**
   * Runs {@code work} in a transaction: commits when it returns, rolls back when it throws (and
   * rethrows). The work may run more than once only if the implementation documents it; the built-ins
   * run it exactly once.
   *
   * @throws org.propdesk.core.common.StaleVersionException when a save was based on a stale version
   */
  <R> R inTransaction(Function<StorageTransaction, R> work);
}

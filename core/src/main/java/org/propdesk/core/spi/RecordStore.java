package org.propdesk.core.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The record store (记录存储): versioned snapshots of every procedure's aggregates, as JSON documents
 * with the index fields their types declare. Used inside a {@link StorageTransaction}; it never names a
 * procedure.
 *
 * <p>Promises:
 *
 * <ul>
 *   <li><b>Optimistic concurrency.</b> {@link #save} names the version the change was based on (0 for a
 *       new record). When the stored version differs, now or at commit, the save or the commit fails
 *       with {@link org.propdesk.core.common.StaleVersionException} and nothing of the transaction is
 *       kept. Two transactions creating the same id: one of them fails so.
 *   <li><b>Visibility.</b> Reads see committed data plus the transaction's own saves.
 *   <li><b>Queries</b> follow {@link RecordQuery}'s semantics and cost in proportion to what they
 *       return, not to the size of the store or the office (index what the schema declares).
 *   <li>Results are never {@code null}; lists are unmodifiable.
 * </ul>
 *
 * <p>Thread-safety: as the enclosing {@link StorageTransaction} (one thread). Exceptions: {@link
 * org.propdesk.core.common.StaleVersionException} for conflicts, {@link
 * org.propdesk.core.common.InvalidInputException} for a type that was not {@linkplain Storage#declare
 * declared} or a field it does not declare, the implementation's own unchecked exceptions for a failing
 * store. Contract suite: {@code org.propdesk.testkit.RecordStoreContract}.
 *
 * @since 0.1.0
 */
public interface RecordStore {
  /** The record of {@code type} with this id, if stored. */
  Optional<StoredRecord> find(String type, String id);

  /**
   * Stages a save. {@code expectedVersion} is 0 for a new record, else the version it was loaded at;
   * the record's version must be {@code expectedVersion + 1}, and a record's office never changes.
   *
   * @throws IllegalArgumentException when the version is not {@code expectedVersion + 1}, or the office
   *     differs from the stored one
   * @throws org.propdesk.core.common.StaleVersionException when the stored version differs (now or at
   *     commit)
   */
  void save(StoredRecord record, long expectedVersion);

  /** The records matching the query, in its order, at most its limit. */
  List<StoredRecord> query(RecordQuery query);

  /**
   * Hands every matching record to {@code sink}, in the query's order, without holding them all in
   * memory at once (for reports over many records). The default runs {@link #query}.
   */
  default void stream(RecordQuery query, Consumer<StoredRecord> sink) {
    query(query).forEach(sink);
  }

  /**
   * Hands the index row of every matching record to {@code sink}, in the query's order, streamed: what
   * {@link #stream} gives, less the documents, for listings and registers that need only declared
   * fields. The default runs {@link #stream}; a store that keeps the document apart (a SQL table)
   * overrides it to never read the documents.
   */
  default void streamIndex(RecordQuery query, Consumer<IndexedRecord> sink) {
    stream(query, r -> sink.accept(IndexedRecord.of(r)));
  }

  /**
   * The answer to {@code aggregation}, with the semantics {@link Aggregation} defines: one row per
   * group, sorted by key. The kernel hands every store an aggregation already {@linkplain
   * Aggregation#resolvedAgainst resolved} against the type's schema. The default streams the matching
   * records through Java ({@link Aggregation#computeByStreaming}); a store with a query language
   * overrides it to compute the same rows where the data lives (JdbcStorage runs one SQL {@code GROUP
   * BY} over the index columns), and the contract suite checks that both agree.
   */
  default List<AggregateRow> aggregate(Aggregation aggregation) {
    return aggregation.computeByStreaming(this);
  }
}

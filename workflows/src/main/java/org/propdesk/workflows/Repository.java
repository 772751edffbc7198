package org.propdesk.workflows;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.StorageTransaction;

/**
 * The generic repository of one aggregate type (仓储): typed snapshots over the procedure-neutral record
 * store, encoded by {@link JsonCodec}. Stateless apart from its type; thread-safe.
 *
 * @param <A> the aggregate's class
 */
final class Repository<A> {
  private final AggregateType<A> type;

  Repository(AggregateType<A> type) {
    this.type = type;
  }

  AggregateType<A> type() {
    return type;
  }

  Optional<A> find(StorageTransaction tx, String id) {
    return tx.records().find(type.name(), id).map(r -> JsonCodec.fromRecord(type, r));
  }

  void save(StorageTransaction tx, A snapshot, long expectedVersion) {
    tx.records().save(JsonCodec.toRecord(type, snapshot), expectedVersion);
  }

  List<A> query(StorageTransaction tx, RecordQuery query) {
    return tx.records().query(query).stream().map(r -> JsonCodec.fromRecord(type, r)).collect(ImmutableList.toImmutableList());
  }

  void stream(StorageTransaction tx, RecordQuery query, java.util.function.Consumer<? super A> sink) {
    tx.records().stream(query, r -> sink.accept(JsonCodec.fromRecord(type, r)));
  }

  RecordQuery.Builder queryOf() {
    return RecordQuery.of(type.name());
  }
}

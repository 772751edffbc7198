package org.propdesk.core.memory;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.RecordQuery.Condition;
import org.propdesk.core.spi.RecordSchema;
import org.propdesk.core.spi.StoredRecord;

/**
 * The committed records of one type, with an equality index per declared field and per office. A
 * query starts from the smallest posting list its equality conditions name, so it costs in proportion
 * to that list, not to the table. Not thread-safe: {@link InMemoryStorage} holds its lock around every
 * call.
 */
final class RecordTable {
  private static final String OFFICE = "office_id";

  private final RecordSchema schema;
  private final Map<String, StoredRecord> byId = new HashMap<>();
  private final Map<String, Map<Object, Set<String>>> postings = new HashMap<>();

  RecordTable(RecordSchema schema) {
    this.schema = schema;
    postings.put(OFFICE, new HashMap<>());
    schema.fields().forEach(f -> postings.put(f.name(), new HashMap<>()));
  }

  RecordSchema schema() {
    return schema;
  }

  Optional<StoredRecord> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  long version(String id) {
    StoredRecord r = byId.get(id);
    return r == null ? 0 : r.version();
  }

  void put(StoredRecord r) {
    StoredRecord old = byId.put(r.id(), r);
    if (old != null) {
      unindex(old);
    }
    post(OFFICE, r.office().value(), r.id());
    r.index().forEach((f, v) -> post(f, v, r.id()));
  }

  private void unindex(StoredRecord old) {
    unpost(OFFICE, old.office().value(), old.id());
    old.index().forEach((f, v) -> unpost(f, v, old.id()));
  }

  private void post(String field, Object value, String id) {
    postings.get(field).computeIfAbsent(value, k -> new HashSet<>()).add(id);
  }

  private void unpost(String field, Object value, String id) {
    Map<Object, Set<String>> byValue = postings.get(field);
    Set<String> ids = byValue.get(value);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        byValue.remove(value);
      }
    }
  }

  /** The matching records, the transaction's staged versions ({@code staged}) taking precedence. */
  List<StoredRecord> query(RecordQuery query, List<StoredRecord> staged) {
    RecordQuery q = query.resolvedAgainst(schema);
    Map<String, StoredRecord> view = new HashMap<>();
    for (StoredRecord r : candidates(q)) {
      view.put(r.id(), r);
    }
    staged.forEach(r -> view.put(r.id(), r));
    List<StoredRecord> out = new ArrayList<>();
    for (StoredRecord r : view.values()) {
      if (q.matches(r)) {
        out.add(r);
      }
    }
    out.sort(q.comparator());
    return out.size() > q.limit() ? ImmutableList.copyOf(out.subList(0, q.limit())) : ImmutableList.copyOf(out);
  }

  /**
   * The records of the smallest posting set the (resolved) query's equality conditions name; all when
   * none.
   */
  private Collection<StoredRecord> candidates(RecordQuery q) {
    @Nullable Set<String> best = null;
    if (q.office().isPresent()) {
      best = postings.get(OFFICE).getOrDefault(q.office().get().value(), Set.of());
    }
    for (Condition c : q.conditions()) {
      Set<String> ids;
      if (c.op() == RecordQuery.Op.EQ) {
        ids = postings.get(c.field()).getOrDefault(c.value(), Set.of());
      } else if (c.op() == RecordQuery.Op.IN) {
        ids = new HashSet<>();
        for (Object v : c.values()) {
          ids.addAll(postings.get(c.field()).getOrDefault(v, Set.of()));
        }
      } else {
        continue;
      }
      if (best == null || ids.size() < best.size()) {
        best = ids;
      }
    }
    if (best == null) {
      return byId.values();
    }
    List<StoredRecord> out = new ArrayList<>(best.size());
    best.forEach(id -> out.add(byId.get(id)));
    return out;
  }

  @Override
  public String toString() {
    return "RecordTable[" + schema.type() + ", " + byId.size() + " records]";
  }
}

package org.propdesk.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.AggregateRow;
import org.propdesk.core.spi.Aggregation;
import org.propdesk.core.spi.AllPortsTransaction;
import org.propdesk.core.spi.IndexField;
import org.propdesk.core.spi.IndexedRecord;
import org.propdesk.core.spi.IdempotencyRecord;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalHead;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.RecordSchema;
import org.propdesk.core.spi.StoredRecord;
import org.propdesk.core.spi.TimerEntry;

/**
 * One database transaction. Writes go to the database at once (so row locks and stale versions show
 * early), except journal entries, which are inserted unsealed in one batch at {@link #flush()} just
 * before commit, taking no office-wide lock; {@link #seal} chains them later under the office's head
 * lock, in a transaction of its own. Confined to the thread running the callback.
 */
final class JdbcTx extends AllPortsTransaction {
  private final Connection c;
  private final Dialect dialect;
  private final List<JournalDraft> drafts = new ArrayList<>();
  private final List<OutboxMessage> enqueued = new ArrayList<>();
  private final List<TimerEntry> scheduled = new ArrayList<>();
  private final Set<String> claimedTimers = new HashSet<>();

  private final RecordTables tables;

  JdbcTx(Connection c, Dialect dialect, RecordTables tables) {
    this.c = c;
    this.dialect = dialect;
    this.tables = tables;
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T sql(String what, Work<T> work) {
    ensureOpen();
    try {
      return work.run();
    } catch (SQLException e) {
      throw JdbcStorage.translate(what, e);
    }
  }

  // ------------------------------------------------------------------ records

  @Override
  public Optional<StoredRecord> find(String type, String id) {
    return find(type, id, "");
  }

  /**
   * The record as last committed: what a failed versioned update met. On MySQL it is read with a lock,
   * as a REPEATABLE READ transaction's (MySQL's default) plain reads see the transaction's snapshot; H2
   * and PostgreSQL run PropDesk at READ COMMITTED, whose plain reads already see it.
   */
  private Optional<StoredRecord> findLatest(String type, String id) {
    return find(type, id, dialect.latestRowLock());
  }

  private Optional<StoredRecord> find(String type, String id, String lock) {
    RecordSchema schema = tables.schema(type);
    return sql("find " + type, () -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + RecordSql.recordColumns(schema) + " FROM " + RecordTables.table(type)
          + " WHERE id = ?" + lock)) {
        Sql.bind(dialect, ps, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(record(schema, rs)) : Optional.<StoredRecord>empty();
        }
      }
    });
  }

  @Override
  public void save(StoredRecord r, long expectedVersion) {
    ensureOpen();
    if (r.version() != expectedVersion + 1) {
      throw new IllegalArgumentException(
          "record version " + r.version() + " must be expected version " + expectedVersion + " + 1");
    }
    RecordSchema schema = tables.schema(r.type());
    Map<String, Object> index = schema.normalisedIndex(r.index());
    List<Object> values = new ArrayList<>();
    schema.fields().forEach(f -> values.add(index.get(f.name())));
    String table = RecordTables.table(r.type());
    sql("save " + r.type(), () -> {
      if (expectedVersion == 0) {
        StringBuilder cols = new StringBuilder("id, office_id, version, document");
        StringBuilder marks = new StringBuilder("?, ?, ?, " + dialect.jsonParameter);
        for (IndexField f : schema.fields()) {
          cols.append(", ").append(f.name());
          marks.append(", ?");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")")) {
          Sql.bind(dialect, ps, r.id(), r.office(), r.version(), r.document());
          bindFrom(ps, 5, values);
          ps.executeUpdate();
        } catch (SQLException e) {
          if (Sql.isUniqueViolation(e)) {
            throw new StaleVersionException(r.type(), r.id(), 0, -1);
          }
          throw e;
        }
        return null;
      }
      StringBuilder set = new StringBuilder("version = ?, document = " + dialect.jsonParameter);
      schema.fields().forEach(f -> set.append(", ").append(f.name()).append(" = ?"));
      int n;
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE " + table + " SET " + set + " WHERE id = ? AND version = ? AND office_id = ?")) {
        Sql.bind(dialect, ps, r.version(), r.document());
        int next = bindFrom(ps, 3, values);
        Sql.set(dialect, ps, next, r.id());
        Sql.set(dialect, ps, next + 1, expectedVersion);
        Sql.set(dialect, ps, next + 2, r.office());
        n = ps.executeUpdate();
      }
      if (n != 1) {
        Optional<StoredRecord> stored = findLatest(r.type(), r.id());
        if (stored.isPresent() && stored.get().version() == expectedVersion && !stored.get().office().equals(r.office())) {
          throw new IllegalArgumentException("record " + r.type() + ":" + r.id() + " cannot move to another office");
        }
        // another writer got there first: committed (a newer version), or still in flight (the version read
        // is the expected one, but the row was not updated)
        throw new StaleVersionException(r.type(), r.id(), expectedVersion, stored.map(StoredRecord::version).orElse(0L));
      }
      return null;
    });
  }

  private int bindFrom(PreparedStatement ps, int first, List<Object> values) throws SQLException {
    int i = first;
    for (Object v : values) {
      Sql.set(dialect, ps, i++, v);
    }
    return i;
  }

  @Override
  public List<StoredRecord> query(RecordQuery q) {
    List<StoredRecord> out = new ArrayList<>();
    stream(q, out::add);
    return java.util.Collections.unmodifiableList(out);
  }

  @Override
  public void stream(RecordQuery q, java.util.function.Consumer<StoredRecord> sink) {
    RecordSchema schema = tables.schema(q.type());
    List<Object> params = new ArrayList<>();
    String select = RecordSql.select(dialect, schema, q.resolvedAgainst(schema), params);
    rows("query " + q.type(), select, params, q.limit(), rs -> sink.accept(record(schema, rs)));
  }

  @Override
  public void streamIndex(RecordQuery q, java.util.function.Consumer<IndexedRecord> sink) {
    RecordSchema schema = tables.schema(q.type());
    List<Object> params = new ArrayList<>();
    String select = RecordSql.selectIndex(dialect, schema, q.resolvedAgainst(schema), params);
    rows("index query " + q.type(), select, params, q.limit(), rs -> sink.accept(new IndexedRecord(schema.type(),
        rs.getString(1), OfficeId.of(rs.getString(2)), rs.getLong(3), index(schema, rs, RecordSql.INDEX_FIELDS_FROM))));
  }

  /** Reads a row of a result set. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private void rows(String what, String select, List<Object> params, int limit, RowReader reader) {
    sql(what, () -> {
      try (PreparedStatement ps = c.prepareStatement(select)) {
        ps.setFetchSize(Math.min(limit, 500));
        bindFrom(ps, 1, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        }
      }
      return null;
    });
  }

  @Override
  public List<AggregateRow> aggregate(Aggregation aggregation) {
    RecordSchema schema = tables.schema(aggregation.type());
    Aggregation a = aggregation.resolvedAgainst(schema);
    List<Object> params = new ArrayList<>();
    String grouped = AggregateSql.grouped(dialect, schema, a, params);
    return sql("aggregate " + a.type(), () -> {
      Map<List<Object>, List<Object>> rows = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement(grouped)) {
        bindFrom(ps, 1, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            List<Object> key = keyOf(schema, a, rs);
            List<Object> values = new ArrayList<>(a.measures().size());
            for (int i = 0; i < a.measures().size(); i++) {
              values.add(measureValue(schema, a.measures().get(i), rs, a.groupBy().size() + 1 + i));
            }
            rows.put(key, values);
          }
        }
      }
      if (AggregateSql.needsPercentileQuery(dialect, a)) {
        fillPercentiles(schema, a, rows);
      }
      List<AggregateRow> out = new ArrayList<>(rows.size());
      rows.forEach((k, v) -> out.add(new AggregateRow(k, v)));
      out.sort(AggregateRow.ORDER);
      return java.util.Collections.unmodifiableList(out);
    });
  }

  private void fillPercentiles(RecordSchema schema, Aggregation a, Map<List<Object>, List<Object>> rows) throws SQLException {
    List<Object> params = new ArrayList<>();
    String select = AggregateSql.percentiles(dialect, schema, a, params);
    try (PreparedStatement ps = c.prepareStatement(select)) {
      bindFrom(ps, 1, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<Object> values = rows.get(keyOf(schema, a, rs));
          if (values == null) {
            continue; // a group the HAVING left out
          }
          int col = a.groupBy().size() + 1;
          for (int i = 0; i < a.measures().size(); i++) {
            if (a.measures().get(i).statistic() == Aggregation.Statistic.PERCENTILE) {
              values.set(i, Sql.indexValue(dialect, rs, col++, IndexField.Kind.NUMBER));
            }
          }
        }
      }
    }
  }

  private List<Object> keyOf(RecordSchema schema, Aggregation a, ResultSet rs) throws SQLException {
    List<Object> key = new ArrayList<>(a.groupBy().size());
    for (int i = 0; i < a.groupBy().size(); i++) {
      String g = a.groupBy().get(i);
      key.add(Sql.indexValue(dialect, rs, i + 1, g.equals(Aggregation.OFFICE) ? IndexField.Kind.TEXT : schema.require(g).kind()));
    }
    return key;
  }

  private @Nullable Object measureValue(RecordSchema schema, Aggregation.Measure m, ResultSet rs, int col) throws SQLException {
    return switch (m.statistic()) {
      case COUNT, COUNT_PRESENT, COUNT_TRUE, SUM, PERCENTILE -> Sql.indexValue(dialect, rs, col, IndexField.Kind.NUMBER);
      case MIN, MAX -> Sql.indexValue(dialect, rs, col, schema.require(m.field()).kind());
    };
  }

  /** The index fields of a row whose first index field is column {@code first}, the rest following in order. */
  private Map<String, Object> index(RecordSchema schema, ResultSet rs, int first) throws SQLException {
    Map<String, Object> index = new HashMap<>();
    int col = first;
    for (IndexField f : schema.fields()) {
      Object v = Sql.indexValue(dialect, rs, col++, f.kind());
      if (v != null) {
        index.put(f.name(), v);
      }
    }
    return index;
  }

  /** A row selected with {@link RecordSql#recordColumns}. */
  private StoredRecord record(RecordSchema schema, ResultSet rs) throws SQLException {
    return new StoredRecord(schema.type(), rs.getString(1), OfficeId.of(rs.getString(2)), rs.getLong(3), rs.getString(4),
        index(schema, rs, RecordSql.RECORD_FIELDS_FROM));
  }

  // ------------------------------------------------------------------ idempotency keys

  @Override
  public Optional<IdempotencyRecord> find(OfficeId office, String key) {
    return sql("find idempotency key", () -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM pd_idempotency WHERE office_id = ? AND idem_key = ?")) {
        Sql.bind(dialect, ps, office, key);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(new IdempotencyRecord(OfficeId.of(rs.getString("office_id")), rs.getString("idem_key"),
              rs.getString("fingerprint"), rs.getString("aggregate_type"), rs.getString("aggregate_id"),
              rs.getLong("version"), rs.getString("document"), Sql.instant(dialect, rs, "created_at")));
        }
      }
    });
  }


  @Override
  public void remember(IdempotencyRecord r) {
    sql("remember idempotency key", () -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO pd_idempotency (office_id, idem_key, fingerprint,"
          + " aggregate_type, aggregate_id, version, document, created_at) VALUES (?, ?, ?, ?, ?, ?, " + dialect.jsonParameter
          + ", ?)")) {
        Sql.bind(dialect, ps, r.office(), r.key(), r.fingerprint(), r.aggregateType(), r.aggregateId(), r.version(), r.document(),
            r.createdAt());
        ps.executeUpdate();
      } catch (SQLException e) {
        if (Sql.isUniqueViolation(e)) {
          throw new StaleVersionException("IdempotencyKey", r.office() + ":" + r.key(), 0, 1);
        }
        throw e;
      }
      return null;
    });
  }

  // ------------------------------------------------------------------ journal

  @Override
  public void append(JournalDraft draft) {
    ensureOpen();
    drafts.add(draft);
  }

  @Override
  public List<JournalEntry> entries(OfficeId office, long fromSeq, int limit) {
    return sql("read journal", () -> {
      List<JournalEntry> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM pd_journal_entry WHERE office_id = ? AND seq >= ?"
          + " ORDER BY seq" + dialect.firstRows("?"))) {
        Sql.bind(dialect, ps, office.value(), fromSeq, Math.max(0, limit));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new JournalEntry(rs.getLong("seq"), draftOf(rs), rs.getString("prev_hash"), rs.getString("hash")));
          }
        }
      }
      return out;
    });
  }

  private JournalDraft draftOf(ResultSet rs) throws SQLException {
    return new JournalDraft(OfficeId.of(rs.getString("office_id")), Sql.instant(dialect, rs, "happened_at"), rs.getString("actor"),
        rs.getString("aggregate_type"), rs.getString("aggregate_id"), rs.getString("action_name"),
        rs.getString("from_state"), rs.getString("to_state"), rs.getString("payload"));
  }

  /**
   * Writes what the transaction staged, just before commit: its journal entries (unsealed; no
   * office-wide lock is taken), its outbox messages and its timers, one statement (a batch) each.
   */
  void flush() {
    sql("write outbox", () -> {
      flushOutbox();
      return null;
    });
    sql("schedule timers", () -> {
      flushTimers();
      return null;
    });
    if (drafts.isEmpty()) {
      return;
    }
    sql("append journal", () -> {
      executeForEach("INSERT INTO pd_journal_entry (office_id, happened_at, actor, aggregate_type, aggregate_id, action_name,"
          + " from_state, to_state, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", drafts, (ps, d) -> Sql.bind(dialect, ps, d.office(),
          d.at(), d.actor(), d.aggregateType(), d.aggregateId(), d.action(), d.fromState(), d.toState(), d.payload()));
      return null;
    });
    drafts.clear();
  }

  @Override
  public long seal(OfficeId office) {
    return sql("seal journal", () -> {
      if (!hasUnsealed(office.value())) {
        return 0L; // nothing to chain: the head is not locked, so an idle office's seal costs one read
      }
      Head head = lockHead(office.value());
      if (head == null) {
        ensureHead(office.value());
        head = lockHead(office.value());
      }
      long seq = head.seq();
      String prev = head.hash();
      long sealed = 0;
      while (true) {
        List<Long> ids = new ArrayList<>();
        List<JournalDraft> page = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM pd_journal_entry WHERE office_id = ? AND seq IS NULL"
            + " ORDER BY entry_id" + dialect.firstRows(Integer.toString(SEAL_PAGE)))) {
          Sql.bind(dialect, ps, office.value());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getLong("entry_id"));
              page.add(draftOf(rs));
            }
          }
        }
        if (ids.isEmpty()) {
          break;
        }
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE pd_journal_entry SET seq = ?, prev_hash = ?, hash = ? WHERE entry_id = ? AND seq IS NULL")) {
          for (int i = 0; i < ids.size(); i++) {
            JournalEntry entry = JournalEntry.chain(++seq, page.get(i), prev);
            Sql.bind(dialect, ps, entry.seq(), entry.prevHash(), entry.hash(), ids.get(i));
            ps.addBatch();
            prev = entry.hash();
          }
          for (int updated : ps.executeBatch()) {
            if (updated == 0) {
              // another seal chained it first, seen through an older snapshot (a host's REPEATABLE READ
              // transaction): moving the head now would fork the chain
              throw new StaleVersionException("Journal head of office", office.value(), head.seq(), -1);
            }
          }
        }
        sealed += ids.size();
        if (ids.size() < SEAL_PAGE) {
          break; // the last page: entries committed since are chained by the next seal
        }
      }
      if (sealed > 0) {
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE pd_journal_head SET last_seq = ?, last_hash = ? WHERE office_id = ?")) {
          Sql.bind(dialect, ps, seq, prev, office.value());
          ps.executeUpdate();
        }
      }
      return sealed;
    });
  }

  @Override
  public JournalHead head(OfficeId office) {
    return sql("read journal head", () -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM pd_journal_head WHERE office_id = ?")) {
        Sql.bind(dialect, ps, office.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? new JournalHead(office, rs.getLong(1), rs.getString(2)) : JournalHead.empty(office);
        }
      }
    });
  }

  private record Head(long seq, String hash) {}

  /** Entries chained per round trip when sealing. */
  private static final int SEAL_PAGE = 500;

  /** Whether the office has a committed entry not yet chained (read without locking anything). */
  private boolean hasUnsealed(String office) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT entry_id FROM pd_journal_entry WHERE office_id = ? AND seq IS NULL"
        + dialect.firstRows("1"))) {
      Sql.bind(dialect, ps, office);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Locks the office's chain head until commit; null when the office has none yet. */
  private Head lockHead(String office) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM pd_journal_head WHERE office_id = ? FOR UPDATE")) {
      Sql.bind(dialect, ps, office);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
      }
    }
  }

  private void ensureHead(String office) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(dialect.insertJournalHeadIfAbsent)) {
      Sql.bind(dialect, ps, office, JournalEntry.GENESIS, office);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!(dialect.raceMayViolateUniqueness() && Sql.isUniqueViolation(e))) {
        throw e;
      }
    }
  }

  // ------------------------------------------------------------------ outbox

  /** Stages the message; all of a transaction's messages are inserted in one batch at {@link #flush()}. */
  @Override
  public void enqueue(OutboxMessage m) {
    ensureOpen();
    enqueued.add(m);
  }

  private void flushOutbox() throws SQLException {
    if (enqueued.isEmpty()) {
      return;
    }
    try {
      executeForEach("INSERT INTO pd_outbox (event_id, office_id, audience, role_name, event_type, aggregate_id, subject, body,"
          + " occurred_at, status, attempts, next_attempt_at, created_at, delivered_at, last_error)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", enqueued, (ps, m) -> {
            Notification n = m.notification();
            Sql.bind(dialect, ps, n.eventId(), n.office(), n.audience(), n.role(), n.eventType(), n.aggregateId(), n.subject(),
                n.body(), n.occurredAt(), m.status(), m.attempts(), m.nextAttemptAt(), m.createdAt(), m.deliveredAt(), m.lastError());
          });
    } catch (SQLException e) {
      if (Sql.isUniqueViolation(e) || e.getNextException() != null && Sql.isUniqueViolation(e.getNextException())) {
        throw new IllegalArgumentException("outbox already holds one of the events " + enqueued.stream()
            .map(OutboxMessage::eventId).toList(), e);
      }
      throw e;
    }
    enqueued.clear();
  }

  /** Binds one row of {@link #executeForEach} to its statement. */
  @FunctionalInterface
  private interface RowBinder<T> {
    void bind(PreparedStatement ps, T row) throws SQLException;
  }

  /** Runs {@code sql} once for each of {@code rows}, bound by {@code binder}: one row at once, several in one batch. */
  private <T> void executeForEach(String sql, List<T> rows, RowBinder<T> binder) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (T row : rows) {
        binder.bind(ps, row);
        if (rows.size() == 1) {
          ps.executeUpdate();
        } else {
          ps.addBatch();
        }
      }
      if (rows.size() > 1) {
        ps.executeBatch();
      }
    }
  }

  /** The outbox columns, in the order {@link #message} reads them by position. */
  private static final String OUTBOX_COLUMNS = "event_id, office_id, audience, role_name, event_type, aggregate_id, subject,"
      + " body, occurred_at, status, attempts, next_attempt_at, created_at, delivered_at, last_error";

  /** A row selected with {@link #OUTBOX_COLUMNS}, read by position. */
  private OutboxMessage message(ResultSet rs) throws SQLException {
    Notification n = new Notification(rs.getString(1), OfficeId.of(rs.getString(2)),
        Notification.Audience.valueOf(rs.getString(3)), Optional.ofNullable(rs.getString(4)).map(Role::valueOf),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), Sql.instant(dialect, rs, 9));
    return new OutboxMessage(n, OutboxMessage.Status.valueOf(rs.getString(10)), rs.getInt(11), Sql.instant(dialect, rs, 12),
        Sql.instant(dialect, rs, 13), Sql.optionalInstant(dialect, rs, 14), Optional.ofNullable(rs.getString(15)));
  }

  private List<OutboxMessage> messages(String sql, Object... params) throws SQLException {
    List<OutboxMessage> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Sql.bind(dialect, ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(message(rs));
        }
      }
    }
    return out;
  }

  @Override
  public List<OutboxMessage> claimDue(Instant now, int limit, Duration lease) {
    return sql("claim notifications", () -> {
      List<OutboxMessage> due = messages("SELECT " + OUTBOX_COLUMNS + " FROM pd_outbox WHERE status = 'PENDING'"
          + " AND next_attempt_at <= ? ORDER BY outbox_seq" + dialect.firstRows("?") + " FOR UPDATE SKIP LOCKED", now, limit);
      if (!due.isEmpty()) {
        executeForEach("UPDATE pd_outbox SET next_attempt_at = ? WHERE event_id = ?", due,
            (ps, m) -> Sql.bind(dialect, ps, now.plus(lease), m.eventId()));
      }
      return due;
    });
  }

  @Override
  public void markDelivered(String eventId, Instant at) {
    markAllDelivered(List.of(eventId), at);
  }

  @Override
  public void markAllDelivered(List<String> eventIds, Instant at) {
    if (eventIds.isEmpty()) {
      return;
    }
    sql("mark delivered", () -> {
      executeForEach("UPDATE pd_outbox SET status = 'DELIVERED', delivered_at = ? WHERE event_id = ? AND status <> 'DELIVERED'",
          eventIds, (ps, id) -> Sql.bind(dialect, ps, at, id));
      return null;
    });
  }

  @Override
  public void markFailed(String eventId, String error, Instant nextAttemptAt, boolean dead) {
    update("mark failed", "UPDATE pd_outbox SET status = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
        + " WHERE event_id = ? AND status = 'PENDING'", dead ? "DEAD" : "PENDING", nextAttemptAt,
        error.length() > 1000 ? error.substring(0, 1000) : error, eventId);
  }

  @Override
  public List<OutboxMessage> dead(int limit) {
    return sql("list dead notifications", () -> messages("SELECT " + OUTBOX_COLUMNS
        + " FROM pd_outbox WHERE status = 'DEAD' ORDER BY outbox_seq" + dialect.firstRows("?"), limit));
  }

  @Override
  public boolean retryDead(String eventId, Instant now) {
    return update("retry dead notification", "UPDATE pd_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
        + " WHERE event_id = ? AND status = 'DEAD'", now, eventId) == 1;
  }

  @Override
  public Optional<OutboxMessage> find(String eventId) {
    return sql("find notification", () -> messages("SELECT " + OUTBOX_COLUMNS + " FROM pd_outbox WHERE event_id = ?", eventId)
        .stream().findFirst());
  }

  @Override
  public Map<OutboxMessage.Status, Long> counts() {
    return sql("count notifications", () -> {
      Map<OutboxMessage.Status, Long> counts = new EnumMap<>(OutboxMessage.Status.class);
      for (OutboxMessage.Status s : OutboxMessage.Status.values()) {
        counts.put(s, 0L);
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM pd_outbox GROUP BY status");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(OutboxMessage.Status.valueOf(rs.getString(1)), rs.getLong(2));
        }
      }
      return counts;
    });
  }

  private int update(String what, String sql, Object... params) {
    return sql(what, () -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        Sql.bind(dialect, ps, params);
        return ps.executeUpdate();
      }
    });
  }

  // ------------------------------------------------------------------ timers

  /** Stages the timer; all of a transaction's timers are inserted in one batch at {@link #flush()}. */
  @Override
  public void schedule(TimerEntry t) {
    ensureOpen();
    scheduled.add(t);
  }

  private void flushTimers() throws SQLException {
    if (scheduled.isEmpty()) {
      return;
    }
    try {
      executeForEach(dialect.insertTimerIfAbsent, scheduled, this::bindTimer);
    } catch (SQLException e) {
      if (!(dialect.raceMayViolateUniqueness() && (Sql.isUniqueViolation(e)
          || e.getNextException() != null && Sql.isUniqueViolation(e.getNextException())))) {
        throw e;
      }
      // H2 only: a racing transaction inserted one of these timer ids first; insert the rest one by one
      try (PreparedStatement one = c.prepareStatement(dialect.insertTimerIfAbsent)) {
        for (TimerEntry t : scheduled) {
          bindTimer(one, t);
          try {
            one.executeUpdate();
          } catch (SQLException dup) {
            if (!Sql.isUniqueViolation(dup)) {
              throw dup;
            }
          }
        }
      }
    }
    scheduled.clear();
  }

  /** Binds {@link Dialect#insertTimerIfAbsent}'s parameters for {@code t}. */
  private void bindTimer(PreparedStatement ps, TimerEntry t) throws SQLException {
    Sql.bind(dialect, ps, t.id(), t.office(), t.aggregateType(), t.aggregateId(), t.kind(), t.dueAt(), t.payload(), t.id());
  }

  /** The timer columns, in the order {@link #timers} reads them by position. */
  private static final String TIMER_COLUMNS = "id, office_id, aggregate_type, aggregate_id, kind, due_at, payload, fired_at";

  private List<TimerEntry> timers(String sql, Object... params) throws SQLException {
    List<TimerEntry> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Sql.bind(dialect, ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // read by position, in the order of TIMER_COLUMNS
          out.add(new TimerEntry(rs.getString(1), OfficeId.of(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
              Sql.instant(dialect, rs, 6), rs.getString(7), Sql.optionalInstant(dialect, rs, 8)));
        }
      }
    }
    return out;
  }

  @Override
  public List<TimerEntry> due(Instant now, int limit) {
    return sql("list due timers", () -> timers("SELECT " + TIMER_COLUMNS + " FROM pd_timer WHERE pending = TRUE AND due_at <= ?"
        // "pending" leads the order so that H2 reads the due index in order and stops at the limit
        + " ORDER BY pending, due_at, id" + dialect.firstRows("?"), now, limit));
  }

  @Override
  public Optional<TimerEntry> claim(String timerId) {
    return sql("claim timer", () -> {
      Optional<TimerEntry> t = timers("SELECT " + TIMER_COLUMNS + " FROM pd_timer WHERE id = ? AND pending = TRUE"
          + " FOR UPDATE SKIP LOCKED", timerId).stream().findFirst();
      t.ifPresent(x -> claimedTimers.add(x.id()));
      return t;
    });
  }

  @Override
  public List<TimerEntry> claimDue(Instant now, int limit) {
    return sql("claim due timers", () -> {
      List<TimerEntry> claimed = timers("SELECT " + TIMER_COLUMNS + " FROM pd_timer WHERE pending = TRUE AND due_at <= ?"
          + " ORDER BY pending, due_at, id" + dialect.firstRows("?") + " FOR UPDATE SKIP LOCKED", now, limit);
      claimed.forEach(t -> claimedTimers.add(t.id()));
      return claimed;
    });
  }

  @Override
  public void markFired(String timerId, Instant at) {
    ensureOpen();
    if (!claimedTimers.contains(timerId)) {
      throw new IllegalStateException("timer " + timerId + " must be claimed in this transaction first");
    }
    if (update("mark timer fired", "UPDATE pd_timer SET pending = FALSE, fired_at = ? WHERE id = ? AND pending = TRUE",
        at, timerId) != 1) {
      throw new StaleVersionException("Timer", timerId, 0, 1);
    }
  }

  @Override
  public long pendingCount() {
    return sql("count timers", () -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pd_timer WHERE pending = TRUE");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}

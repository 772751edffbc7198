package org.propdesk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.postgresql.ds.PGSimpleDataSource;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.IndexField;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.RecordStore;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.StoredRecord;
import org.propdesk.persistence.jdbc.JdbcStorage;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.reporting.complaint.ComplaintAnalysis;
import org.propdesk.reporting.complaint.ComplaintAnalyst;
import org.propdesk.testkit.ComplaintScenarioRunner;
import org.propdesk.testkit.ForwardingStorage;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;

/**
 * The complaint analysis report over a year of {@value #DEFAULT_ROWS} complaints (投诉分析报表性能), in a
 * 256 MB heap, on H2 (a file database) and PostgreSQL, three ways in the same run:
 *
 * <ul>
 *   <li>{@code propDesk}: {@link ComplaintAnalyst} through {@code desk.records()}, SQL pushdown;
 *   <li>{@code handWrittenSql}: the same figures from hand-written {@code GROUP BY} queries over the
 *       same columns, as a DBA would write them (the baseline: target within 1.2× on PostgreSQL);
 *   <li>{@code streamingThroughJava}: the same analyst on a storage that does not push down, so every
 *       record streams through Java (the alternative: PropDesk must be at least 2.5× faster).
 * </ul>
 *
 * <p>The rows are real complaint snapshots: the records seeded scenarios leave in an in-memory store
 * (documents and index values as the workflows wrote them), cloned under new ids up to the row count.
 * The database is built once and kept under {@code target/bench-data} (H2) or in the schema {@code
 * pd_bench_analysis_<rows>} (PostgreSQL), so later runs skip the load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class ComplaintAnalysisBenchmark {
  static final int DEFAULT_ROWS = 1_000_000;
  private static final ReportPeriod YEAR = ReportPeriod.year(2026);
  private static final Instant AS_OF = Instant.parse("2026-12-31T00:00:00Z");

  /** The database: {@code h2} or {@code postgresql}. */
  @Param({"h2", "postgresql"})
  public String database;

  /** How many complaints the table holds. */
  @Param({"1000000"})
  public int rows;

  private DataSource dataSource;
  private PropDesk pushdown;
  private PropDesk streaming;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    dataSource = dataSource(database, rows);
    JdbcStorage storage = JdbcStorage.create(dataSource);
    load(dataSource, storage, rows);
    pushdown = desk(storage);
    streaming = desk(new NoPushdown(storage));
    ComplaintAnalysis a = analyse(pushdown);
    System.out.printf(Locale.ROOT, "%n%s: %d complaints in %s; first reply %s; p90 per class %s%n", database, a.registered(),
        YEAR.code(), a.firstReply(), a.resolution());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    if (dataSource instanceof AutoCloseable c) {
      c.close();
    }
  }

  @Benchmark
  public ComplaintAnalysis propDesk() {
    return analyse(pushdown);
  }

  @Benchmark
  public void handWrittenSql(Blackhole bh) throws SQLException {
    HandWritten.analyse(dataSource, database.equals("postgresql"), YEAR.start(), YEAR.end(), AS_OF, bh);
  }

  @Benchmark
  public ComplaintAnalysis streamingThroughJava() {
    return analyse(streaming);
  }

  private static ComplaintAnalysis analyse(PropDesk desk) {
    return new ComplaintAnalyst(desk).analyse(Fixtures.serviceCentre(), YEAR, Optional.empty()).orElseThrow();
  }

  private static PropDesk desk(Storage storage) {
    return PropDesk.builder().clock(MutableClock.at(AS_OF, Fixtures.ZONE)).ids(IdSource.sequential()).storage(storage)
        .notifier(org.propdesk.core.memory.RecordingNotifier.create()).directory(Fixtures.directory()).build();
  }

  // ------------------------------------------------------------------ the data

  /** A small pool over the database, as a host hands PropDesk its pool; the baseline uses the same one. */
  private static DataSource dataSource(String kind, int rows) {
    return BenchDatabases.pooled(unpooled(kind, rows), 4, "propdesk-bench-analysis-" + kind);
  }

  private static DataSource unpooled(String kind, int rows) {
    if (kind.equals("h2")) {
      Path dir = Path.of("target", "bench-data");
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
      ds.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("analysis-" + rows) + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
      return ds;
    }
    String url = System.getenv().getOrDefault("PROPDESK_POSTGRES_URL", "");
    if (url.isBlank()) {
      throw new IllegalStateException("set PROPDESK_POSTGRES_URL to benchmark PostgreSQL, or run with -p database=h2");
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(System.getenv().getOrDefault("PROPDESK_POSTGRES_USER", "postgres"));
    String schema = "pd_bench_analysis_" + rows;
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema, e);
    }
    ds.setCurrentSchema(schema);
    return ds;
  }

  /** Fills pd_complaint up to {@code rows} with clones of real snapshots, unless it already holds them. */
  private static void load(DataSource ds, JdbcStorage storage, int rows) throws SQLException {
    PropDesk.builder().clock(MutableClock.at(AS_OF, Fixtures.ZONE)).ids(IdSource.sequential()).storage(storage)
        .notifier(org.propdesk.core.memory.RecordingNotifier.create()).directory(Fixtures.directory()).build(); // declares
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pd_complaint")) {
      rs.next();
      if (rs.getLong(1) == rows) {
        return;
      }
      s.execute("DELETE FROM pd_complaint");
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    List<StoredRecord> templates = templates();
    List<IndexField> fields = Complaint.TYPE.schema().fields();
    boolean pg;
    try (Connection c = ds.getConnection()) {
      pg = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
    StringBuilder sql = new StringBuilder("INSERT INTO pd_complaint (id, office_id, version, document");
    fields.forEach(f -> sql.append(", ").append(f.name()));
    sql.append(") VALUES (?, ?, ?, ").append(pg ? "CAST(? AS JSONB)" : "?").append(", ?".repeat(fields.size())).append(')');
    long started = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < rows; i++) {
          StoredRecord t = templates.get(i % templates.size());
          String id = String.format(Locale.ROOT, "B%07d", i);
          ps.setString(1, id);
          ps.setString(2, t.office().value());
          ps.setLong(3, t.version());
          ps.setString(4, t.document().replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + id + "\""));
          for (int k = 0; k < fields.size(); k++) {
            Object v = t.index().get(fields.get(k).name());
            if (v instanceof Instant at) {
              ps.setObject(5 + k, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            } else {
              ps.setObject(5 + k, v);
            }
          }
          ps.addBatch();
          if (i % 2000 == 1999) {
            ps.executeBatch();
            c.commit();
          }
        }
        ps.executeBatch();
        c.commit();
      }
      try (Statement s = c.createStatement()) {
        s.execute(pg ? "ANALYZE pd_complaint" : "ANALYZE");
      }
      c.commit();
    }
    System.out.printf(Locale.ROOT, "%nloaded %d complaints (%d templates, documents of %d characters on average) in %d s%n",
        rows, templates.size(), templates.stream().mapToInt(t -> t.document().length()).sum() / templates.size(),
        (System.nanoTime() - started) / 1_000_000_000L);
  }

  /** The complaint records seeded scenarios leave behind, as the workflows stored them. */
  private static List<StoredRecord> templates() {
    List<StoredRecord> out = new ArrayList<>();
    for (long seed = 1; seed <= 40; seed++) { // short scenarios: histories of a realistic length
      InMemoryStorage memory = InMemoryStorage.create();
      ComplaintScenarioRunner.onStorage(() -> memory).run(seed, 80);
      memory.inTransaction(tx -> {
        tx.records().stream(RecordQuery.of(Complaint.TYPE.name()).build(), out::add);
        return null;
      });
    }
    return out;
  }

  /** A storage that does not push aggregations down: its record store keeps the SPI's streaming default. */
  static final class NoPushdown extends ForwardingStorage {
    NoPushdown(Storage inner) {
      super(inner);
    }

    @Override
    protected RecordStore records(RecordStore r) {
      return new RecordStore() {
        @Override
        public Optional<StoredRecord> find(String type, String id) {
          return r.find(type, id);
        }

        @Override
        public void save(StoredRecord record, long expectedVersion) {
          r.save(record, expectedVersion);
        }

        @Override
        public List<StoredRecord> query(RecordQuery query) {
          return r.query(query);
        }

        @Override
        public void stream(RecordQuery query, Consumer<StoredRecord> sink) {
          r.stream(query, sink);
        }
      };
    }
  }

  /** The analysis's figures from hand-written SQL over the same columns. */
  static final class HandWritten {
    private HandWritten() {}

    static void analyse(DataSource ds, boolean pg, LocalDate from, LocalDate to, Instant asOf, Blackhole bh) throws SQLException {
      String period = " FROM pd_complaint WHERE registered_on >= ? AND registered_on < ?";
      String median = pg ? "percentile_disc(0.5) WITHIN GROUP (ORDER BY resolution_minutes)" : "MEDIAN(resolution_minutes)";
      String p90 = pg ? "percentile_disc(0.9) WITHIN GROUP (ORDER BY resolution_minutes)"
          : "PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY resolution_minutes)";
      try (Connection c = ds.getConnection()) {
        c.setReadOnly(true);
        run(c, bh, "SELECT complaint_class, category, channel, validity, complained_department, COUNT(*),"
            + " COUNT(CASE WHEN first_reply_on_time THEN 1 END), COUNT(first_reply_on_time),"
            + " COUNT(CASE WHEN agreed_time_kept THEN 1 END), COUNT(agreed_time_kept), SUM(days_contacted), SUM(days_open)"
            + period + " GROUP BY complaint_class, category, channel, validity, complained_department", from, to);
        run(c, bh, "SELECT COUNT(*)" + period + " AND first_reply_at IS NULL AND first_reply_deadline < ?", from, to,
            OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC));
        run(c, bh, "SELECT complained_person, COUNT(*)" + period + " AND complained_person IS NOT NULL GROUP BY complained_person",
            from, to);
        run(c, bh, "SELECT office_id, COUNT(*)" + period + " GROUP BY office_id", from, to);
        run(c, bh, "SELECT complaint_class, COUNT(*), " + median + ", " + p90
            + " FROM pd_complaint WHERE resolved_on >= ? AND resolved_on < ? GROUP BY complaint_class", from, to);
        run(c, bh, "SELECT major_criteria, COUNT(*) FROM pd_complaint WHERE became_major_on >= ? AND became_major_on < ?"
            + " GROUP BY major_criteria", from, to);
        run(c, bh, "SELECT id, office_id, registered_on, became_major_on, major_criteria, state FROM pd_complaint"
            + " WHERE became_major_on >= ? AND became_major_on < ? ORDER BY became_major_at DESC, id FETCH FIRST 500 ROWS ONLY",
            from, to);
        run(c, bh, "SELECT last_callback, COUNT(*) FROM pd_complaint WHERE last_callback_on >= ? AND last_callback_on < ?"
            + " GROUP BY last_callback", from, to);
        run(c, bh, "SELECT owner_id, unit_id, COUNT(*)" + period + " GROUP BY owner_id, unit_id HAVING COUNT(*) >= 2", from, to);
        run(c, bh, "SELECT registered_on, COUNT(*) FROM pd_complaint WHERE registered_on >= ? AND registered_on < ?"
            + " GROUP BY registered_on", to.minusMonths(12), to);
        run(c, bh, "SELECT complaint_class, category, COUNT(*)" + period + " GROUP BY complaint_class, category",
            from.minusYears(1), from);
      }
    }

    private static void run(Connection c, Blackhole bh, String sql, Object... params) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              bh.consume(rs.getObject(i));
            }
          }
        }
      }
    }
  }
}

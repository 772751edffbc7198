package org.propdesk.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.complaint.ContactChannel;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.complaint.RepeatMatching;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.IdSource;
import org.propdesk.persistence.jdbc.JdbcStorage;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;

/**
 * Complaint commands per second (投诉命令吞吐) on H2 (file) and PostgreSQL, with 1 and 8 threads on two
 * offices, beside a hand-written baseline of the same durable work in plain JDBC on the same pool: per
 * command, one {@code UPDATE} with a version check, one journal {@code INSERT} and the {@code COMMIT}.
 *
 * <p>One lifecycle is six commands, each its own transaction: register, reply, judge valid, follow
 * up, resolve, call back (closed). Both scores are per command. Run: {@code mvn -pl benchmarks -am
 * package exec:exec -DskipTests}; for PostgreSQL set {@code PROPDESK_POSTGRES_URL}; for H2 only add
 * {@code -Djmh.args="-p database=h2"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ComplaintLifecycleBenchmark {
  /** Commands in one lifecycle. */
  static final int COMMANDS = 6;

  @Param({"h2", "postgresql"})
  public String database;

  private DataSource dataSource;
  private PropDesk desk;
  /** Moves one minute per lifecycle, so registration and closing instants differ as in an office. */
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private final AtomicInteger threadIds = new AtomicInteger();

  /** Per thread: which office and unit it works on, and its baseline row and statements. */
  @State(Scope.Thread)
  public static class Worker {
    OfficeId office;
    int unit;
    int lifecycles;
    Connection baseline;
    PreparedStatement update;
    PreparedStatement journal;
    String itemId;
    long version;

    @Setup(Level.Trial)
    public void setUp(ComplaintLifecycleBenchmark bench) throws SQLException {
      open(bench.dataSource, bench.threadIds.getAndIncrement());
    }

    /** Thread {@code n}'s office, unit and baseline row, on {@code dataSource}. */
    void open(DataSource dataSource, int n) throws SQLException {
      office = n % 2 == 0 ? Fixtures.OFFICE_1 : Fixtures.OFFICE_2;
      unit = 1 + (n / 2) % Fixtures.UNITS_PER_OFFICE;
      itemId = "B-" + n;
      baseline = dataSource.getConnection();
      baseline.setAutoCommit(true);
      try (PreparedStatement ps = baseline.prepareStatement(
          "INSERT INTO bench_item (id, office_id, version, document) VALUES (?, ?, 1, ?)")) {
        ps.setString(1, itemId);
        ps.setString(2, office.value());
        ps.setString(3, DOCUMENT);
        ps.executeUpdate();
      }
      version = 1;
      baseline.setAutoCommit(false);
      update = baseline.prepareStatement("UPDATE bench_item SET version = ?, document = ? WHERE id = ? AND version = ?");
      journal = baseline.prepareStatement("INSERT INTO bench_journal (office_id, aggregate_id, action_name, payload)"
          + " VALUES (?, ?, ?, ?)");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      update.close();
      journal.close();
      baseline.close();
    }
  }

  /**
   * Per thread: the floor (下限) of PropDesk's durable work, in plain JDBC on the same pool. In setup a
   * real complaint is registered and replied to through the facade; the rows that reply wrote (the
   * complaint's row, its journal entry and its outbox rows) are read back, and each floor command
   * writes them again: the {@code UPDATE} of every column with a version check (the state toggled, so
   * the indexes change as a real transition does), the journal {@code INSERT}, one outbox
   * {@code INSERT} per row, and the {@code COMMIT}. No read, no decoding, no domain logic: no
   * implementation of this data model can do less per command.
   */
  @State(Scope.Thread)
  public static class FloorWorker {
    Connection c;
    PreparedStatement update;
    PreparedStatement journal;
    PreparedStatement outbox;
    String id;
    long version;
    Object[] row;
    Object[] entry;
    List<Object[]> events;
    long outboxIds;
    String threadTag;

    @Setup(Level.Trial)
    public void setUp(ComplaintLifecycleBenchmark bench) throws SQLException {
      open(bench.desk, bench.dataSource, bench.threadIds.getAndIncrement(), bench.database.equals("postgresql"));
    }

    void open(PropDesk desk, DataSource dataSource, int n, boolean jsonb) throws SQLException {
      OfficeId office = n % 2 == 0 ? Fixtures.OFFICE_1 : Fixtures.OFFICE_2;
      Complaint registered = desk.complaints().register(Fixtures.clerk(office),
          Fixtures.registration(office, 1 + (n / 2) % Fixtures.UNITS_PER_OFFICE).build()).orElseThrow();
      Complaint replied = desk.complaints().reply(Fixtures.clerk(office), registered.id(),
          Reply.of("A technician will come within the hour.")).orElseThrow();
      id = replied.id().value();
      version = replied.version();
      threadTag = "F" + n + "-";
      c = dataSource.getConnection();
      c.setAutoCommit(false);
      row = read(c, "SELECT " + String.join(", ", ROW) + " FROM pd_complaint WHERE id = ?", id);
      entry = read(c, "SELECT " + String.join(", ", ENTRY) + " FROM pd_journal_entry WHERE aggregate_id = ?"
          + " ORDER BY entry_id DESC", id);
      events = readAll(c, "SELECT " + String.join(", ", OUTBOX) + " FROM pd_outbox WHERE aggregate_id = ?"
          + " AND occurred_at = (SELECT MAX(occurred_at) FROM pd_outbox WHERE aggregate_id = ?) ORDER BY outbox_seq", id);
      c.commit();
      update = c.prepareStatement("UPDATE pd_complaint SET version = ?, " + String.join(", ",
          ROW.stream().skip(1).map(col -> col.equals("document") && jsonb ? "document = CAST(? AS JSONB)" : col + " = ?").toList())
          + " WHERE id = ? AND version = ?");
      journal = c.prepareStatement(insert("pd_journal_entry", ENTRY));
      outbox = c.prepareStatement(insert("pd_outbox", OUTBOX));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      update.close();
      journal.close();
      outbox.close();
      c.close();
    }
  }

  /** The complaint row's columns the floor rewrites (after {@code version}, which it increments). */
  static final List<String> ROW = List.of("version", "document", "desk_id", "channel", "owner_id", "unit_id", "category",
      "state", "complaint_class", "handler_role", "repeat_of", "registered_at", "first_reply_deadline", "first_reply_at",
      "first_reply_on_time", "upgrade_due", "resolved_at", "closed_at", "times_raised", "reopen_count",
      "complained_department", "complained_person", "agreed_handling_time", "agreed_time_kept", "resolution_target",
      "resolved_on_target");
  static final List<String> ENTRY = List.of("office_id", "happened_at", "actor", "aggregate_type", "aggregate_id",
      "action_name", "from_state", "to_state", "payload");
  static final List<String> OUTBOX = List.of("event_id", "office_id", "audience", "role_name", "event_type",
      "aggregate_id", "subject", "body", "occurred_at", "status", "attempts", "next_attempt_at", "created_at",
      "delivered_at", "last_error");

  private static String insert(String table, List<String> columns) {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
  }

  private static Object[] read(Connection c, String sql, String id) throws SQLException {
    List<Object[]> rows = readAll(c, sql, id);
    if (rows.isEmpty()) {
      throw new IllegalStateException("nothing read by " + sql);
    }
    return rows.get(0);
  }

  private static List<Object[]> readAll(Connection c, String sql, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
        ps.setString(i, id);
      }
      List<Object[]> rows = new java.util.ArrayList<>();
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] values = new Object[n];
          for (int i = 0; i < n; i++) {
            values[i] = rs.getObject(i + 1);
          }
          rows.add(values);
        }
      }
      return rows;
    }
  }

  /** The floor's one command: PropDesk's reply rows, written again with a version check, and COMMIT. */
  static void floorCommand(FloorWorker w) throws SQLException {
    int p = 1;
    w.update.setLong(p++, w.version + 1);
    for (int i = 1; i < ROW.size(); i++) {
      Object value = ROW.get(i).equals("state") ? (w.version % 2 == 0 ? "REGISTERED" : "IN_HANDLING") : w.row[i];
      w.update.setObject(p++, value instanceof org.postgresql.util.PGobject json ? json.getValue() : value);
    }
    w.update.setString(p++, w.id);
    w.update.setLong(p, w.version);
    if (w.update.executeUpdate() != 1) {
      w.c.rollback();
      throw new IllegalStateException("stale version of " + w.id);
    }
    for (int i = 0; i < ENTRY.size(); i++) {
      w.journal.setObject(i + 1, w.entry[i]);
    }
    w.journal.executeUpdate();
    for (Object[] event : w.events) {
      w.outbox.setString(1, w.threadTag + w.outboxIds++);
      for (int i = 1; i < OUTBOX.size(); i++) {
        w.outbox.setObject(i + 1, event[i]);
      }
      w.outbox.executeUpdate();
    }
    w.c.commit();
    w.version++;
  }

  /** A document of about the size of a complaint's snapshot in the middle of its life. */
  static final String DOCUMENT = "{\"state\":\"IN_HANDLING\",\"content\":\"" + "x".repeat(1500) + "\"}";

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    dataSource = BenchDatabases.fresh(database, "lifecycle");
    desk = desk(JdbcStorage.create(dataSource), clock);
    createBaselineTables(dataSource);
  }

  static void createBaselineTables(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bench_item (id VARCHAR(64) PRIMARY KEY, office_id VARCHAR(64) NOT NULL,"
          + " version BIGINT NOT NULL, document VARCHAR(100000) NOT NULL)");
      s.execute("CREATE TABLE bench_journal (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
          + " office_id VARCHAR(64) NOT NULL, aggregate_id VARCHAR(64) NOT NULL, action_name VARCHAR(64) NOT NULL,"
          + " payload VARCHAR(100000) NOT NULL)");
    }
  }

  /** A desk on {@code storage} whose clock stands still at 2026-03-02 09:00 in Shanghai. */
  static PropDesk desk(org.propdesk.core.spi.Storage storage) {
    return desk(storage, Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai")));
  }

  static PropDesk desk(org.propdesk.core.spi.Storage storage, Clock clock) {
    return PropDesk.builder()
        .clock(clock)
        .ids(IdSource.prefixed("bench"))
        .storage(storage)
        .notifier(RecordingNotifier.create())
        .directory(Fixtures.directory())
        .complaintPolicies(ComplaintPolicies.seedDefaults().withRepeatMatching(RepeatMatching.explicitOnly()))
        .build();
  }

  /** One full lifecycle through the facade: six commands, six transactions. */
  static Complaint lifecycle(PropDesk desk, OfficeId office, int unit) {
    Complaint c = desk.complaints().register(Fixtures.clerk(office), Fixtures.registration(office, unit).build()).orElseThrow();
    desk.complaints().reply(Fixtures.clerk(office), c.id(), Reply.of("A technician will come within the hour.")).orElseThrow();
    desk.complaints().judge(Fixtures.supervisor(office), c.id(), Judgement.valid(false, false)).orElseThrow();
    desk.complaints().followUp(Fixtures.assistant(office), c.id(), FollowUpContact.now(ContactChannel.PHONE, "Waiting.")).orElseThrow();
    desk.complaints().resolve(Fixtures.assistant(office), c.id(), "Replaced the lamp.").orElseThrow();
    return desk.complaints().callback(Fixtures.clerk(office), c.id(), new Callback(CallbackOutcome.SATISFIED, "Thanks")).orElseThrow();
  }

  /** The baseline's one command: UPDATE with a version check, journal INSERT, COMMIT. */
  static void baselineCommand(Worker w) throws SQLException {
    w.update.setLong(1, w.version + 1);
    w.update.setString(2, DOCUMENT);
    w.update.setString(3, w.itemId);
    w.update.setLong(4, w.version);
    if (w.update.executeUpdate() != 1) {
      w.baseline.rollback();
      throw new IllegalStateException("stale version of " + w.itemId);
    }
    w.journal.setString(1, w.office.value());
    w.journal.setString(2, w.itemId);
    w.journal.setString(3, "REPLY");
    w.journal.setString(4, "{\"version\":" + (w.version + 1) + ",\"events\":[{\"type\":\"Replied\"}]}");
    w.journal.executeUpdate();
    w.baseline.commit();
    w.version++;
  }

  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(COMMANDS)
  public Complaint commands1Thread(Worker w) {
    return lifecycle(desk, w);
  }

  @Benchmark
  @Threads(8)
  @OperationsPerInvocation(COMMANDS)
  public Complaint commands8Threads(Worker w) {
    return lifecycle(desk, w);
  }

  /**
   * One lifecycle for worker {@code w}: a minute later than the last one, from the next unit of its
   * office in turn, so owners, registration and closing instants vary as they do in an office.
   */
  private Complaint lifecycle(PropDesk desk, Worker w) {
    clock.advance(java.time.Duration.ofMinutes(1));
    int unit = 1 + (w.unit - 1 + w.lifecycles++) % Fixtures.UNITS_PER_OFFICE;
    return lifecycle(desk, w.office, unit);
  }

  @Benchmark
  @Threads(1)
  public void floor1Thread(FloorWorker w) throws SQLException {
    floorCommand(w);
  }

  @Benchmark
  @Threads(8)
  public void floor8Threads(FloorWorker w) throws SQLException {
    floorCommand(w);
  }

  @Benchmark
  @Threads(1)
  public void baseline1Thread(Worker w) throws SQLException {
    baselineCommand(w);
  }

  @Benchmark
  @Threads(8)
  public void baseline8Threads(Worker w) throws SQLException {
    baselineCommand(w);
  }
}

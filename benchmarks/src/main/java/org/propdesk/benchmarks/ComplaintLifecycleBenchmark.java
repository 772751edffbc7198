package org.propdesk.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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
  private final AtomicInteger threadIds = new AtomicInteger();

  /** Per thread: which office and unit it works on, and its baseline row and statements. */
  @State(Scope.Thread)
  public static class Worker {
    OfficeId office;
    int unit;
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

  /** A document of about the size of a complaint's snapshot in the middle of its life. */
  static final String DOCUMENT = "{\"state\":\"IN_HANDLING\",\"content\":\"" + "x".repeat(1500) + "\"}";

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    dataSource = BenchDatabases.fresh(database, "lifecycle");
    desk = desk(JdbcStorage.create(dataSource));
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

  static PropDesk desk(org.propdesk.core.spi.Storage storage) {
    return PropDesk.builder()
        .clock(Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai")))
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
    return lifecycle(desk, w.office, w.unit);
  }

  @Benchmark
  @Threads(8)
  @OperationsPerInvocation(COMMANDS)
  public Complaint commands8Threads(Worker w) {
    return lifecycle(desk, w.office, w.unit);
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

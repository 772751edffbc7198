package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ContactChannel;
import org.propdesk.core.complaint.ContactRecord;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notifier;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.testkit.ComplaintScenarioRunner;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.RetryPolicy;

/** Concurrency, faults and migrations on a real database; run for H2 and for PostgreSQL. */
abstract class JdbcStorageBehaviour {

  /** A new, empty database. */
  abstract DataSource newDataSource();

  private static PropDesk desk(JdbcStorage storage, MutableClock clock, Notifier notifier, IdSource ids) {
    return PropDesk.builder().clock(clock).ids(ids).storage(storage).notifier(notifier).directory(Fixtures.directory())
        .retryPolicy(new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(1), 5)).build();
  }

  @Test
  void sixteenWritersOfFollowUpsOnOneComplaintStoreEverySuccessExactlyOnce() throws Exception {
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    PropDesk d = desk(JdbcStorage.create(newDataSource()), clock, RecordingNotifier.create(), IdSource.sequential());
    Complaint c = d.complaints().register(Fixtures.clerk(Fixtures.OFFICE_1), Fixtures.registration(Fixtures.OFFICE_1, 1).build())
        .orElseThrow();
    // 1,280 contended writes: each one rewrites the complaint's whole document, which grows with every
    // contact, so the run's cost grows with the square of the writes (200 each took two minutes on PostgreSQL)
    int threads = 16;
    int each = 80;
    AtomicInteger successes = new AtomicInteger();
    AtomicInteger gaveUp = new AtomicInteger();
    List<String> succeeded = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int writer = t;
        fs.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < each; i++) {
            String said = "writer " + writer + " contact " + i;
            try {
              d.complaints().followUp(Fixtures.assistant(Fixtures.OFFICE_1), c.id(), FollowUpContact.now(ContactChannel.PHONE, said))
                  .orElseThrow();
              successes.incrementAndGet();
              succeeded.add(said);
            } catch (StaleVersionException e) {
              gaveUp.incrementAndGet();
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : fs) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    Complaint stored = d.complaints().find(Fixtures.clerk(Fixtures.OFFICE_1), c.id()).orElseThrow();
    List<String> replies = stored.contacts().stream().map(ContactRecord::ownerReply).map(o -> o.orElseThrow()).toList();
    System.out.printf("%s: %d follow-ups stored, %d gave up after %d attempts%n", getClass().getSimpleName(), successes.get(),
        gaveUp.get(), org.propdesk.workflows.complaint.ComplaintDesk.ATTEMPTS);
    assertThat(successes.get() + gaveUp.get()).isEqualTo(threads * each);
    assertThat(successes.get()).isPositive();
    assertThat(replies).hasSize(successes.get()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(succeeded);
    assertThat(stored.version()).isEqualTo(1 + successes.get());
    assertThat(d.audit().verify(Fixtures.OFFICE_1).intact()).isTrue();
  }

  @Test
  void aConnectionLostAtAnyStatementOfACommandLeavesNoPartialRows() {
    FailingDataSource ds = new FailingDataSource(newDataSource());
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    PropDesk d = desk(JdbcStorage.create(ds), clock, RecordingNotifier.create(), IdSource.sequential());
    Complaint c = d.complaints().register(Fixtures.clerk(Fixtures.OFFICE_1), Fixtures.registration(Fixtures.OFFICE_1, 1)
        .concernsContractedService(true).build()).orElseThrow();
    d.complaints().judge(Fixtures.supervisor(Fixtures.OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
    // A repeat the clerk links: registers and links a new complaint and raises the open one to major, in one
    // transaction.
    Attempts attempts = failEachExecutionInTurn(ds, () -> Rows.count(ds),
        () -> d.complaints().register(Fixtures.clerk(Fixtures.OFFICE_1), Fixtures.registration(Fixtures.OFFICE_1, 1)
            .repeatOf(c.id()).build()).orElseThrow(),
        (n, before) -> assertThat(Rows.count(ds)).as("after a failure at execution %d", n).isEqualTo(before));
    assertThat(attempts.failures()).as("each of the command's statements and its commit was failed once")
        .isEqualTo(attempts.executions())
        .isGreaterThanOrEqualTo(8); // original's load, insert, link, raise, outbox, timers and journal batches, commit
    assertThat(d.complaints().find(Fixtures.clerk(Fixtures.OFFICE_1), c.id()).orElseThrow().repeats()).hasSize(1);
    assertThat(d.audit().verify(Fixtures.OFFICE_1).intact()).isTrue();
  }

  @Test
  void aConnectionLostAtAnyStatementOfASweepLeavesEachDueTimerFiredOnceOrStillPending() {
    FailingDataSource ds = new FailingDataSource(newDataSource());
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    PropDesk d = desk(JdbcStorage.create(ds), clock, RecordingNotifier.create(), IdSource.sequential());
    for (int unit = 1; unit <= 3; unit++) {
      d.complaints().register(Fixtures.clerk(Fixtures.OFFICE_1), Fixtures.registration(Fixtures.OFFICE_1, unit).build()).orElseThrow();
    }
    d.timers().runDue(); // seals the registrations
    clock.advance(Duration.ofMinutes(16)); // three first-reply alarms are due
    String fired = "SELECT COUNT(*) FROM pd_journal_entry WHERE action_name = 'TIMER_FIRST_REPLY'";
    String pending = "SELECT COUNT(*) FROM pd_timer WHERE kind = 'FIRST_REPLY' AND pending = TRUE";
    String versions = "SELECT SUM(version) FROM pd_complaint";
    record State(Map<String, Long> rows, long pending, long versions) {}
    Attempts attempts = failEachExecutionInTurn(ds, () -> new State(Rows.count(ds), scalar(ds, pending), scalar(ds, versions)),
        d.timers()::runDue, (n, before) -> {
          assertThat(scalar(ds, fired) + scalar(ds, pending)).as("after a failure at execution %d: each alarm fired once or pending", n)
              .isEqualTo(3);
          if (scalar(ds, pending) == before.pending()) {
            assertThat(Rows.count(ds)).as("after a failure at execution %d, in the batch: nothing written", n).isEqualTo(before.rows());
            assertThat(scalar(ds, versions)).isEqualTo(before.versions());
          }
        });
    assertThat(attempts.failures()).as("every statement of the batch, its commit and the seal's first statement")
        .isGreaterThanOrEqualTo(9);
    assertThat(scalar(ds, fired)).isEqualTo(3);
    assertThat(scalar(ds, pending)).isZero();
    assertThat(scalar(ds, versions)).as("each complaint registered and alarmed once").isEqualTo(6);
    assertThat(d.audit().verify(Fixtures.OFFICE_1).intact()).isTrue();
  }

  /** How {@link #failEachExecutionInTurn} went: the failures it injected, and the executions of the run that succeeded. */
  private record Attempts(int failures, int executions) {}

  /**
   * Runs {@code work} with its n-th execution or commit failing, for n = 1, 2, … until a run succeeds. Each
   * failure must surface as a {@link JdbcStorageException}; {@code check} then gets n and what {@code
   * before} saw just before that run.
   */
  private static <S> Attempts failEachExecutionInTurn(FailingDataSource ds, java.util.function.Supplier<S> before, Runnable work,
      java.util.function.BiConsumer<Integer, S> check) {
    for (int n = 1; ; n++) {
      S seen = before.get();
      ds.failOn(n);
      try {
        work.run();
        int executions = ds.executed();
        ds.failOn(0);
        return new Attempts(n - 1, executions);
      } catch (RuntimeException e) {
        ds.failOn(0);
        assertThat(e).isInstanceOf(JdbcStorageException.class);
        check.accept(n, seen);
      }
    }
  }

  private static long scalar(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aNotifierFailingThirtyPercentOfTheTimeEndsWithEveryEventDeliveredOrDead() {
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    SplittableRandom random = new SplittableRandom(30);
    RecordingNotifier delivered = RecordingNotifier.create();
    Notifier flaky = n -> {
      boolean fail;
      synchronized (random) {
        fail = random.nextInt(100) < 30;
      }
      if (fail) {
        throw new IllegalStateException("gateway timeout");
      }
      delivered.deliver(n);
    };
    JdbcStorage storage = JdbcStorage.create(newDataSource());
    PropDesk d = desk(storage, clock, flaky, IdSource.sequential());
    for (int k = 1; k <= 40; k++) {
      org.propdesk.core.org.OfficeId office = k <= 20 ? Fixtures.OFFICE_1 : Fixtures.OFFICE_2;
      Complaint c = d.complaints().register(Fixtures.clerk(office), Fixtures.registration(office, 1 + (k - 1) % 20)
          .content("complaint " + k).build()).orElseThrow();
      d.complaints().judge(Fixtures.supervisor(office), c.id(), Judgement.valid(k % 3 == 0, k % 7 == 0)).orElseThrow();
    }
    long published = 0;
    for (int round = 0; round < 20; round++) {
      published += d.outbox().deliverDue().published();
      clock.advance(Duration.ofMinutes(2));
    }
    Map<OutboxMessage.Status, Long> counts = d.outbox().counts();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    assertThat(total).isGreaterThan(40);
    assertThat(counts.get(OutboxMessage.Status.PENDING)).isZero();
    assertThat(counts.get(OutboxMessage.Status.DELIVERED) + counts.get(OutboxMessage.Status.DEAD)).isEqualTo(total);
    assertThat(published).as("every registration and judgement event reached the event sink").isGreaterThanOrEqualTo(80);
    assertThat(delivered.eventIds().size() + published).isEqualTo(counts.get(OutboxMessage.Status.DELIVERED));
    List<OutboxMessage> dead = d.outbox().dead(1000);
    assertThat(dead).allSatisfy(m -> assertThat(delivered.eventIds()).doesNotContain(m.eventId()));
    assertThat(delivered.deliveries()).extracting(Notification::eventId).doesNotHaveDuplicates();
  }

  @Test
  void aNodeRestartedOnTheSameDatabaseAtTheSameInstantRegistersWithoutACollision() {
    DataSource ds = newDataSource();
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    List<ComplaintId> registered = new ArrayList<>();
    for (int run = 1; run <= 3; run++) {
      // a new process each time: new storage object, new id source, the clock standing at the same instant
      PropDesk node = desk(JdbcStorage.create(ds), clock, RecordingNotifier.create(), IdSource.timeOrdered(clock));
      List<String> thisRun = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        ComplaintId id = node.complaints().register(Fixtures.clerk(Fixtures.OFFICE_1),
            Fixtures.registration(Fixtures.OFFICE_1, 1 + i).build()).orElseThrow().id();
        registered.add(id);
        thisRun.add(id.value());
      }
      assertThat(thisRun).as("one process's ids of one instant sort in the order they were made").isSorted();
    }
    assertThat(registered).hasSize(15).doesNotHaveDuplicates();
  }

  @Test
  void migratingTwiceIsANoOpAndTheHostsTablesAreLeftAlone() throws SQLException {
    DataSource ds = newDataSource();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE erp_invoice (id INTEGER PRIMARY KEY, amount_fen BIGINT NOT NULL)");
      s.execute("INSERT INTO erp_invoice VALUES (1, 12345)");
    }
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    PropDesk first = desk(JdbcStorage.create(ds), clock, RecordingNotifier.create(), IdSource.prefixed("run1"));
    Complaint c = first.complaints().register(Fixtures.clerk(Fixtures.OFFICE_1), Fixtures.registration(Fixtures.OFFICE_1, 2).build())
        .orElseThrow();
    Map<String, Long> before = Rows.count(ds);
    long history = history(ds, "");
    PropDesk second = desk(JdbcStorage.create(ds), clock, RecordingNotifier.create(), IdSource.prefixed("run2"));
    assertThat(Rows.count(ds)).isEqualTo(before);
    assertThat(history(ds, "")).as("the second migration records nothing").isEqualTo(history);
    assertThat(history(ds, " WHERE \"version\" = '1' AND \"success\"")).as("V1 applied once").isEqualTo(1);
    assertThat(second.complaints().find(Fixtures.clerk(Fixtures.OFFICE_1), c.id())).contains(c);
    try (Connection conn = ds.getConnection(); Statement s = conn.createStatement();
        var rs = s.executeQuery("SELECT amount_fen FROM erp_invoice WHERE id = 1")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(12345);
    }
  }

  @Test
  void aDatabaseWithTheEarlierLockedJournalKeepsItsChainAfterTheUpgradeAndGoesOnFromIt() throws SQLException {
    DataSource ds = newDataSource();
    Dialect dialect;
    try (Connection c = ds.getConnection()) {
      dialect = Dialect.of(c);
    }
    // the layout before sealing: migrations up to V3, every entry chained at commit into pd_journal
    Migrations.configure(ds, dialect).target("3").load().migrate();
    List<org.propdesk.core.spi.JournalEntry> old = new ArrayList<>();
    String prev = org.propdesk.core.spi.JournalEntry.GENESIS;
    for (int i = 1; i <= 3; i++) {
      org.propdesk.core.spi.JournalEntry e = org.propdesk.core.spi.JournalEntry.chain(i, new org.propdesk.core.spi.JournalDraft(
          Fixtures.OFFICE_1, java.time.Instant.parse("2026-02-01T01:00:00Z").plusSeconds(i), "S-1", "complaint", "C-OLD",
          "REPLY", "REGISTERED", "REGISTERED", "{\"note\":\"old " + i + "\"}"), prev);
      old.add(e);
      prev = e.hash();
      try (Connection c = ds.getConnection(); var ps = c.prepareStatement("INSERT INTO pd_journal (office_id, seq, happened_at,"
          + " actor, aggregate_type, aggregate_id, action_name, from_state, to_state, payload, prev_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        var d = e.draft();
        Sql.bind(dialect, ps, d.office().value(), e.seq(), d.at(), d.actor(), d.aggregateType(), d.aggregateId(), d.action(),
            d.fromState(), d.toState(), d.payload(), e.prevHash(), e.hash());
        ps.executeUpdate();
      }
    }
    Databases.execute(ds, "INSERT INTO pd_journal_head (office_id, last_seq, last_hash) VALUES ('" + Fixtures.OFFICE_1.value()
        + "', 3, '" + prev + "')");

    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    PropDesk upgraded = desk(JdbcStorage.create(ds), clock, RecordingNotifier.create(), IdSource.timeOrdered(clock));
    upgraded.complaints().register(Fixtures.clerk(Fixtures.OFFICE_1), Fixtures.registration(Fixtures.OFFICE_1, 1).build())
        .orElseThrow();

    var v = upgraded.audit().verify(Fixtures.OFFICE_1);
    assertThat(v.intact()).as(v.problem().orElse("")).isTrue();
    assertThat(v.entriesChecked()).isEqualTo(4);
    assertThat(upgraded.audit().entries(Fixtures.OFFICE_1, 1, 10).subList(0, 3)).isEqualTo(old);
    assertThat(upgraded.audit().head(Fixtures.OFFICE_1).seq()).isEqualTo(4);
  }

  private static long history(DataSource ds, String where) throws SQLException {
    try (Connection conn = ds.getConnection(); Statement s = conn.createStatement();
        var rs = s.executeQuery(Dialect.of(conn).quoteIdentifiers("SELECT COUNT(*) FROM \"" + Migrations.HISTORY_TABLE + "\"" + where))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aDatabaseOfTheUnreleasedFirstLayoutIsRefusedWithAMessageNamingFreshAndIsLeftAlone() throws SQLException {
    DataSource ds = newDataSource();
    Dialect dialect;
    try (Connection c = ds.getConnection()) {
      dialect = Dialect.of(c);
    }
    Databases.execute(ds, dialect.quoteIdentifiers("CREATE TABLE \"" + Migrations.HISTORY_TABLE + "\" (\"installed_rank\" INT,"
        + " \"version\" VARCHAR(50), \"script\" VARCHAR(1000), \"success\" BOOLEAN)"));
    Databases.execute(ds, dialect.quoteIdentifiers("INSERT INTO \"" + Migrations.HISTORY_TABLE + "\" VALUES (1, '1',"
        + " 'V1__complaints_journal_outbox_timers.sql', TRUE)"));
    assertThatThrownBy(() -> JdbcStorage.create(ds))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining("--fresh")
        .hasMessageContaining("unreleased");
    assertThat(history(ds, "")).as("nothing migrated").isEqualTo(1);
  }

  @Test
  void aRecordTypeWhoseTableDisagreesWithItsDeclarationIsRefusedByName() {
    DataSource ds = newDataSource();
    JdbcStorage storage = JdbcStorage.create(ds);
    assertThatThrownBy(() -> storage.declare(org.propdesk.core.spi.RecordSchema.of("complaint",
        org.propdesk.core.spi.IndexField.text("state"), org.propdesk.core.spi.IndexField.text("colour"))))
        .isInstanceOf(IncompatibleSchemaException.class).hasMessageContaining("colour").hasMessageContaining("pd_complaint");
    assertThatThrownBy(() -> storage.declare(org.propdesk.core.spi.RecordSchema.of("complaint",
        org.propdesk.core.spi.IndexField.instant("state"))))
        .isInstanceOf(IncompatibleSchemaException.class).hasMessageContaining("state");
    assertThatThrownBy(() -> storage.declare(org.propdesk.core.spi.RecordSchema.of("no_such_thing")))
        .isInstanceOf(IncompatibleSchemaException.class).hasMessageContaining("pd_no_such_thing");
  }

  @Test
  void everyShippedAggregateTypeMatchesItsMigration() {
    JdbcStorage storage = JdbcStorage.create(newDataSource());
    for (org.propdesk.core.lifecycle.AggregateType<?> t : java.util.List.of(
        org.propdesk.core.complaint.Complaint.TYPE, org.propdesk.core.supervision.DailyReview.TYPE)) {
      storage.declare(t.schema());
    }
  }

  @Test
  void aSchemaManagedByTheHostIsUsedAsItIs() {
    DataSource ds = newDataSource();
    JdbcStorage.create(ds);
    JdbcStorage hostManaged = JdbcStorage.builder(ds).schemaManagedByHost().build();
    long pending = hostManaged.inTransaction(tx -> tx.timers().pendingCount());
    assertThat(pending).isZero();
    assertThatThrownBy(() -> JdbcStorage.builder(newDataSource()).schemaManagedByHost().build()
        .inTransaction(tx -> tx.timers().pendingCount()))
        .isInstanceOf(JdbcStorageException.class).hasMessageContaining("SQL state");
  }

  /** How many seeded scenarios of 120 steps run on this database. */
  int scenarioSeeds() {
    return 3;
  }

  @Test
  void seededComplaintScenariosKeepEveryInvariantOnThisDatabase() {
    ComplaintScenarioRunner runner = ComplaintScenarioRunner.onStorage(() -> JdbcStorage.create(newDataSource()));
    for (long seed = 1; seed <= scenarioSeeds(); seed++) {
      assertThat(runner.run(seed, 120).steps()).isEqualTo(120);
    }
  }
}

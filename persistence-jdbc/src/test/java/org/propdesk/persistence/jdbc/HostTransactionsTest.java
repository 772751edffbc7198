package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;

/**
 * A host's own write and a PropDesk command in one transaction the host holds, on every database:
 * through {@link JdbcStorage#join} (plain JDBC) and through {@link HostTransactions} (as a framework
 * adapter gives it). The host's commit keeps both, its rollback neither, and a command that fails
 * inside leaves the host's transaction as it was.
 */
class HostTransactionsTest {
  private static PropDesk desk(JdbcStorage storage, RecordingNotifier notifier) {
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    return PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock)).storage(storage).notifier(notifier)
        .directory(Fixtures.directory()).build();
  }

  /** The host's own table: an ERP work order that points at the complaint it raised. */
  private static void createWorkOrders(DataSource ds) {
    Databases.execute(ds, "CREATE TABLE erp_work_order (id INTEGER NOT NULL PRIMARY KEY, complaint_id VARCHAR(64))");
  }

  private static void insertWorkOrder(Connection c, int id, String complaintId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO erp_work_order (id, complaint_id) VALUES (?, ?)")) {
      ps.setInt(1, id);
      ps.setString(2, complaintId);
      ps.executeUpdate();
    }
  }

  private static List<String> workOrders(DataSource ds) {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT complaint_id FROM erp_work_order ORDER BY id"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static Complaint register(PropDesk d) {
    return d.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
  }

  /** In the host's transaction on {@code host}: a complaint registered through PropDesk and the host's work order for it. */
  private static Complaint registerWithWorkOrder(JdbcStorage storage, PropDesk d, Connection host, int order) throws SQLException {
    host.setAutoCommit(false);
    try (var scope = storage.join(host)) {
      Complaint c = register(d);
      insertWorkOrder(host, order, c.id().value());
      return c;
    }
  }

  private static Optional<Complaint> find(PropDesk d, ComplaintId id) {
    return d.complaints().find(Fixtures.clerk(OFFICE_1), id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void theHostsCommitKeepsItsRowAndTheComplaintAndTheJournalVerifies(String name, Supplier<DataSource> database)
      throws Exception {
    DataSource ds = database.get();
    createWorkOrders(ds);
    JdbcStorage storage = JdbcStorage.create(ds);
    PropDesk d = desk(storage, RecordingNotifier.create());
    Complaint c;
    try (Connection host = ds.getConnection()) {
      c = registerWithWorkOrder(storage, d, host, 1);
      try (var scope = storage.join(host)) {
        assertThat(find(d, c.id())).as("the host's transaction sees its own complaint").isPresent();
      }
      // another connection sees neither until the host commits
      assertThat(CompletableFuture.supplyAsync(() -> find(d, c.id())).get()).isEmpty();
      assertThat(workOrders(ds)).isEmpty();
      host.commit();
      assertThat(host.getAutoCommit()).as("PropDesk left the host's connection as it was").isFalse();
    }
    assertThat(workOrders(ds)).containsExactly(c.id().value());
    assertThat(find(d, c.id())).contains(c);
    assertThat(d.audit().verify(OFFICE_1).intact()).isTrue();
    assertThat(d.audit().verify(OFFICE_1).entriesChecked()).isEqualTo(1);
    assertThat(Rows.count(ds)).as("the complaint's timers were committed with it").containsEntry("pd_complaint", 1L)
        .hasEntrySatisfying("pd_timer", n -> assertThat(n).isPositive());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void theHostsRollbackLeavesNeitherItsRowNorTheComplaintNorItsJournalOutboxOrTimers(String name,
      Supplier<DataSource> database) throws Exception {
    DataSource ds = database.get();
    createWorkOrders(ds);
    JdbcStorage storage = JdbcStorage.create(ds);
    PropDesk d = desk(storage, RecordingNotifier.create());
    Map<String, Long> before = Rows.count(ds);
    ComplaintId id;
    try (Connection host = ds.getConnection()) {
      id = registerWithWorkOrder(storage, d, host, 1).id();
      host.rollback();
    }
    assertThat(workOrders(ds)).isEmpty();
    assertThat(find(d, id)).isEmpty();
    assertThat(Rows.count(ds)).isEqualTo(before);
    assertThat(d.audit().verify(OFFICE_1).intact()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void aCommandFailingAtAnyStatementInsideTheHostsTransactionLeavesItAsItWasAndTheHostStillCommitsItsOwnRow(String name,
      Supplier<DataSource> database) throws Exception {
    DataSource plain = database.get();
    createWorkOrders(plain);
    FailingDataSource ds = new FailingDataSource(plain);
    JdbcStorage storage = JdbcStorage.create(ds);
    PropDesk d = desk(storage, RecordingNotifier.create());
    int failures = 0;
    for (int n = 1; ; n++) {
      Map<String, Long> before = Rows.count(plain);
      try (Connection host = ds.getConnection()) {
        host.setAutoCommit(false);
        insertWorkOrder(host, n, "before the command");
        ds.failOn(n);
        boolean failed = false;
        try (var scope = storage.join(host)) {
          register(d);
        } catch (JdbcStorageException e) {
          failed = true;
        }
        ds.failOn(0);
        host.commit();
        if (!failed) {
          assertThat(Rows.count(plain).get("pd_complaint")).isEqualTo(before.get("pd_complaint") + 1);
          break;
        }
        failures++;
        assertThat(Rows.count(plain)).as("after a failure at statement %d", n).isEqualTo(before);
      }
      assertThat(workOrders(plain)).as("the host's own row survives the failed command").hasSize(n);
    }
    assertThat(failures).as("every statement of the command was failed once").isGreaterThanOrEqualTo(4);
    assertThat(d.audit().verify(OFFICE_1).intact()).isTrue();
  }

  /** A framework's transactions, as an adapter gives them: the connection bound to the thread, if any. */
  private static final class ThreadBoundTransactions implements HostTransactions {
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    private final List<Connection> released = new ArrayList<>();

    @Override
    public @Nullable Connection currentConnection() {
      return bound.get();
    }

    @Override
    public void release(Connection connection) {
      released.add(connection);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void hostTransactionsGivenToTheBuilderAreJoinedWhileBoundAndReleasedAfterEachUse(String name,
      Supplier<DataSource> database) throws Exception {
    DataSource ds = database.get();
    createWorkOrders(ds);
    ThreadBoundTransactions framework = new ThreadBoundTransactions();
    JdbcStorage storage = JdbcStorage.builder(ds).hostTransactions(framework).build();
    PropDesk d = desk(storage, RecordingNotifier.create());
    ComplaintId rolledBack;
    try (Connection host = ds.getConnection()) {
      host.setAutoCommit(false);
      framework.bound.set(host);
      rolledBack = register(d).id();
      insertWorkOrder(host, 1, rolledBack.value());
      host.rollback();
      framework.bound.remove();
    }
    assertThat(framework.released).isNotEmpty().allMatch(c -> c != null);
    int releases = framework.released.size();
    assertThat(find(d, rolledBack)).isEmpty();
    assertThat(workOrders(ds)).isEmpty();

    ComplaintId own = register(d).id();
    assertThat(framework.released).as("no host transaction: PropDesk ran and committed its own").hasSize(releases);
    assertThat(find(d, own)).isPresent();
  }

  @Test
  void joiningAConnectionInAutoCommitModeIsRefusedNamingTheConnectionAndTheRule() throws SQLException {
    DataSource ds = Databases.h2();
    JdbcStorage storage = JdbcStorage.create(ds);
    try (Connection host = ds.getConnection()) {
      assertThatThrownBy(() -> storage.join(host)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("connection").hasMessageContaining("auto-commit");
      assertThatThrownBy(() -> storage.join(null)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("connection");
    }
  }

  @Test
  void aThreadJoinsOneHostTransactionAtATimeAndAfterTheScopeClosesCommandsCommitOnTheirOwn() throws SQLException {
    DataSource ds = Databases.h2();
    JdbcStorage storage = JdbcStorage.create(ds);
    PropDesk d = desk(storage, RecordingNotifier.create());
    try (Connection host = ds.getConnection(); Connection other = ds.getConnection()) {
      host.setAutoCommit(false);
      other.setAutoCommit(false);
      var scope = storage.join(host);
      assertThatThrownBy(() -> storage.join(other)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already joined");
      scope.close();
      scope.close();
      ComplaintId id = register(d).id();
      host.rollback();
      assertThat(find(d, id)).as("registered after the scope closed: committed by PropDesk itself").isPresent();
    }
  }
}

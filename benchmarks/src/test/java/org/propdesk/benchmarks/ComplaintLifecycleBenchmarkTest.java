package org.propdesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.persistence.jdbc.JdbcStorage;
import org.propdesk.testkit.Fixtures;
import org.propdesk.workflows.PropDesk;

/** Keeps the benchmarks honest without timing anything: what they run works and writes what they claim. */
class ComplaintLifecycleBenchmarkTest {

  @Test
  void oneLifecycleClosesTheComplaintInSixVersions() {
    DataSource ds = BenchDatabases.fresh("h2", "test");
    PropDesk desk = ComplaintLifecycleBenchmark.desk(JdbcStorage.create(ds));
    Complaint c = ComplaintLifecycleBenchmark.lifecycle(desk, Fixtures.OFFICE_1, 2);
    assertThat(c.state()).isEqualTo(ComplaintState.CLOSED);
    assertThat(c.version()).isEqualTo(ComplaintLifecycleBenchmark.COMMANDS);
    assertThat(desk.audit().verify(Fixtures.OFFICE_1).entriesChecked()).isEqualTo(ComplaintLifecycleBenchmark.COMMANDS);
  }

  @Test
  void theBaselineCommandUpdatesWithAVersionCheckAndJournalsInOneCommit() throws Exception {
    DataSource ds = BenchDatabases.fresh("h2", "baseline");
    ComplaintLifecycleBenchmark.createBaselineTables(ds);
    ComplaintLifecycleBenchmark.Worker w = new ComplaintLifecycleBenchmark.Worker();
    w.open(ds, 0);
    for (int i = 0; i < 3; i++) {
      ComplaintLifecycleBenchmark.baselineCommand(w);
    }
    w.tearDown();
    assertThat(count(ds, "SELECT version FROM bench_item")).isEqualTo(4);
    assertThat(count(ds, "SELECT COUNT(*) FROM bench_journal")).isEqualTo(3);
  }

  @Test
  void theFloorRewritesTheRowsOfARealReplyWithAVersionCheckAndNewOutboxEvents() throws Exception {
    DataSource ds = BenchDatabases.fresh("h2", "floor");
    PropDesk desk = ComplaintLifecycleBenchmark.desk(JdbcStorage.create(ds));
    ComplaintLifecycleBenchmark.FloorWorker w = new ComplaintLifecycleBenchmark.FloorWorker();
    w.open(desk, ds, 0, false);
    long journalBefore = count(ds, "SELECT COUNT(*) FROM pd_journal_entry");
    long outboxBefore = count(ds, "SELECT COUNT(*) FROM pd_outbox");
    int outboxPerReply = w.events.size();
    for (int i = 0; i < 3; i++) {
      ComplaintLifecycleBenchmark.floorCommand(w);
    }
    w.tearDown();
    // registered (1) and replied (2): three floor commands take the row to version 5
    assertThat(count(ds, "SELECT version FROM pd_complaint")).isEqualTo(5);
    assertThat(count(ds, "SELECT COUNT(*) FROM pd_journal_entry") - journalBefore).isEqualTo(3);
    assertThat(outboxPerReply).isPositive();
    assertThat(count(ds, "SELECT COUNT(*) FROM pd_outbox") - outboxBefore).isEqualTo(3L * outboxPerReply);
  }

  private static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

package org.propdesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.persistence.jdbc.JdbcStorage;
import org.propdesk.testkit.Fixtures;
import org.propdesk.workflows.PropDesk;

/** Keeps the benchmark honest without timing anything: the lifecycle runs, and the baseline's row count is right. */
class ComplaintLifecycleBenchmarkTest {
  private static final List<String> TABLES = List.of("pd_complaint", "pd_journal_entry", "pd_outbox", "pd_timer");

  @Test
  void oneLifecycleClosesTheComplaintAndWritesAsManyRowsAsTheBaseline() throws SQLException {
    DataSource ds = BenchDatabases.fresh("h2", "test");
    PropDesk desk = ComplaintLifecycleBenchmark.desk(JdbcStorage.create(ds));
    ComplaintLifecycleBenchmark.lifecycle(desk, Fixtures.OFFICE_1, 1);
    long before = inserted(ds);
    Complaint c = ComplaintLifecycleBenchmark.lifecycle(desk, Fixtures.OFFICE_1, 2);
    long inserts = inserted(ds) - before;
    long updates = c.version() - 1; // the record's updates; journal entries are inserted unsealed, no head moves

    assertThat(c.state()).isEqualTo(ComplaintState.CLOSED);
    assertThat(c.version()).isEqualTo(ComplaintLifecycleBenchmark.COMMANDS);
    assertThat(inserts + updates).as("rows inserted (%d) plus updated (complaint, %d)", inserts, updates)
        .isEqualTo(ComplaintLifecycleBenchmark.ROWS_PER_LIFECYCLE);
  }

  private static long inserted(DataSource ds) throws SQLException {
    long n = 0;
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String t : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
          rs.next();
          n += rs.getLong(1);
        }
      }
    }
    return n;
  }
}

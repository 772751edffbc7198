package org.propdesk.persistence.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Row counts of every PropDesk table, to prove that a failed command wrote nothing. */
final class Rows {
  static final List<String> TABLES = List.of("pd_complaint", "pd_daily_review", "pd_visit", "pd_journal_entry",
      "pd_journal_head", "pd_outbox", "pd_timer", "pd_idempotency");

  private Rows() {}

  static Map<String, Long> count(DataSource ds) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String t : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
          rs.next();
          counts.put(t, rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }
}

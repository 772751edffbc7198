package org.propdesk.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalHead;
import org.propdesk.testkit.JournalRows;

/** The stored journal of a JdbcStorage database through plain SQL, as an attacker with a database login has. */
final class SqlJournalRows implements JournalRows {
  private final DataSource ds;

  SqlJournalRows(DataSource ds) {
    this.ds = ds;
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T sql(Work<T> work) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(true);
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<JournalEntry> sealed(OfficeId office) {
    return sql(c -> {
      List<JournalEntry> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT * FROM pd_journal_entry WHERE office_id = ? AND seq IS NOT NULL ORDER BY seq")) {
        ps.setString(1, office.value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new JournalEntry(rs.getLong("seq"), new JournalDraft(office,
                Sql.instant(Dialect.of(c), rs, "happened_at"), rs.getString("actor"), rs.getString("aggregate_type"),
                rs.getString("aggregate_id"), rs.getString("action_name"), rs.getString("from_state"),
                rs.getString("to_state"), rs.getString("payload")), rs.getString("prev_hash"), rs.getString("hash")));
          }
        }
      }
      return out;
    });
  }

  @Override
  public void overwrite(OfficeId office, long seq, JournalEntry e) {
    sql(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE pd_journal_entry SET seq = ?, happened_at = ?, actor = ?,"
          + " aggregate_type = ?, aggregate_id = ?, action_name = ?, from_state = ?, to_state = ?, payload = ?,"
          + " prev_hash = ?, hash = ? WHERE office_id = ? AND seq = ?")) {
        bindEntry(Dialect.of(c), ps, e);
        ps.setString(12, office.value());
        ps.setLong(13, seq);
        return ps.executeUpdate();
      }
    });
  }

  private static void bindEntry(Dialect dialect, PreparedStatement ps, JournalEntry e) throws SQLException {
    JournalDraft d = e.draft();
    ps.setLong(1, e.seq());
    Sql.set(dialect, ps, 2, d.at());
    ps.setString(3, d.actor());
    ps.setString(4, d.aggregateType());
    ps.setString(5, d.aggregateId());
    ps.setString(6, d.action());
    ps.setString(7, d.fromState());
    ps.setString(8, d.toState());
    ps.setString(9, d.payload());
    ps.setString(10, e.prevHash());
    ps.setString(11, e.hash());
  }

  @Override
  public void delete(OfficeId office, long seq) {
    sql(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM pd_journal_entry WHERE office_id = ? AND seq = ?")) {
        ps.setString(1, office.value());
        ps.setLong(2, seq);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public void insert(JournalEntry e) {
    sql(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO pd_journal_entry (seq, happened_at, actor, aggregate_type,"
          + " aggregate_id, action_name, from_state, to_state, payload, prev_hash, hash, office_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        bindEntry(Dialect.of(c), ps, e);
        ps.setString(12, e.draft().office().value());
        return ps.executeUpdate();
      }
    });
  }

  /** Two steps through negative numbers, so the unique index on (office, seq) never sees a duplicate. */
  @Override
  public void renumber(OfficeId office, long fromSeq, long delta) {
    sql(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE pd_journal_entry SET seq = -(seq + ?) WHERE office_id = ? AND seq >= ?")) {
        ps.setLong(1, delta);
        ps.setString(2, office.value());
        ps.setLong(3, fromSeq);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE pd_journal_entry SET seq = -seq WHERE office_id = ? AND seq < 0")) {
        ps.setString(1, office.value());
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public void setHead(JournalHead head) {
    sql(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE pd_journal_head SET last_seq = ?, last_hash = ? WHERE office_id = ?")) {
        ps.setLong(1, head.seq());
        ps.setString(2, head.hash());
        ps.setString(3, head.office().value());
        return ps.executeUpdate();
      }
    });
  }
}

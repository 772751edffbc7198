package org.propdesk.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The few places where H2 and PostgreSQL need different SQL. */
enum Dialect {
  H2(
      "INSERT INTO pd_timer (id, office_id, aggregate_type, aggregate_id, kind, due_at, payload, pending, fired_at)"
          + " SELECT ?, ?, ?, ?, ?, ?, ?, TRUE, NULL FROM (VALUES (1)) WHERE NOT EXISTS (SELECT 1 FROM pd_timer WHERE id = ?)",
      "INSERT INTO pd_journal_head (office_id, last_seq, last_hash)"
          + " SELECT ?, 0, ? FROM (VALUES (1)) WHERE NOT EXISTS (SELECT 1 FROM pd_journal_head WHERE office_id = ?)",
      "?",
      "CHARACTER LARGE OBJECT"),
  POSTGRESQL(
      "INSERT INTO pd_timer (id, office_id, aggregate_type, aggregate_id, kind, due_at, payload, pending, fired_at)"
          + " SELECT ?, ?, ?, ?, ?, ?, ?, TRUE, NULL WHERE ? IS NOT NULL ON CONFLICT (id) DO NOTHING",
      "INSERT INTO pd_journal_head (office_id, last_seq, last_hash)"
          + " SELECT ?, 0, ? WHERE ? IS NOT NULL ON CONFLICT (office_id) DO NOTHING",
      "CAST(? AS JSONB)",
      "JSONB");

  /** Inserts a timer unless one with the id exists: id, office, type, aggregate, kind, due, payload, id. */
  final String insertTimerIfAbsent;

  /** Creates an office's journal head unless it exists: office, genesis hash, office. */
  final String insertJournalHeadIfAbsent;

  /** The parameter marker of a JSON document. */
  final String jsonParameter;

  /** The column type of a JSON document, the migrations' {@code ${json_type}}. */
  final String jsonType;

  Dialect(String insertTimerIfAbsent, String insertJournalHeadIfAbsent, String jsonParameter, String jsonType) {
    this.insertTimerIfAbsent = insertTimerIfAbsent;
    this.insertJournalHeadIfAbsent = insertJournalHeadIfAbsent;
    this.jsonParameter = jsonParameter;
    this.jsonType = jsonType;
  }

  /** Whether a racing duplicate insert can still raise a unique violation (H2), to be ignored. */
  boolean raceMayViolateUniqueness() {
    return this == H2;
  }

  static Dialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new JdbcStorageException("unsupported database " + product + "; PropDesk supports H2 and PostgreSQL");
  }
}

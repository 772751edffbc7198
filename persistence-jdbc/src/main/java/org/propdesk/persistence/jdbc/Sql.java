package org.propdesk.persistence.jdbc;

import java.sql.PreparedStatement;
import org.propdesk.core.spi.IndexField;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Small JDBC helpers: binding and reading instants, dates and optionals in a dialect; SQL state checks. */
final class Sql {
  private Sql() {}

  static void bind(Dialect dialect, PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      set(dialect, ps, i + 1, values[i]);
    }
  }

  /**
   * Binds {@code v} as parameter {@code i}: an instant in UTC (with its offset, or as the UTC
   * date-time where the dialect stores no zone), an enum by name, an optional by its content.
   */
  static void set(Dialect dialect, PreparedStatement ps, int i, @Nullable Object v) throws SQLException {
    if (v instanceof Optional<?> o) {
      v = o.orElse(null);
    }
    if (v == null) {
      ps.setNull(i, Types.NULL);
    } else if (v instanceof Instant t) {
      if (dialect.storesInstantsAsUtcDateTime()) {
        ps.setObject(i, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
      } else {
        ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
      }
    } else if (v instanceof LocalDate d) {
      ps.setObject(i, d);
    } else if (v instanceof Boolean b) {
      ps.setBoolean(i, b);
    } else if (v instanceof Integer n) {
      ps.setInt(i, n);
    } else if (v instanceof Long n) {
      ps.setLong(i, n);
    } else if (v instanceof Double d) {
      ps.setDouble(i, d);
    } else if (v instanceof Enum<?> e) {
      ps.setString(i, e.name());
    } else {
      ps.setString(i, v.toString());
    }
  }

  static Instant instant(Dialect d, ResultSet rs, String column) throws SQLException {
    return instant(d, rs, rs.findColumn(column));
  }

  /** The instant in column {@code col}, which must not be NULL. */
  static Instant instant(Dialect d, ResultSet rs, int col) throws SQLException {
    Instant t = instantOrNull(d, rs, col);
    if (t == null) {
      throw new JdbcStorageException("column " + rs.getMetaData().getColumnLabel(col) + " is unexpectedly NULL");
    }
    return t;
  }

  static Optional<Instant> optionalInstant(Dialect d, ResultSet rs, String column) throws SQLException {
    return optionalInstant(d, rs, rs.findColumn(column));
  }

  static Optional<Instant> optionalInstant(Dialect d, ResultSet rs, int col) throws SQLException {
    return Optional.ofNullable(instantOrNull(d, rs, col));
  }

  private static @Nullable Instant instantOrNull(Dialect d, ResultSet rs, int col) throws SQLException {
    if (d.storesInstantsAsUtcDateTime()) {
      LocalDateTime t = rs.getObject(col, LocalDateTime.class);
      return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
    OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** The value of column {@code col} as an index value of {@code kind}, {@code null} when SQL NULL. */
  static @Nullable Object indexValue(Dialect d, ResultSet rs, int col, IndexField.Kind kind) throws SQLException {
    return switch (kind) {
      case TEXT -> rs.getString(col);
      case INSTANT -> instantOrNull(d, rs, col);
      case DATE -> rs.getObject(col, LocalDate.class);
      case NUMBER -> {
        long n = rs.getLong(col);
        yield rs.wasNull() ? null : n;
      }
      case FLAG -> {
        boolean b = rs.getBoolean(col);
        yield rs.wasNull() ? null : b;
      }
    };
  }

  /** Unique or primary-key violation: SQL state 23505 (H2, PostgreSQL), or error 1062 (MySQL, MariaDB). */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState()) || "23000".equals(e.getSQLState()) && e.getErrorCode() == MYSQL_DUPLICATE_KEY;
  }

  private static final int MYSQL_DUPLICATE_KEY = 1062;
  private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
  private static final int MYSQL_DEADLOCK = 1213;
  private static final int H2_LOCK_TIMEOUT = 50200;

  /**
   * A conflict between concurrent transactions that a retry can resolve: a serialization failure or
   * deadlock (40001, 40P01), or a lock time-out (H2's HYT00 and 50200; MySQL's 1205 and 1213).
   */
  static boolean isConcurrencyConflict(SQLException e) {
    String s = e.getSQLState();
    int code = e.getErrorCode();
    return "40001".equals(s) || "40P01".equals(s) || "HYT00".equals(s) || code == H2_LOCK_TIMEOUT
        || code == MYSQL_LOCK_WAIT_TIMEOUT || code == MYSQL_DEADLOCK;
  }
}

package org.propdesk.persistence.jdbc;

import java.sql.PreparedStatement;
import org.propdesk.core.spi.IndexField;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Small JDBC helpers: binding and reading instants, dates and optionals; SQL state checks. */
final class Sql {
  private Sql() {}

  static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      set(ps, i + 1, values[i]);
    }
  }

  static void set(PreparedStatement ps, int i, @Nullable Object v) throws SQLException {
    if (v instanceof Optional<?> o) {
      v = o.orElse(null);
    }
    if (v == null) {
      ps.setNull(i, Types.NULL);
    } else if (v instanceof Instant t) {
      ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
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

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    if (t == null) {
      throw new JdbcStorageException("column " + column + " is unexpectedly NULL");
    }
    return t.toInstant();
  }

  static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? Optional.empty() : Optional.of(t.toInstant());
  }

  static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  /** The value of column {@code col} as an index value of {@code kind}, {@code null} when SQL NULL. */
  static @Nullable Object indexValue(ResultSet rs, int col, IndexField.Kind kind) throws SQLException {
    return switch (kind) {
      case TEXT -> rs.getString(col);
      case INSTANT -> {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        yield t == null ? null : t.toInstant();
      }
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

  /** Unique or primary-key violation (both databases use SQL state 23505). */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /** A conflict between concurrent transactions that a retry can resolve. */
  static boolean isConcurrencyConflict(SQLException e) {
    String s = e.getSQLState();
    return "40001".equals(s) || "40P01".equals(s) || "HYT00".equals(s) || e.getErrorCode() == 50200;
  }
}

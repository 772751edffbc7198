package org.propdesk.persistence.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.spi.IndexField;
import org.propdesk.core.spi.RecordSchema;

/**
 * The record types declared to one {@link JdbcStorage}, each checked once against its table: {@code
 * pd_<type>} must exist with {@code id}, {@code office_id}, {@code version}, {@code document} and a
 * column of a matching kind per declared index field. Thread-safe.
 */
final class RecordTables {
  private final ConcurrentMap<String, RecordSchema> declared = new ConcurrentHashMap<>();

  /** The table of a record type. */
  static String table(String type) {
    return "pd_" + type;
  }

  void declare(Connection c, Dialect dialect, RecordSchema schema) throws SQLException {
    RecordSchema before = declared.get(schema.type());
    if (before != null) {
      if (!before.equals(schema)) {
        throw new IllegalArgumentException("record type '" + schema.type() + "' is already declared with other fields");
      }
      return;
    }
    Map<String, Integer> columns = columns(c.getMetaData(), dialect.metadataCatalog(c),
        table(schema.type()));
    if (columns.isEmpty()) {
      throw new IncompatibleSchemaException("record type '" + schema.type() + "' needs the table " + table(schema.type())
          + ", which does not exist: the migration of its procedure (db/propdesk/<procedure>/) is missing");
    }
    for (String base : RecordSchema.RESERVED) {
      if (!base.equals("type") && !columns.containsKey(base)) {
        throw new IncompatibleSchemaException("table " + table(schema.type()) + " lacks the column " + base + " every record table has");
      }
    }
    for (IndexField f : schema.fields()) {
      Integer sqlType = columns.get(f.name());
      if (sqlType == null) {
        throw new IncompatibleSchemaException("record type '" + schema.type() + "' declares the index field '" + f.name()
            + "' (" + f.kind() + "), but table " + table(schema.type()) + " has no such column: its migration and its"
            + " declaration disagree");
      }
      if (!fits(f.kind(), sqlType)) {
        throw new IncompatibleSchemaException("column " + table(schema.type()) + "." + f.name() + " has JDBC type " + sqlType
            + ", which cannot hold " + f.kind() + " values: its migration and its declaration disagree");
      }
    }
    if (dialect.collationMayFoldCase()) {
      requireBinaryCollation(c, table(schema.type()));
    }
    declared.putIfAbsent(schema.type(), schema);
  }

  /**
   * On MySQL, refuses a table whose text compares ignoring case or trailing spaces (the server's usual
   * default): ids and keys would then collide that differ on the other databases. The migrations'
   * {@code ${table_options}} gives every table {@code utf8mb4_bin}.
   */
  private static void requireBinaryCollation(Connection c, String table) throws SQLException {
    try (var ps = c.prepareStatement("SELECT table_collation FROM information_schema.tables"
        + " WHERE table_schema = DATABASE() AND table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        String collation = rs.next() ? rs.getString(1) : null;
        if (collation == null || !collation.toLowerCase(Locale.ROOT).endsWith("_bin")) {
          throw new IncompatibleSchemaException("table " + table + " has the collation " + collation + ", which compares"
              + " text ignoring case or trailing spaces; PropDesk's tables need a binary one (utf8mb4_bin): end its"
              + " migration's CREATE TABLE with ${table_options}");
        }
      }
    }
  }

  /**
   * The schema of a declared type.
   *
   * @throws InvalidInputException naming {@code type} when it was not declared
   */
  RecordSchema schema(String type) {
    RecordSchema s = declared.get(type);
    if (s == null) {
      throw new InvalidInputException("type", "record type '" + type + "' was not declared to this storage");
    }
    return s;
  }

  private static Map<String, Integer> columns(DatabaseMetaData md, @Nullable String catalog, String table) throws SQLException {
    Map<String, Integer> out = new HashMap<>();
    for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
      try (ResultSet rs = md.getColumns(catalog, null, name, null)) {
        while (rs.next()) {
          if (isPublic(rs.getString("TABLE_SCHEM"))) {
            out.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"));
          }
        }
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  private static boolean isPublic(@Nullable String schema) {
    return schema == null || !schema.equalsIgnoreCase("information_schema") && !schema.equalsIgnoreCase("pg_catalog");
  }

  private static boolean fits(IndexField.Kind kind, int sqlType) {
    return switch (kind) {
      case TEXT -> sqlType == Types.VARCHAR || sqlType == Types.CHAR || sqlType == Types.NVARCHAR || sqlType == Types.LONGVARCHAR;
      case INSTANT -> sqlType == Types.TIMESTAMP_WITH_TIMEZONE || sqlType == Types.TIMESTAMP;
      case DATE -> sqlType == Types.DATE;
      case NUMBER -> sqlType == Types.BIGINT;
      case FLAG -> sqlType == Types.BOOLEAN || sqlType == Types.BIT || sqlType == Types.TINYINT; // MySQL: TINYINT(1)
    };
  }
}

package org.propdesk.persistence.jdbc;

import java.util.List;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.RecordQuery.Condition;
import org.propdesk.core.spi.RecordSchema;

/**
 * Turns a {@link RecordQuery} into one SELECT over the type's real columns; the document is never
 * parsed. Column names come from the declared schema (checked names), values are bound as parameters.
 * Stateless and thread-safe.
 */
final class RecordSql {
  private RecordSql() {}

  /**
   * The SELECT for {@code q}, a query already {@linkplain RecordQuery#resolvedAgainst resolved}
   * against the schema; its parameters are appended to {@code params} in order.
   */
  static String select(Dialect dialect, RecordSchema schema, RecordQuery q, List<Object> params) {
    return select(dialect, recordColumns(schema), schema, q, params);
  }

  /** The SELECT of the {@linkplain #indexColumns index columns} only: never the document. */
  static String selectIndex(Dialect dialect, RecordSchema schema, RecordQuery q, List<Object> params) {
    return select(dialect, indexColumns(schema), schema, q, params);
  }

  /**
   * The columns a stored record is read from, in this order: id, office, version, document (1-4),
   * then the schema's index fields in their declared order (from {@link #RECORD_FIELDS_FROM}). Named
   * rather than {@code *}, so that a row is read by position.
   */
  static String recordColumns(RecordSchema schema) {
    return columns("id, office_id, version, document", schema);
  }

  /** The column of the first index field in {@link #recordColumns}. */
  static final int RECORD_FIELDS_FROM = 5;

  /**
   * The columns of a record's index, in this order: id, office, version (1-3), then the schema's index
   * fields in their declared order (from {@link #INDEX_FIELDS_FROM}).
   */
  static String indexColumns(RecordSchema schema) {
    return columns("id, office_id, version", schema);
  }

  /** The column of the first index field in {@link #indexColumns}. */
  static final int INDEX_FIELDS_FROM = 4;

  private static String columns(String leading, RecordSchema schema) {
    StringBuilder columns = new StringBuilder(leading);
    schema.fields().forEach(f -> columns.append(", ").append(f.name()));
    return columns.toString();
  }

  private static String select(Dialect dialect, String columns, RecordSchema schema, RecordQuery q, List<Object> params) {
    StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM ").append(RecordTables.table(schema.type()));
    where(schema, q, sql, params);
    sql.append(" ORDER BY ");
    for (RecordQuery.Sort s : q.order()) {
      sql.append(dialect.orderNullsLast(schema.require(s.field()).name(), s.descending())).append(", ");
    }
    sql.append("id");
    if (q.limit() < Integer.MAX_VALUE) {
      sql.append(dialect.firstRows(Integer.toString(q.limit())));
    }
    return sql.toString();
  }

  /**
   * Appends the WHERE clause of {@code q} (resolved) to {@code sql}: its office and its conditions,
   * each value as a parameter appended to {@code params}.
   */
  static void where(RecordSchema schema, RecordQuery q, StringBuilder sql, List<Object> params) {
    sql.append(" WHERE 1 = 1");
    q.office().ifPresent(o -> {
      sql.append(" AND office_id = ?");
      params.add(o.value());
    });
    for (Condition c : q.conditions()) {
      String col = schema.require(c.field()).name();
      switch (c.op()) {
        case EQ -> sql.append(" AND ").append(col).append(" = ?");
        case IN -> sql.append(" AND ").append(col).append(" IN (").append("?, ".repeat(c.values().size() - 1)).append("?)");
        case AT_LEAST -> sql.append(" AND ").append(col).append(" >= ?");
        case BEFORE -> sql.append(" AND ").append(col).append(" < ?");
        case AT_MOST -> sql.append(" AND ").append(col).append(" <= ?");
        case IS_NULL -> sql.append(" AND ").append(col).append(" IS NULL");
        case NOT_NULL -> sql.append(" AND ").append(col).append(" IS NOT NULL");
        case AT_LEAST_OR_NULL -> sql.append(" AND (").append(col).append(" IS NULL OR ").append(col).append(" >= ?)");
      }
      params.addAll(c.values());
    }
  }
}

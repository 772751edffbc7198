package org.propdesk.persistence.jdbc;

import java.util.List;
import org.propdesk.core.spi.Aggregation;
import org.propdesk.core.spi.Aggregation.Measure;
import org.propdesk.core.spi.Aggregation.Statistic;
import org.propdesk.core.spi.RecordSchema;

/**
 * Turns an {@link Aggregation} into SQL over the type's real columns; the document is never read.
 * Column names come from the declared schema (checked names), values are bound as parameters.
 *
 * <p>One {@code GROUP BY} computes the counts, sums and extremes. Percentiles follow the SPI's
 * definition (the value at rank {@code max(1, ceil(fraction * n))}, in double arithmetic): PostgreSQL's
 * {@code percentile_disc} computes exactly that in the same query; H2's does not (it ranks over {@code
 * n - 1}) and MySQL has none, so there a second query ranks the values with window functions. Stateless and
 * thread-safe.
 */
final class AggregateSql {
  private AggregateSql() {}

  /** Whether the dialect needs {@link #percentiles} for the percentile measures. */
  static boolean needsPercentileQuery(Dialect dialect, Aggregation a) {
    return dialect.lacksPercentileDisc() && a.measures().stream().anyMatch(m -> m.statistic() == Statistic.PERCENTILE);
  }

  /**
   * The grouped SELECT: the group columns, then one column per measure (a percentile's column is NULL
   * where the dialect lacks {@code percentile_disc}, filled by {@link #percentiles}); parameters appended
   * to {@code params} in order.
   */
  static String grouped(Dialect dialect, RecordSchema schema, Aggregation a, List<Object> params) {
    StringBuilder sql = new StringBuilder("SELECT ");
    for (String g : a.groupBy()) {
      sql.append(column(schema, g)).append(", ");
    }
    for (int i = 0; i < a.measures().size(); i++) {
      Measure m = a.measures().get(i);
      String f = m.statistic().needsField() ? column(schema, m.field()) : "";
      sql.append(i == 0 ? "" : ", ").append(switch (m.statistic()) {
        case COUNT -> "COUNT(*)";
        case COUNT_PRESENT -> "COUNT(" + f + ")";
        case COUNT_TRUE -> "COUNT(CASE WHEN " + f + " THEN 1 END)";
        case SUM -> dialect.castToBigint("SUM(" + f + ")");
        case MIN -> "MIN(" + f + ")";
        case MAX -> "MAX(" + f + ")";
        case PERCENTILE -> {
          if (dialect.lacksPercentileDisc()) {
            yield dialect.castToBigint("NULL");
          }
          params.add(m.fraction());
          yield "percentile_disc(" + dialect.doubleParameter() + ") WITHIN GROUP (ORDER BY " + f + ")";
        }
      });
    }
    sql.append(" FROM ").append(RecordTables.table(schema.type()));
    RecordSql.where(schema, a.filter(), sql, params);
    if (!a.groupBy().isEmpty()) {
      sql.append(" GROUP BY ").append(String.join(", ", a.groupBy()));
      if (a.minCount() > 1) {
        sql.append(" HAVING COUNT(*) >= ?");
        params.add(a.minCount());
      }
    }
    return sql.toString();
  }

  /**
   * The percentile SELECT for H2 and MySQL: the group columns, then one column per percentile measure, in the
   * order of the measures. Each value is ranked in its group with {@code ROW_NUMBER()} (absent values
   * last) and the one at the SPI's rank is kept.
   */
  static String percentiles(Dialect dialect, RecordSchema schema, Aggregation a, List<Object> params) {
    String partition = a.groupBy().isEmpty() ? "" : "PARTITION BY " + String.join(", ", a.groupBy()) + " ";
    StringBuilder outer = new StringBuilder("SELECT ");
    StringBuilder inner = new StringBuilder("SELECT ");
    for (String g : a.groupBy()) {
      outer.append(column(schema, g)).append(", ");
      inner.append(column(schema, g)).append(", ");
    }
    boolean first = true;
    for (int i = 0; i < a.measures().size(); i++) {
      Measure m = a.measures().get(i);
      if (m.statistic() != Statistic.PERCENTILE) {
        continue;
      }
      String f = column(schema, m.field());
      outer.append(first ? "" : ", ").append("MIN(CASE WHEN rn_").append(i).append(" = GREATEST(1, CEILING(").append(dialect.doubleParameter()).append(" * n_")
          .append(i).append(")) THEN v_").append(i).append(" END)");
      params.add(m.fraction());
      inner.append(first ? "" : ", ").append(f).append(" AS v_").append(i)
          .append(", ROW_NUMBER() OVER (").append(partition).append("ORDER BY ").append(dialect.orderNullsLast(f, false))
          .append(") AS rn_").append(i)
          .append(", COUNT(").append(f).append(") OVER (").append(partition.trim()).append(") AS n_").append(i);
      first = false;
    }
    inner.append(" FROM ").append(RecordTables.table(schema.type()));
    RecordSql.where(schema, a.filter(), inner, params);
    outer.append(" FROM (").append(inner).append(") ranked");
    if (!a.groupBy().isEmpty()) {
      outer.append(" GROUP BY ").append(String.join(", ", a.groupBy()));
    }
    return outer.toString();
  }

  private static String column(RecordSchema schema, String field) {
    return field.equals(Aggregation.OFFICE) ? Aggregation.OFFICE : schema.require(field).name();
  }
}

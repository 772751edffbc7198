package org.propdesk.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.PersonalData;

/**
 * A table of a report (报表): an id, a title, its columns and its rows. A register of a later
 * procedure (deposit ledger, seal use register, ...) is one of these: a query that yields rows, plus
 * the columns in the paper form's order; every format then writes it with no new code.
 *
 * <p>Rows are a {@link Rows} source, so a table of 100,000 rows is streamed from the storage to the
 * file and never held; a writer may go through them once per rendering. Each row holds one cell per
 * column, of the column's {@link Column.Kind} or {@code null} (an empty cell). Immutable (its source
 * must be repeatable) and thread-safe if its source is.
 *
 * @param id a file-name-safe id, 1-40 lower-case letters, digits or {@code -}, unique in the report
 * @param title the title
 * @param columns the columns, at least one (unmodifiable)
 * @param rows the rows
 * @since 0.1.0
 */
public record Table(String id, Text title, List<Column> columns, Rows rows) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  /** A repeatable source of rows: each call hands every row to {@code sink}, in order. */
  @FunctionalInterface
  public interface Rows {
    /** Hands every row, in order, to {@code sink}. */
    void forEach(Consumer<List<?>> sink);

    /** Rows held in memory. */
    static Rows of(List<? extends List<?>> rows) {
      List<List<?>> copy = List.copyOf(rows);
      return sink -> copy.forEach(sink);
    }
  }

  /** Writes one checked row; may fail with an {@link java.io.IOException}. */
  @FunctionalInterface
  public interface RowWriter {
    /** Writes {@code row}. */
    void write(List<?> row) throws java.io.IOException;
  }

  /** Checks the parts. */
  public Table {
    Check.present("id", id);
    Check.that(ID.matcher(id).matches(), "id", "must be 1-40 lower-case letters, digits or -, starting with a letter");
    Check.present("title", title);
    columns = List.copyOf(Check.present("columns", columns));
    Check.that(!columns.isEmpty(), "columns", "needs at least one column");
    Check.present("rows", rows);
  }

  /** A table of rows held in memory. */
  public static Table of(String id, Text title, List<Column> columns, List<? extends List<?>> rows) {
    return new Table(id, title, columns, Rows.of(rows));
  }

  /**
   * Checks a row against the columns, as a writer does before writing it.
   *
   * @throws InvalidInputException naming the table and the column whose cell does not fit
   */
  public void check(List<?> row) {
    if (row.size() != columns.size()) {
      throw new InvalidInputException("rows", "table '" + id + "' has " + columns.size() + " columns; a row holds " + row.size());
    }
    for (int i = 0; i < row.size(); i++) {
      Object v = row.get(i);
      if (v != null && !fits(columns.get(i).kind(), v)) {
        throw new InvalidInputException("rows", "table '" + id + "', column " + (i + 1) + " (" + columns.get(i).kind()
            + ") cannot hold a " + v.getClass().getSimpleName());
      }
    }
  }

  /**
   * Hands every row, {@linkplain #check checked}, to {@code writer}, in order, stopping at the first
   * {@link java.io.IOException}, which is rethrown: the one loop every writer runs over a table.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming the table and the column whose cell
   *     does not fit
   */
  public void writeRows(RowWriter writer) throws java.io.IOException {
    java.io.IOException[] failed = {null};
    rows.forEach(row -> {
      if (failed[0] != null) {
        return;
      }
      check(row);
      try {
        writer.write(row);
      } catch (java.io.IOException e) {
        failed[0] = e;
      }
    });
    if (failed[0] != null) {
      throw failed[0];
    }
  }

  private static boolean fits(Column.Kind kind, Object v) {
    return switch (kind) {
      case TEXT -> v instanceof String || v instanceof Text || v instanceof PersonalData;
      case INTEGER -> v instanceof Long || v instanceof Integer;
      case DECIMAL, PERCENT -> v instanceof BigDecimal;
      case DATE -> v instanceof LocalDate;
      case DATE_TIME -> v instanceof LocalDateTime;
    };
  }
}

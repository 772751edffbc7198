package org.propdesk.reporting.csv;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.propdesk.core.common.Check;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Rendering;
import org.propdesk.reporting.Table;

/**
 * Writes one table of a report as CSV through {@link CsvTable} (UTF-8 with a byte-order mark, RFC
 * 4180, formula injection defused, personal data masked unless permitted): the header in the
 * rendering's language, then every row, streamed. Whole numbers and decimals stay numbers; a ratio
 * column is written in percent, as a number with one decimal ({@code 87.5}), its header ending in
 * {@code (%)}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvReportWriter {
  private CsvReportWriter() {}

  /**
   * Writes {@code table} to {@code out}; the caller owns and closes {@code out}.
   *
   * @return the number of data rows written
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null, or
   *     {@code rows} for a row that does not fit the columns
   * @throws java.io.UncheckedIOException when the writer fails
   */
  public static long write(Table table, Rendering rendering, Writer out) {
    Check.present("table", table);
    Check.present("rendering", rendering);
    Check.present("out", out);
    List<String> header = table.columns().stream()
        .map(c -> rendering.text(c.header()) + (c.kind() == Column.Kind.PERCENT ? " (%)" : "")).toList();
    CsvTable csv = rendering.permit().map(p -> CsvTable.openRevealing(out, header, p)).orElseGet(() -> CsvTable.open(out, header));
    table.rows().forEach(row -> {
      table.check(row);
      List<Object> cells = new ArrayList<>(row.size());
      for (int i = 0; i < row.size(); i++) {
        Column.Kind kind = table.columns().get(i).kind();
        Object v = row.get(i);
        cells.add(v == null ? null : switch (kind) {
          case INTEGER, DECIMAL -> v;
          case PERCENT -> ((BigDecimal) v).movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
          case TEXT -> rendering.textCell(v);
          default -> rendering.display(kind, v);
        });
      }
      csv.row(cells);
    });
    csv.flush();
    return csv.rows();
  }
}

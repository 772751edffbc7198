package org.propdesk.reporting.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.propdesk.core.common.Check;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Rendering;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.Table;

/**
 * Writes a report as an Excel workbook with fastexcel, streamed (报表Excel导出): a first sheet with
 * the title and the heading's facts, then one sheet per table, named by its title in the rendering's
 * language. Each table sheet has a bold, frozen header row and the columns' widths; whole numbers and
 * decimals are numbers, ratios are numbers formatted as percentages, dates and date-times are Excel
 * dates. Text is always written as text, never as a formula; personal data is masked unless
 * permitted.
 *
 * <p>The same report gives the same workbook parts, except {@code docProps/core.xml}, where fastexcel
 * stamps the time of writing. Rows are flushed to the output every {@value #FLUSH_EVERY} rows, so a table of 100,000 rows is
 * written in a small, constant heap. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class XlsxReportWriter {
  /** How many rows are buffered before a sheet is flushed to the output. */
  public static final int FLUSH_EVERY = 1000;

  private static final int MAX_ROWS = 1_048_575;

  private XlsxReportWriter() {}

  /**
   * Writes {@code report} to {@code out}; the caller owns and closes {@code out}.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null, or
   *     {@code rows} for a row that does not fit its columns or a table longer than a sheet holds
   * @throws UncheckedIOException when the output fails
   */
  public static void write(Report report, Rendering rendering, OutputStream out) {
    Check.present("report", report);
    Check.present("rendering", rendering);
    Check.present("out", out);
    try {
      Workbook wb = new Workbook(out, "PropDesk", "1.0");
      Set<String> names = new HashSet<>();
      Worksheet cover = wb.newWorksheet(sheetName(rendering.text(report.title()), names));
      cover.value(0, 0, rendering.text(report.title()));
      cover.style(0, 0).bold().fontSize(14).set();
      cover.width(0, 24);
      cover.width(1, 40);
      int r = 2;
      for (Report.Fact f : report.facts()) {
        cover.value(r, 0, rendering.text(f.label()));
        cover.value(r++, 1, rendering.textCell(f.value()));
      }
      cover.finish();
      for (Table t : report.tables()) {
        writeTable(wb.newWorksheet(sheetName(rendering.text(t.title()), names)), t, rendering);
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeTable(Worksheet ws, Table t, Rendering rendering) throws IOException {
    List<Column> columns = t.columns();
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, rendering.text(columns.get(c).header()));
      ws.width(c, columns.get(c).width());
    }
    ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDEBF7").set();
    ws.freezePane(0, 1);
    int[] row = {1};
    t.writeRows(cells -> {
      Check.that(row[0] <= MAX_ROWS, "rows", "table '" + t.id() + "' has more rows than a sheet holds (" + MAX_ROWS + ")");
      for (int c = 0; c < cells.size(); c++) {
        cell(ws, row[0], c, columns.get(c).kind(), cells.get(c), rendering);
      }
      if (row[0]++ % FLUSH_EVERY == 0) {
        ws.flush();
      }
    });
    ws.finish();
  }

  private static void cell(Worksheet ws, int r, int c, Column.Kind kind, Object v, Rendering rendering) {
    if (v == null) {
      return;
    }
    switch (kind) {
      case TEXT -> ws.value(r, c, rendering.textCell(v));
      case INTEGER -> ws.value(r, c, (Number) v);
      case DECIMAL -> ws.value(r, c, (BigDecimal) v);
      case PERCENT -> {
        ws.value(r, c, (BigDecimal) v);
        ws.style(r, c).format("0.0%").set();
      }
      case DATE -> {
        ws.value(r, c, (LocalDate) v);
        ws.style(r, c).format("yyyy-mm-dd").set();
      }
      case DATE_TIME -> {
        ws.value(r, c, (LocalDateTime) v);
        ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
      }
    }
  }

  /** A unique sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}. */
  static String sheetName(String title, Set<String> taken) {
    String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    if (base.isEmpty()) {
      base = "Sheet";
    }
    base = base.length() > 28 ? base.substring(0, 28) : base;
    String name = base;
    for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
      name = base + " " + i;
    }
    return name;
  }
}

package org.propdesk.reporting.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.PersonalData;
import org.propdesk.core.common.PersonalDataPermit;
import org.propdesk.core.common.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * A table written as CSV that Excel opens correctly (报表CSV导出): UTF-8 with a byte-order mark, so
 * Chinese text is read as UTF-8; cells quoted by RFC 4180 where needed; rows ended by CRLF.
 *
 * <p>Safety, as the reports promise (issue [5]):
 *
 * <ul>
 *   <li><b>Formula injection.</b> A text cell starting with {@code =}, {@code +}, {@code -}, {@code @},
 *       a tab or a carriage return is prefixed with a single quote, so a spreadsheet shows it as text
 *       and never evaluates it. Numbers are written as numbers: a negative amount stays {@code -12.50}.
 *   <li><b>Personal data.</b> Phone and ID numbers are masked: a {@link PersonalData} cell prints
 *       masked, and every phone or ID number form inside a text cell is masked ({@link
 *       Redaction#scrub}), unless the table was opened with a {@link PersonalDataPermit}.
 *   <li><b>Cells</b> are text, whole numbers, {@link BigDecimal} amounts (plain, never in exponent
 *       form), booleans, dates ({@code 2026-03-02}), date-times ({@code 2026-03-02 09:15:00}), enums
 *       (by name), {@link Optional}s (empty is an empty cell) and {@code null} (an empty cell).
 * </ul>
 *
 * <p>Every row must have as many cells as the header. The table streams: it keeps nothing but the
 * column count. Not thread-safe: one writer per table. The caller owns and closes the {@link Writer}.
 *
 * @since 0.1.0
 */
public final class CsvTable {
  /** The byte-order mark written first, so Excel reads the file as UTF-8. */
  public static final char BOM = '\uFEFF';

  private static final java.time.format.DateTimeFormatter DATE_TIME =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final Writer out;
  private final int columns;
  private final @Nullable PersonalDataPermit permit;
  private long rows;

  private CsvTable(Writer out, List<String> header, @Nullable PersonalDataPermit permit) {
    this.out = out;
    this.columns = header.size();
    this.permit = permit;
    write(String.valueOf(BOM));
    row(List.copyOf(header));
    rows = 0;
  }

  /**
   * Starts a table on {@code out} with this header, masking personal data.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code out} or {@code header} when
   *     null, or {@code header} when empty or holding a blank name
   */
  public static CsvTable open(Writer out, List<String> header) {
    return new CsvTable(Check.present("out", out), checked(header), null);
  }

  /**
   * Starts a table that shows personal data unmasked, for a caller holding the permission to read it.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming the null or bad argument
   */
  public static CsvTable openRevealing(Writer out, List<String> header, PersonalDataPermit permit) {
    Check.present("permit", permit);
    return new CsvTable(Check.present("out", out), checked(header), permit);
  }

  private static List<String> checked(List<String> header) {
    Check.present("header", header);
    Check.that(!header.isEmpty(), "header", "must name at least one column");
    for (String name : header) {
      Check.that(name != null && !name.isBlank(), "header", "must not hold a blank column name");
    }
    return header;
  }

  /**
   * Writes one row.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code cells} when null or not as
   *     long as the header, or holding a value of a type this table cannot write
   * @throws UncheckedIOException when the writer fails
   */
  public CsvTable row(List<?> cells) {
    Check.present("cells", cells);
    Check.that(cells.size() == columns, "cells", "must hold " + columns + " cells, as the header does; got " + cells.size());
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells.get(i)));
    }
    write(line.append("\r\n").toString());
    rows++;
    return this;
  }

  /** The data rows written so far, the header not counted. */
  public long rows() {
    return rows;
  }

  /**
   * Flushes the writer.
   *
   * @throws UncheckedIOException when the writer fails
   */
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String cell(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Optional<?> o) {
      return o.map(this::cell).orElse("");
    }
    if (value instanceof PersonalData p) {
      return quoted(permit != null ? p.reveal(permit) : p.masked());
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return value.toString();
    }
    if (value instanceof Boolean || value instanceof Enum<?> || value instanceof LocalDate) {
      return value.toString();
    }
    if (value instanceof LocalDateTime t) {
      return DATE_TIME.format(t);
    }
    if (value instanceof CharSequence s) {
      String text = permit != null ? s.toString() : Redaction.scrub(s.toString());
      return quoted(defused(text));
    }
    throw new org.propdesk.core.common.InvalidInputException("cells",
        "holds a " + value.getClass().getSimpleName() + "; a cell is text, a whole number, a BigDecimal, a boolean, an enum,"
            + " a date or a date-time");
  }

  /** A text a spreadsheet would read as a formula, made plain text with a leading quote (OWASP). */
  private static String defused(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  /** RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled. */
  private static String quoted(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

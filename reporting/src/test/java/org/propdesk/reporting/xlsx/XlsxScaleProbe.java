package org.propdesk.reporting.xlsx;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Rendering;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.Table;
import org.propdesk.reporting.Text;

/**
 * Writes a register of {@code args[1]} rows to the workbook {@code args[0]}, its rows generated one at a
 * time as a storage would stream them; run in a small heap by {@link XlsxWritesALargeRegisterInASmallHeapTest}.
 */
public final class XlsxScaleProbe {
  private XlsxScaleProbe() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int rows = Integer.parseInt(args[1]);
    Table.Rows source = sink -> {
      for (int i = 0; i < rows; i++) {
        sink.accept(Arrays.asList(Text.plain("押金收据 " + i), (long) i, new BigDecimal(i % 10_000).movePointLeft(2),
            new BigDecimal("0.5"), LocalDate.of(2026, 1, 1).plusDays(i % 365), LocalDateTime.of(2026, 3, 2, 9, 0).plusMinutes(i),
            PhoneNumber.of(String.format("139%08d", i % 100_000_000))));
      }
    };
    Table table = new Table("register", Text.plain("登记表"), List.of(Column.text("col.unit", 20), Column.integer("col.count"),
        Column.decimal("col.medianHours"), Column.percent("col.rate"), Column.date("col.day"), Column.dateTime("col.reviewedAt"),
        Column.text("col.phone", 16)), source);
    try (OutputStream out = Files.newOutputStream(file)) {
      XlsxReportWriter.write(new Report("register", Text.plain("登记表"), List.of(), List.of(table), List.of()), Rendering.chinese(),
          out);
    }
    Runtime rt = Runtime.getRuntime();
    System.out.println("max heap " + rt.maxMemory() / (1024 * 1024) + " MB, used at the end " + (rt.totalMemory() - rt.freeMemory())
        / (1024 * 1024) + " MB");
  }
}

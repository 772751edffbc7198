package org.propdesk.reporting;

import org.propdesk.core.supervision.ReportPeriod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.complaint.ComplaintClass;

/** A small report with every kind of cell and chart, for the writers' tests. */
final class SampleReports {
  static final String PHONE = "13800135678";

  private SampleReports() {}

  static Report sample() {
    Table cells = Table.of("cells", Text.of("table.byClass"), List.of(Column.text("col.class", 20), Column.integer("col.count"),
        Column.percent("col.share"), Column.decimal("col.medianHours"), Column.date("col.reportedOn"),
        Column.dateTime("col.month"), Column.text("col.phone", 16)), List.of(
        Arrays.asList(Text.label(ComplaintClass.GENERAL), 12L, new BigDecimal("0.7500"), new BigDecimal("3.5"),
            LocalDate.of(2026, 3, 2), LocalDateTime.of(2026, 3, 2, 9, 15), PhoneNumber.of(PHONE)),
        Arrays.asList(Text.plain("=HYPERLINK(\"http://x\")"), -3L, new BigDecimal("-0.1250"), null, null, null,
            Text.plain("call " + PHONE + " now")),
        Arrays.asList(Text.plain("a \"quoted\", <b>bold</b> & more"), 0L, null, null, null, null, null)));
    List<Chart> charts = List.of(
        new Chart("classes", Chart.Kind.BAR, Text.of("chart.classes"), List.of(Text.label(ComplaintClass.GENERAL),
            Text.label(ComplaintClass.MAJOR)), List.of(new Chart.Series(Text.of("col.thisPeriod"), List.of(BigDecimal.TEN,
            BigDecimal.ONE)), new Chart.Series(Text.of("col.previousPeriod"), List.of(BigDecimal.valueOf(7), BigDecimal.ZERO)))),
        new Chart("trend", Chart.Kind.LINE, Text.of("chart.trend"), List.of(Text.plain("2026-01"), Text.plain("2026-02"),
            Text.plain("2026-03")), List.of(new Chart.Series(Text.of("col.count"), List.of(BigDecimal.valueOf(4),
            BigDecimal.valueOf(9), BigDecimal.valueOf(6))))),
        new Chart("compliance", Chart.Kind.GAUGE, Text.of("chart.compliance"), List.of(Text.of("row.firstReply.short"),
            Text.of("row.followUp.short")), List.of(new Chart.Series(Text.of("col.rate"), List.of(new BigDecimal("0.95"),
            new BigDecimal("0.5"))))));
    return new Report("sample", Text.of("complaint.title"), List.of(new Report.Fact(Text.of("fact.period"),
        Periods.label(ReportPeriod.month(java.time.YearMonth.of(2026, 3))))), List.of(cells), charts);
  }
}

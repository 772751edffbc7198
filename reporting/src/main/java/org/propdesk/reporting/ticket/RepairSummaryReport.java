package org.propdesk.reporting.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.reporting.Chart;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Periods;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.Table;
import org.propdesk.reporting.Text;
import org.propdesk.reporting.ticket.RepairSummary.Figures;
import org.propdesk.reporting.ticket.RepairSummary.OnTime;

/**
 * The incident and repair summary (报事报修汇总分析, PROCEDURES §16) as a {@link Report}: per office, per
 * category and paid against free, the reports made, on-time first reply, dispatch and arrival,
 * resolution time (median, 90th percentile) and pause time of the work done, callback results and the
 * reopen rate; with office names from the directory. Stateless and thread-safe.
 *
 * <p>Tables, by id: {@code overview}, {@code by-office}, {@code by-category}, {@code paid-vs-free},
 * {@code callbacks}. Charts: {@code categories}, {@code on-time}.
 *
 * @since 0.1.0
 */
public final class RepairSummaryReport {
  /** The owner's ratings (OwnerRating) and an unreachable owner, the callback results a report holds. */
  private static final List<String> OUTCOMES = List.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED", "UNREACHABLE");

  private RepairSummaryReport() {}

  /**
   * The report of {@code summary}. Names come from {@code directory}; the as-of time is shown in
   * {@code zone}.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null
   */
  public static Report of(RepairSummary summary, Directory directory, ZoneId zone) {
    Check.present("summary", summary);
    Check.present("directory", directory);
    Check.present("zone", zone);
    RepairSummary s = summary;
    Function<String, Text> officeName = k -> Text.plain(directory.office(OfficeId.of(k)).map(m -> m.name()).orElse(k));
    Text scope = s.office().map(o -> officeName.apply(o.value())).orElse(Text.of("scope.allOffices"));
    List<Report.Fact> facts = List.of(
        new Report.Fact(Text.of("fact.period"), Periods.label(s.period())),
        new Report.Fact(Text.of("fact.scope"), scope),
        new Report.Fact(Text.of("fact.company"), Text.plain(directory.company().name())),
        new Report.Fact(Text.of("fact.asOf"), Text.plain(LocalDateTime.ofInstant(s.asOf(), zone).toString().replace('T', ' '))),
        new Report.Fact(Text.of("fact.repairsReported"), Text.plain(Long.toString(s.total().reported()))));
    List<Table> tables = List.of(
        groups("overview", "table.repairOverview", "col.scope", Map.of("all", s.total()), k -> scope),
        groups("by-office", "table.byOffice", "col.office", s.byOffice(), officeName),
        groups("by-category", "table.byCategory", "col.category", s.byCategory(),
            k -> k.equals(RepairSummary.NONE) ? Text.of("none.value") : Text.label(RepairCategory.valueOf(k))),
        groups("paid-vs-free", "table.paidVsFree", "col.payment", s.byPayment(), k -> Text.of("payment." + k)),
        callbacks(s, officeName));
    return new Report("repair-summary-" + s.period().code() + "-" + s.office().map(OfficeId::value).orElse("all"),
        Text.of("repair.title"), facts, tables, charts(s));
  }

  private static Table groups(String id, String title, String header, Map<String, Figures> groups, Function<String, Text> label) {
    List<List<?>> rows = new ArrayList<>();
    groups.forEach((k, f) -> rows.add(Arrays.asList(label.apply(k), f.reported(), f.paid(), rate(f.firstReply()), rate(f.dispatch()),
        rate(f.arrival()), f.resolution().done(), rate(new OnTime(f.resolution().onTime(), f.resolution().done())),
        f.resolution().medianMinutes().map(RepairSummaryReport::hours).orElse(null),
        f.resolution().p90Minutes().map(RepairSummaryReport::hours).orElse(null), hours(f.resolution().pausedMinutes()),
        f.reopenRate().orElse(null), rate(f.satisfaction()))));
    return Table.of(id, Text.of(title), List.of(Column.text(header, 24), Column.integer("col.reported"), Column.integer("col.paid"),
        Column.percent("col.firstReplyOnTime"), Column.percent("col.dispatchOnTime"), Column.percent("col.arrivalOnTime"),
        Column.integer("col.done"), Column.percent("col.doneOnTime"), Column.decimal("col.medianHours"),
        Column.decimal("col.p90Hours"), Column.decimal("col.pausedHours"), Column.percent("col.reopenRate"),
        Column.percent("col.satisfaction")), rows);
  }

  private static Table callbacks(RepairSummary s, Function<String, Text> officeName) {
    List<List<?>> rows = new ArrayList<>();
    s.byOffice().forEach((k, f) -> {
      List<Object> row = new ArrayList<>(List.of(officeName.apply(k)));
      OUTCOMES.forEach(o -> row.add(f.callbacks().getOrDefault(o, 0L)));
      rows.add(row);
    });
    List<Column> columns = new ArrayList<>(List.of(Column.text("col.office", 24)));
    OUTCOMES.forEach(o -> columns.add(Column.integer("callback." + o)));
    return Table.of("callbacks", Text.of("table.repairCallbacks"), columns, rows);
  }

  private static List<Chart> charts(RepairSummary s) {
    List<Chart> charts = new ArrayList<>();
    List<Text> categories = new ArrayList<>();
    List<BigDecimal> counts = new ArrayList<>();
    s.byCategory().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().reported(), a.getValue().reported()))
        .filter(e -> !e.getKey().equals(RepairSummary.NONE)).forEach(e -> {
          categories.add(Text.label(RepairCategory.valueOf(e.getKey())));
          counts.add(BigDecimal.valueOf(e.getValue().reported()));
        });
    charts.add(new Chart("categories", Chart.Kind.BAR, Text.of("chart.repairCategories"), categories,
        List.of(new Chart.Series(Text.of("col.reported"), counts))));
    List<Text> gauges = new ArrayList<>();
    List<BigDecimal> rates = new ArrayList<>();
    Figures t = s.total();
    gauge(gauges, rates, "col.firstReplyOnTime", t.firstReply());
    gauge(gauges, rates, "col.dispatchOnTime", t.dispatch());
    gauge(gauges, rates, "col.arrivalOnTime", t.arrival());
    gauge(gauges, rates, "col.doneOnTime", new OnTime(t.resolution().onTime(), t.resolution().done()));
    gauge(gauges, rates, "col.satisfaction", t.satisfaction());
    if (!gauges.isEmpty()) {
      charts.add(new Chart("on-time", Chart.Kind.GAUGE, Text.of("chart.repairOnTime"), gauges,
          List.of(new Chart.Series(Text.of("col.rate"), rates))));
    }
    return charts;
  }

  private static void gauge(List<Text> labels, List<BigDecimal> rates, String key, OnTime t) {
    Optional<BigDecimal> r = t.rate();
    r.ifPresent(x -> {
      labels.add(Text.of(key));
      rates.add(x);
    });
  }

  private static BigDecimal rate(OnTime t) {
    return t.rate().orElse(null);
  }

  private static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }
}

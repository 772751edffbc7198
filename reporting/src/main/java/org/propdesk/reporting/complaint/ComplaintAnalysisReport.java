package org.propdesk.reporting.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.propdesk.core.common.Check;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.complaint.ComplaintValidity;
import org.propdesk.core.complaint.Department;
import org.propdesk.core.complaint.MajorCriterion;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.spi.Directory;
import org.propdesk.reporting.Chart;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Periods;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.Table;
import org.propdesk.reporting.Text;
import org.propdesk.reporting.complaint.ComplaintAnalysis.Compliance;

/**
 * The complaint analysis report (《客户投诉分析报告》) as a {@link Report}: its tables and charts built
 * from a {@link ComplaintAnalysis}, with names from the directory (offices, staff complained about)
 * and the owners' phone numbers as personal data, masked unless the rendering holds a permit.
 * Stateless and thread-safe.
 *
 * <p>Tables, by id: {@code overview}, {@code compliance}, {@code by-class}, {@code by-category},
 * {@code top-categories}, {@code by-channel}, {@code by-validity}, {@code by-department}, {@code
 * by-person}, {@code by-office}, {@code resolution}, {@code upgrades-by-criterion}, {@code upgrades},
 * {@code callbacks}, {@code repeat-complainants}, {@code monthly-trend}. Charts: {@code classes},
 * {@code categories}, {@code trend}, {@code compliance}.
 *
 * @since 0.1.0
 */
public final class ComplaintAnalysisReport {
  private ComplaintAnalysisReport() {}

  /**
   * The report of {@code analysis}. Names come from {@code directory}; the as-of time is shown in
   * {@code zone}.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null
   */
  public static Report of(ComplaintAnalysis analysis, Directory directory, ZoneId zone) {
    Check.present("analysis", analysis);
    Check.present("directory", directory);
    Check.present("zone", zone);
    ComplaintAnalysis a = analysis;
    String scope = a.office().map(OfficeId::value).orElse("all");
    Text scopeText = a.office().map(o -> Text.plain(directory.office(o).map(m -> m.name()).orElse(o.value())))
        .orElse(Text.of("scope.allOffices"));
    List<Report.Fact> facts = List.of(
        new Report.Fact(Text.of("fact.period"), Periods.label(a.period())),
        new Report.Fact(Text.of("fact.scope"), scopeText),
        new Report.Fact(Text.of("fact.company"), Text.plain(directory.company().name())),
        new Report.Fact(Text.of("fact.asOf"), Text.plain(LocalDateTime.ofInstant(a.asOf(), zone).toString().replace('T', ' '))),
        new Report.Fact(Text.of("fact.registered"), Text.plain(Long.toString(a.registered()))));
    List<Table> tables = new ArrayList<>();
    tables.add(overview(a));
    tables.add(compliance(a));
    tables.add(breakdown("by-class", "table.byClass", "col.class", a.byClass(), a.previous().byClass(), a.registered(),
        k -> label(ComplaintClass.class, k, "none.unclassified")));
    tables.add(breakdown("by-category", "table.byCategory", "col.category", a.byCategory(), a.previous().byCategory(),
        a.registered(), k -> label(ComplaintCategory.class, k, "none.value")));
    tables.add(topCategories(a));
    tables.add(shares("by-channel", "table.byChannel", "col.channel", a.byChannel(), a.registered(),
        k -> label(Channel.class, k, "none.value")));
    tables.add(shares("by-validity", "table.byValidity", "col.validity", a.byValidity(), a.registered(),
        k -> label(ComplaintValidity.class, k, "none.value")));
    tables.add(shares("by-department", "table.byDepartment", "col.department", a.byDepartment(), a.registered(),
        k -> label(Department.class, k, "none.department")));
    tables.add(shares("by-person", "table.byPerson", "col.person", a.byPerson(), a.registered(),
        k -> Text.plain(directory.staff(StaffId.of(k)).map(s -> s.name() + " (" + k + ")").orElse(k))));
    tables.add(shares("by-office", "table.byOffice", "col.office", a.byOffice(), a.registered(),
        k -> Text.plain(directory.office(OfficeId.of(k)).map(m -> m.name()).orElse(k))));
    tables.add(resolution(a));
    tables.add(upgradesByCriterion(a));
    tables.add(upgrades(a, directory));
    tables.add(shares("callbacks", "table.callbacks", "col.outcome", a.callbacks(),
        a.callbacks().values().stream().mapToLong(Long::longValue).sum(), k -> label(CallbackOutcome.class, k, "none.value")));
    tables.add(repeatComplainants(a, directory));
    tables.add(trend(a));
    return new Report("complaint-analysis-" + a.period().code() + "-" + scope, Text.of("complaint.title"), facts, tables,
        charts(a));
  }

  private static Table overview(ComplaintAnalysis a) {
    List<List<?>> rows = new ArrayList<>();
    rows.add(changeRow(Text.of("row.registered"), a.registered(), a.previous().registered()));
    for (ComplaintClass c : ComplaintClass.values()) {
      rows.add(changeRow(Text.label(c), a.byClass().getOrDefault(c.name(), 0L), a.previous().byClass().getOrDefault(c.name(), 0L)));
    }
    return Table.of("overview", Text.of("table.overview"), List.of(Column.text("col.measure", 30), Column.integer("col.thisPeriod"),
        Column.integer("col.previousPeriod"), Column.percent("col.change")), rows);
  }

  private static List<?> changeRow(Text label, long now, long before) {
    return Arrays.asList(label, now, before, change(now, before));
  }

  /** The change against the previous period as a ratio; none when the previous period had none. */
  private static BigDecimal change(long now, long before) {
    return before == 0 ? null : BigDecimal.valueOf(now - before).divide(BigDecimal.valueOf(before), 4, RoundingMode.HALF_UP);
  }

  private static Table compliance(ComplaintAnalysis a) {
    List<List<?>> rows = List.of(
        complianceRow("row.firstReply", a.firstReply()),
        complianceRow("row.agreedTime", a.agreedTime()),
        complianceRow("row.followUp", a.followUp()),
        complianceRow("row.satisfaction", a.satisfaction()));
    return Table.of("compliance", Text.of("table.compliance"), List.of(Column.text("col.measure", 36), Column.integer("col.met"),
        Column.integer("col.applicable"), Column.percent("col.rate")), rows);
  }

  private static List<?> complianceRow(String key, Compliance c) {
    return Arrays.asList(Text.of(key), c.met(), c.applicable(), c.rate().orElse(null));
  }

  private static Table breakdown(String id, String title, String header, Map<String, Long> now, Map<String, Long> before,
      long total, Function<String, Text> label) {
    List<List<?>> rows = new ArrayList<>();
    for (String k : sortedByCount(now, before)) {
      long n = now.getOrDefault(k, 0L);
      long b = before.getOrDefault(k, 0L);
      rows.add(Arrays.asList(label.apply(k), n, share(n, total), b, change(n, b)));
    }
    return Table.of(id, Text.of(title), List.of(Column.text(header, 24), Column.integer("col.count"), Column.percent("col.share"),
        Column.integer("col.previousPeriod"), Column.percent("col.change")), rows);
  }

  private static Table shares(String id, String title, String header, Map<String, Long> counts, long total,
      Function<String, Text> label) {
    List<List<?>> rows = new ArrayList<>();
    for (String k : sortedByCount(counts, Map.of())) {
      rows.add(Arrays.asList(label.apply(k), counts.get(k), share(counts.get(k), total)));
    }
    return Table.of(id, Text.of(title), List.of(Column.text(header, 28), Column.integer("col.count"), Column.percent("col.share")),
        rows);
  }

  private static Table topCategories(ComplaintAnalysis a) {
    List<List<?>> rows = new ArrayList<>();
    int rank = 1;
    for (Map.Entry<String, Long> e : a.topCategories()) {
      rows.add(Arrays.asList((long) rank++, label(ComplaintCategory.class, e.getKey(), "none.value"), e.getValue(),
          share(e.getValue(), a.registered())));
    }
    return Table.of("top-categories", Text.of("table.topCategories"), List.of(Column.integer("col.rank"),
        Column.text("col.category", 24), Column.integer("col.count"), Column.percent("col.share")), rows);
  }

  private static Table resolution(ComplaintAnalysis a) {
    List<List<?>> rows = new ArrayList<>();
    for (Map.Entry<String, ComplaintAnalysis.ResolutionTime> e : new TreeMap<>(a.resolution()).entrySet()) {
      ComplaintAnalysis.ResolutionTime t = e.getValue();
      rows.add(Arrays.asList(label(ComplaintClass.class, e.getKey(), "none.unclassified"), t.resolved(),
          t.medianMinutes().map(ComplaintAnalysisReport::hours).orElse(null), t.p90Minutes().map(ComplaintAnalysisReport::hours).orElse(null)));
    }
    return Table.of("resolution", Text.of("table.resolution"), List.of(Column.text("col.class", 20), Column.integer("col.resolved"),
        Column.decimal("col.medianHours"), Column.decimal("col.p90Hours")), rows);
  }

  private static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }

  private static Table upgradesByCriterion(ComplaintAnalysis a) {
    Map<MajorCriterion, Long> per = new java.util.EnumMap<>(MajorCriterion.class);
    a.upgradesByCriteria().forEach((key, n) -> {
      if (!key.equals(ComplaintAnalysis.NONE)) {
        for (String c : key.split(",")) {
          per.merge(MajorCriterion.valueOf(c), n, Long::sum);
        }
      }
    });
    List<List<?>> rows = new ArrayList<>();
    per.forEach((c, n) -> rows.add(Arrays.asList(Text.label(c), n)));
    return Table.of("upgrades-by-criterion", Text.of("table.upgradesByCriterion"),
        List.of(Column.text("col.criterion", 40), Column.integer("col.count")), rows);
  }

  private static Table upgrades(ComplaintAnalysis a, Directory directory) {
    List<List<?>> rows = new ArrayList<>();
    for (ComplaintAnalysis.Upgrade u : a.upgrades()) {
      rows.add(Arrays.asList(Text.plain(u.id().value()),
          Text.plain(directory.office(u.office()).map(m -> m.name()).orElse(u.office().value())),
          u.reportedOn(), u.becameMajorOn(), criteria(u.criteria()), Text.label(ComplaintState.valueOf(u.state()))));
    }
    return Table.of("upgrades", Text.of("table.upgrades"), List.of(Column.text("col.complaint", 16), Column.text("col.office", 16),
        Column.date("col.reportedOn"), Column.date("col.becameMajorOn"), Column.text("col.criteria", 48),
        Column.text("col.state", 14)), rows);
  }

  private static Text criteria(String key) {
    if (key.equals(ComplaintAnalysis.NONE)) {
      return Text.of("none.value");
    }
    List<Object> labels = new ArrayList<>();
    for (String c : key.split(",")) {
      labels.add(Text.label(MajorCriterion.valueOf(c)));
    }
    return joined(labels);
  }

  private static Text joined(List<Object> labels) {
    return Text.of("list." + Math.min(labels.size(), 4), labels.toArray());
  }

  private static Table repeatComplainants(ComplaintAnalysis a, Directory directory) {
    List<List<?>> rows = new ArrayList<>();
    for (ComplaintAnalysis.RepeatComplainant r : a.repeatComplainants()) {
      rows.add(Arrays.asList(Text.plain(r.owner().value()), Text.plain(r.unit()),
          directory.resident(r.owner()).flatMap(res -> res.phone()).map(p -> (Object) p).orElse(null), r.complaints()));
    }
    return Table.of("repeat-complainants", Text.of("table.repeatComplainants"), List.of(Column.text("col.owner", 14),
        Column.text("col.unit", 14), Column.text("col.phone", 16), Column.integer("col.complaints")), rows);
  }

  private static Table trend(ComplaintAnalysis a) {
    List<List<?>> rows = new ArrayList<>();
    new TreeMap<>(a.monthlyTrend()).forEach((m, n) -> rows.add(Arrays.asList(month(m), n)));
    return Table.of("monthly-trend", Text.of("table.monthlyTrend"), List.of(Column.text("col.month", 12), Column.integer("col.count")),
        rows);
  }

  private static Text month(YearMonth m) {
    return Text.of("period.monthShort", m.getYear(), m.getMonthValue());
  }

  private static List<Chart> charts(ComplaintAnalysis a) {
    List<Chart> charts = new ArrayList<>();
    List<Text> classes = new ArrayList<>();
    List<BigDecimal> now = new ArrayList<>();
    List<BigDecimal> before = new ArrayList<>();
    for (ComplaintClass c : ComplaintClass.values()) {
      classes.add(Text.label(c));
      now.add(BigDecimal.valueOf(a.byClass().getOrDefault(c.name(), 0L)));
      before.add(BigDecimal.valueOf(a.previous().byClass().getOrDefault(c.name(), 0L)));
    }
    charts.add(new Chart("classes", Chart.Kind.BAR, Text.of("chart.classes"), classes,
        List.of(new Chart.Series(Text.of("col.thisPeriod"), now), new Chart.Series(Text.of("col.previousPeriod"), before))));
    List<Text> categories = new ArrayList<>();
    List<BigDecimal> counts = new ArrayList<>();
    for (String k : sortedByCount(a.byCategory(), Map.of())) {
      categories.add(label(ComplaintCategory.class, k, "none.value"));
      counts.add(BigDecimal.valueOf(a.byCategory().get(k)));
    }
    charts.add(new Chart("categories", Chart.Kind.BAR, Text.of("chart.categories"), categories,
        List.of(new Chart.Series(Text.of("col.count"), counts))));
    List<Text> months = new ArrayList<>();
    List<BigDecimal> perMonth = new ArrayList<>();
    new TreeMap<>(a.monthlyTrend()).forEach((m, n) -> {
      months.add(month(m));
      perMonth.add(BigDecimal.valueOf(n));
    });
    charts.add(new Chart("trend", Chart.Kind.LINE, Text.of("chart.trend"), months, List.of(new Chart.Series(Text.of("col.count"),
        perMonth))));
    List<Text> gauges = new ArrayList<>();
    List<BigDecimal> rates = new ArrayList<>();
    gauge(gauges, rates, "row.firstReply", a.firstReply());
    gauge(gauges, rates, "row.agreedTime", a.agreedTime());
    gauge(gauges, rates, "row.followUp", a.followUp());
    gauge(gauges, rates, "row.satisfaction", a.satisfaction());
    if (!gauges.isEmpty()) {
      charts.add(new Chart("compliance", Chart.Kind.GAUGE, Text.of("chart.compliance"), gauges,
          List.of(new Chart.Series(Text.of("col.rate"), rates))));
    }
    return charts;
  }

  private static void gauge(List<Text> labels, List<BigDecimal> rates, String key, Compliance c) {
    Optional<BigDecimal> rate = c.rate();
    rate.ifPresent(r -> {
      labels.add(Text.of(key + ".short"));
      rates.add(r);
    });
  }

  /** The keys by count, most first, then by key; keys only in {@code also} come last with 0. */
  private static List<String> sortedByCount(Map<String, Long> counts, Map<String, Long> also) {
    List<String> keys = new ArrayList<>(counts.keySet());
    also.keySet().stream().filter(k -> !counts.containsKey(k)).sorted().forEach(keys::add);
    keys.sort((x, y) -> {
      int c = Long.compare(counts.getOrDefault(y, 0L), counts.getOrDefault(x, 0L));
      return c != 0 ? c : x.compareTo(y);
    });
    return keys;
  }

  private static BigDecimal share(long n, long total) {
    return total == 0 ? null : ComplaintAnalysis.ratio(n, total);
  }

  private static <E extends Enum<E>> Text label(Class<E> type, String key, String noneKey) {
    return key.equals(ComplaintAnalysis.NONE) ? Text.of(noneKey) : Text.label(Enum.valueOf(type, key));
  }
}

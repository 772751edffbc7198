package org.propdesk.reporting.ticket;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.AggregateRow;
import org.propdesk.core.spi.Aggregation;
import org.propdesk.core.spi.Aggregation.Measure;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.reporting.ticket.RepairSummary.Figures;
import org.propdesk.reporting.ticket.RepairSummary.OnTime;
import org.propdesk.reporting.ticket.RepairSummary.Resolution;
import org.propdesk.workflows.PropDesk;

/**
 * Computes a {@link RepairSummary} (报事报修汇总分析) from the storage, through the kernel's read port
 * ({@link PropDesk#records()}): aggregations over the report's index columns ({@code reported_on},
 * {@code done_on}, the on-time flags, {@code resolution_minutes}, {@code paused_minutes}, {@code
 * last_callback}, {@code reopen_count}), which {@code JdbcStorage} runs as SQL {@code GROUP BY}s and
 * every other storage streams through Java, all in one transaction. Nothing reads a JSON document;
 * memory is bounded by the number of groups. The repair procedure must be registered with the facade.
 *
 * <p>Who may analyse what: an office's staff their office; the service centre and the general manager
 * any office or all of them. Thread-safe.
 *
 * @since 0.1.0
 */
public final class RepairAnalyst {
  private static final String TYPE = Ticket.TYPE.name();
  private static final String OFFICE = Aggregation.OFFICE;

  private final PropDesk desk;

  /** An analyst over {@code desk}'s storage. */
  public RepairAnalyst(PropDesk desk) {
    this.desk = Check.present("desk", desk);
  }

  /**
   * The summary of {@code period} for {@code office}, or for every office when it is empty.
   *
   * @return the summary, or a rejection when the actor may not read that scope
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null, or
   *     {@code actor} when the directory does not back it
   */
  public Result<RepairSummary> analyse(Actor actor, ReportPeriod period, Optional<OfficeId> office) {
    Check.present("actor", actor);
    Check.present("period", period);
    Check.present("office", office);
    Instant asOf = desk.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    RecordQuery reported = scoped(office).atLeast("reported_on", period.start()).before("reported_on", period.end()).build();
    RecordQuery reopened = scoped(office).atLeast("reported_on", period.start()).before("reported_on", period.end())
        .atLeast("reopen_count", 1L).build();
    RecordQuery done = scoped(office).atLeast("done_on", period.start()).before("done_on", period.end()).build();
    List<Aggregation> all = List.of(
        // 0. the clocks of what was reported in the period, by office, category and payment
        Aggregation.of(reported).groupBy(OFFICE, "category", "paid")
            .measure(Measure.count(), Measure.countTrue("paid"), Measure.countTrue("first_reply_on_time"),
                Measure.countPresent("first_reply_on_time"), Measure.countTrue("dispatched_on_time"),
                Measure.countPresent("dispatched_on_time"), Measure.countTrue("arrived_on_time"), Measure.countPresent("arrived_on_time"))
            .build(),
        // 1. reopened; 2. the latest callback's result
        Aggregation.of(reopened).groupBy(OFFICE, "category", "paid").measure(Measure.count()).build(),
        Aggregation.of(reported).groupBy(OFFICE, "category", "paid", "last_callback").measure(Measure.count()).build(),
        // 3.-6. resolution of what was done in the period: percentiles do not add up, so one per grouping
        resolution(done, OFFICE), resolution(done, "category"), resolution(done, "paid"), resolution(done, null));
    Result<List<List<AggregateRow>>> read = desk.records().aggregateAll(actor, all);
    if (!read.isAccepted()) {
      return Result.rejected(read.rejection().orElseThrow());
    }
    List<List<AggregateRow>> rows = read.value().orElseThrow();
    Map<String, Map<String, Resolution>> resolutions = Map.of(OFFICE, resolutions(rows.get(3)), "category", resolutions(rows.get(4)),
        "paid", resolutions(rows.get(5)));
    Resolution overall = rows.get(6).isEmpty() ? emptyResolution() : resolutionOf(rows.get(6).get(0));
    Figures total = figures(rows, r -> "all", Map.of("all", overall)).getOrDefault("all", emptyFigures(overall));
    Map<String, Figures> byOffice = figures(rows, r -> key(r.key(0)), resolutions.get(OFFICE));
    Map<String, Figures> byCategory = figures(rows, r -> key(r.key(1)), resolutions.get("category"));
    Map<String, Figures> byPayment = figures(rows, r -> payment(r.key(2)), paymentKeys(resolutions.get("paid")));
    return Result.accepted(new RepairSummary(period, office, asOf, total, byOffice, byCategory, byPayment), List.of());
  }

  private static RecordQuery.Builder scoped(Optional<OfficeId> office) {
    RecordQuery.Builder q = RecordQuery.of(TYPE);
    office.ifPresent(q::office);
    return q;
  }

  private static Aggregation resolution(RecordQuery done, @Nullable String by) {
    Aggregation.Builder b = Aggregation.of(done);
    if (by != null) {
      b.groupBy(by);
    }
    return b.measure(Measure.count(), Measure.countTrue("resolved_on_time"), Measure.percentile("resolution_minutes", 0.5),
        Measure.percentile("resolution_minutes", 0.9), Measure.sum("paused_minutes")).build();
  }

  private static Map<String, Resolution> resolutions(List<AggregateRow> rows) {
    Map<String, Resolution> out = new TreeMap<>();
    rows.forEach(r -> out.put(key(r.key(0)), resolutionOf(r)));
    return out;
  }

  private static Resolution resolutionOf(AggregateRow r) {
    long done = r.number(0);
    return new Resolution(done, r.number(1), Optional.ofNullable((Long) r.value(2)), Optional.ofNullable((Long) r.value(3)),
        done == 0 ? 0 : r.number(4));
  }

  private static Resolution emptyResolution() {
    return new Resolution(0, 0, Optional.empty(), Optional.empty(), 0);
  }

  private static Figures emptyFigures(Resolution r) {
    return new Figures(0, 0, new OnTime(0, 0), new OnTime(0, 0), new OnTime(0, 0), 0, Map.of(), r);
  }

  private static Map<String, Resolution> paymentKeys(Map<String, Resolution> byFlag) {
    Map<String, Resolution> out = new HashMap<>();
    byFlag.forEach((k, v) -> out.put(payment(k.equals(RepairSummary.NONE) ? null : Boolean.valueOf(k)), v));
    return out;
  }

  /** Sums the reported-in-period rows (0: clocks, 1: reopened, 2: callbacks) into groups, with each group's resolution. */
  private static Map<String, Figures> figures(List<List<AggregateRow>> rows, Function<AggregateRow, String> group,
      Map<String, Resolution> resolution) {
    Map<String, long[]> clocks = new TreeMap<>();
    for (AggregateRow r : rows.get(0)) {
      long[] sum = clocks.computeIfAbsent(group.apply(r), k -> new long[8]);
      for (int m = 0; m < 8; m++) {
        sum[m] += r.number(m);
      }
    }
    Map<String, Long> reopened = new TreeMap<>();
    rows.get(1).forEach(r -> reopened.merge(group.apply(r), r.number(0), Long::sum));
    Map<String, Map<String, Long>> callbacks = new TreeMap<>();
    for (AggregateRow r : rows.get(2)) {
      if (r.key(3) != null) {
        callbacks.computeIfAbsent(group.apply(r), k -> new TreeMap<>()).merge((String) r.key(3), r.number(0), Long::sum);
      }
    }
    Map<String, Figures> out = new TreeMap<>();
    java.util.Set<String> keys = new java.util.TreeSet<>(clocks.keySet());
    keys.addAll(resolution.keySet());
    for (String k : keys) {
      long[] s = clocks.getOrDefault(k, new long[8]);
      out.put(k, new Figures(s[0], s[1], new OnTime(s[2], s[3]), new OnTime(s[4], s[5]), new OnTime(s[6], s[7]),
          reopened.getOrDefault(k, 0L), callbacks.getOrDefault(k, Map.of()), resolution.getOrDefault(k, emptyResolution())));
    }
    return out;
  }

  private static String payment(@Nullable Object paid) {
    return Boolean.TRUE.equals(paid) ? "PAID" : "FREE";
  }

  private static String key(@Nullable Object v) {
    return v == null ? RepairSummary.NONE : v.toString();
  }
}

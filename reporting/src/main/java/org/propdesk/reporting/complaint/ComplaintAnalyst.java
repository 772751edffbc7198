package org.propdesk.reporting.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Result;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.spi.AggregateRow;
import org.propdesk.core.spi.Aggregation;
import org.propdesk.core.spi.Aggregation.Measure;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.reporting.complaint.ComplaintAnalysis.Compliance;
import org.propdesk.reporting.complaint.ComplaintAnalysis.ResolutionTime;
import org.propdesk.workflows.PropDesk;

/**
 * Computes a {@link ComplaintAnalysis} (投诉分析) from the storage, through the kernel's read port
 * ({@link PropDesk#records()}): a handful of aggregations over the complaint's index columns, which
 * {@code JdbcStorage} runs as SQL {@code GROUP BY}s and every other storage streams through Java.
 * They run in one storage transaction, so every figure comes from one consistent state; the complaints
 * that became major are listed from their index rows. Nothing reads a JSON document. Memory is
 * bounded by the number of groups, never by the number of complaints.
 *
 * <p>Who may analyse what: an office's staff their office; the service centre and the general manager
 * any office or all of them (the kernel's read scope). Thread-safe.
 *
 * @since 0.1.0
 */
public final class ComplaintAnalyst {
  /**
   * The most complaints listed one by one among those that became major in the period (the latest
   * first); the counts by criterion always cover all of them.
   */
  public static final int MAX_LISTED_UPGRADES = 500;

  private static final String TYPE = Complaint.TYPE.name();

  private final PropDesk desk;

  /** An analyst over {@code desk}'s storage. */
  public ComplaintAnalyst(PropDesk desk) {
    this.desk = Check.present("desk", desk);
  }

  /**
   * The analysis of {@code period} for {@code office}, or for every office when it is empty.
   *
   * @return the analysis, or a rejection ({@code ROLE_NOT_PERMITTED} on {@code office}) when the actor
   *     may not read that scope
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null, or
   *     {@code actor} when the directory does not back it
   */
  public Result<ComplaintAnalysis> analyse(Actor actor, ReportPeriod period, Optional<OfficeId> office) {
    Check.present("actor", actor);
    Check.present("period", period);
    Check.present("office", office);
    Instant asOf = desk.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Reader r = new Reader(office);
    LocalDate trendStart = period.trailingYear().get(0).atDay(1);
    List<Aggregation> all = List.of(
        // 0. what was reported in the period, by every key at once, with the per-complaint compliance sums
        Aggregation.of(r.registeredIn(period).build())
            .groupBy("complaint_class", "category", "channel", "validity", "complained_department")
            .measure(Measure.count(), Measure.countTrue("first_reply_on_time"), Measure.countPresent("first_reply_on_time"),
                Measure.countTrue("agreed_time_kept"), Measure.countPresent("agreed_time_kept"), Measure.sum("days_contacted"),
                Measure.sum("days_open"))
            .build(),
        // 1. reported in the period, not answered, and past the first-reply deadline
        Aggregation.of(r.registeredIn(period).isNull("first_reply_at").before("first_reply_deadline", asOf).build())
            .measure(Measure.count()).build(),
        // 2., 3. by the person complained about, by office
        Aggregation.of(r.registeredIn(period).notNull("complained_person").build()).groupBy("complained_person")
            .measure(Measure.count()).build(),
        Aggregation.of(r.registeredIn(period).build()).groupBy(Aggregation.OFFICE).measure(Measure.count()).build(),
        // 4. resolution times of what was resolved in the period
        Aggregation.of(r.between("resolved_on", period).build()).groupBy("complaint_class")
            .measure(Measure.count(), Measure.percentile("resolution_minutes", 0.5), Measure.percentile("resolution_minutes", 0.9))
            .build(),
        // 5. what became major in the period; 6. the latest callbacks made in it
        Aggregation.of(r.between("became_major_on", period).build()).groupBy("major_criteria").measure(Measure.count()).build(),
        Aggregation.of(r.between("last_callback_on", period).build()).groupBy("last_callback").measure(Measure.count()).build(),
        // 7. owners who complained more than once
        Aggregation.of(r.registeredIn(period).build()).groupBy("owner_id", "unit_id").measure(Measure.count()).minCount(2).build(),
        // 8. the trend over twelve months; 9. the previous period
        Aggregation.of(r.scoped().atLeast("registered_on", trendStart).before("registered_on", period.end()).build())
            .groupBy("registered_on").measure(Measure.count()).build(),
        Aggregation.of(r.registeredIn(period.previous()).build()).groupBy("complaint_class", "category")
            .measure(Measure.count()).build());
    Result<List<List<AggregateRow>>> read = desk.records().aggregateAll(actor, all);
    if (!read.isAccepted()) {
      return Result.rejected(read.rejection().orElseThrow());
    }
    List<List<AggregateRow>> rows = read.value().orElseThrow();
    List<AggregateRow> reported = rows.get(0);
    long unansweredOverdue = rows.get(1).get(0).number(0);
    Map<String, ResolutionTime> resolution = new TreeMap<>();
    for (AggregateRow row : rows.get(4)) {
      resolution.put(key(row.key(0)), new ResolutionTime(row.number(0), Optional.ofNullable((Long) row.value(1)),
          Optional.ofNullable((Long) row.value(2))));
    }
    List<ComplaintAnalysis.Upgrade> upgrades = new ArrayList<>();
    Result<Long> listed = desk.records().streamIndex(actor, r.between("became_major_on", period).orderByDescending("became_major_at")
        .limit(MAX_LISTED_UPGRADES).build(), c -> upgrades.add(new ComplaintAnalysis.Upgrade(ComplaintId.of(c.id()), c.office(),
            (LocalDate) c.index().get("registered_on"), (LocalDate) c.index().get("became_major_on"),
            (String) c.index().getOrDefault("major_criteria", ComplaintAnalysis.NONE), (String) c.index().get("state"))));
    if (!listed.isAccepted()) {
      return Result.rejected(listed.rejection().orElseThrow());
    }
    List<ComplaintAnalysis.RepeatComplainant> repeats = new ArrayList<>();
    for (AggregateRow row : rows.get(7)) {
      repeats.add(new ComplaintAnalysis.RepeatComplainant(OwnerId.of((String) row.key(0)), (String) row.key(1), row.number(0)));
    }
    repeats.sort(Comparator.comparingLong(ComplaintAnalysis.RepeatComplainant::complaints).reversed()
        .thenComparing(x -> x.owner().value()).thenComparing(ComplaintAnalysis.RepeatComplainant::unit));
    Map<YearMonth, Long> trend = new TreeMap<>();
    period.trailingYear().forEach(m -> trend.put(m, 0L));
    for (AggregateRow row : rows.get(8)) {
      trend.merge(YearMonth.from((LocalDate) row.key(0)), row.number(0), Long::sum);
    }
    List<AggregateRow> before = rows.get(9);
    long total = sum(reported, 0);
    return Result.accepted(new ComplaintAnalysis(period, office, asOf, total,
        byKey(reported, 0), byKey(reported, 1), byKey(reported, 2), byKey(reported, 3), byKey(reported, 4), byKey(rows.get(2), 0),
        office.isPresent() ? Map.of(office.get().value(), total) : byKey(rows.get(3), 0),
        new Compliance(sum(reported, 1), sum(reported, 2) + unansweredOverdue),
        new Compliance(sum(reported, 3), sum(reported, 4)),
        new Compliance(sum(reported, 5), sum(reported, 6)),
        resolution, byKey(rows.get(5), 0), upgrades, byKey(rows.get(6), 0), repeats, trend,
        new ComplaintAnalysis.PreviousPeriod(sum(before, 0), byKey(before, 0), byKey(before, 1))), List.of());
  }

  private static String key(@Nullable Object v) {
    return v == null ? ComplaintAnalysis.NONE : v.toString();
  }

  /** The first measure (the count) summed by key {@code k}. */
  private static Map<String, Long> byKey(List<AggregateRow> rows, int k) {
    Map<String, Long> out = new TreeMap<>();
    rows.forEach(row -> out.merge(key(row.key(k)), row.number(0), Long::sum));
    return out;
  }

  private static long sum(List<AggregateRow> rows, int m) {
    return rows.stream().mapToLong(row -> row.number(m)).sum();
  }

  /** The queries of one scope. */
  private static final class Reader {
    private final Optional<OfficeId> office;

    Reader(Optional<OfficeId> office) {
      this.office = office;
    }

    RecordQuery.Builder scoped() {
      RecordQuery.Builder q = RecordQuery.of(TYPE);
      office.ifPresent(q::office);
      return q;
    }

    RecordQuery.Builder registeredIn(ReportPeriod p) {
      return between("registered_on", p);
    }

    RecordQuery.Builder between(String dateField, ReportPeriod p) {
      return scoped().atLeast(dateField, p.start()).before(dateField, p.end());
    }
  }
}

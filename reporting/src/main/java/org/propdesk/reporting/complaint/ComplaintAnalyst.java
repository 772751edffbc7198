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
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.Result;
import org.propdesk.core.complaint.Complaint;
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
 * Nothing reads a JSON document except the few complaints that became major in the period, which are
 * listed one by one. Memory is bounded by the number of groups, never by the number of complaints.
 *
 * <p>Who may analyse what: an office's staff their office; the service centre and the general manager
 * any office or all of them (the kernel's read scope). Thread-safe.
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
    Reader r = new Reader(actor, office);
    try {
      // 1. what was reported in the period, by every key at once, with the per-complaint compliance sums
      List<AggregateRow> reported = r.aggregate(Aggregation.of(r.registeredIn(period).build())
          .groupBy("complaint_class", "category", "channel", "validity", "complained_department")
          .measure(Measure.count(), Measure.countTrue("first_reply_on_time"), Measure.countPresent("first_reply_on_time"),
              Measure.countTrue("agreed_time_kept"), Measure.countPresent("agreed_time_kept"), Measure.sum("days_contacted"),
              Measure.sum("days_open"))
          .build());
      long unansweredOverdue = r.aggregate(Aggregation.of(r.registeredIn(period).isNull("first_reply_at")
          .before("first_reply_deadline", asOf).build()).measure(Measure.count()).build()).get(0).number(0);
      Map<String, Long> byPerson = counts(r.aggregate(Aggregation.of(r.registeredIn(period).notNull("complained_person").build())
          .groupBy("complained_person").measure(Measure.count()).build()), 0);
      Map<String, Long> byOffice = counts(r.aggregate(Aggregation.of(r.registeredIn(period).build())
          .groupBy(Aggregation.OFFICE).measure(Measure.count()).build()), 0);
      // 2. resolution times of what was resolved in the period
      Map<String, ResolutionTime> resolution = new TreeMap<>();
      for (AggregateRow row : r.aggregate(Aggregation.of(r.between("resolved_on", period).build()).groupBy("complaint_class")
          .measure(Measure.count(), Measure.percentile("resolution_minutes", 0.5), Measure.percentile("resolution_minutes", 0.9))
          .build())) {
        resolution.put(key(row.key(0)), new ResolutionTime(row.number(0), Optional.ofNullable((Long) row.value(1)),
            Optional.ofNullable((Long) row.value(2))));
      }
      // 3. what became major in the period, and the latest callbacks made in it
      Map<String, Long> upgradesByCriteria = counts(r.aggregate(Aggregation.of(r.between("became_major_on", period).build())
          .groupBy("major_criteria").measure(Measure.count()).build()), 0);
      List<ComplaintAnalysis.Upgrade> upgrades = new ArrayList<>();
      r.stream(r.between("became_major_on", period).orderByDescending("became_major_at").limit(MAX_LISTED_UPGRADES).build(),
          c -> upgrades.add(
          new ComplaintAnalysis.Upgrade(c.id(), c.office(), c.registeredDate(),
              c.becameMajorAt().orElseThrow().atZone(c.zone()).toLocalDate(), c.majorCriteriaKey().orElse(ComplaintAnalysis.NONE),
              c.state().name())));
      Map<String, Long> callbacks = counts(r.aggregate(Aggregation.of(r.between("last_callback_on", period).build())
          .groupBy("last_callback").measure(Measure.count()).build()), 0);
      // 4. owners who complained more than once
      List<ComplaintAnalysis.RepeatComplainant> repeats = new ArrayList<>();
      for (AggregateRow row : r.aggregate(Aggregation.of(r.registeredIn(period).build()).groupBy("owner_id", "unit_id")
          .measure(Measure.count()).minCount(2).build())) {
        repeats.add(new ComplaintAnalysis.RepeatComplainant(OwnerId.of((String) row.key(0)), (String) row.key(1), row.number(0)));
      }
      repeats.sort(Comparator.comparingLong(ComplaintAnalysis.RepeatComplainant::complaints).reversed()
          .thenComparing(x -> x.owner().value()).thenComparing(ComplaintAnalysis.RepeatComplainant::unit));
      // 5. the trend and the previous period
      Map<YearMonth, Long> trend = new TreeMap<>();
      period.trailingYear().forEach(m -> trend.put(m, 0L));
      LocalDate trendStart = period.trailingYear().get(0).atDay(1);
      for (AggregateRow row : r.aggregate(Aggregation.of(r.scoped().atLeast("registered_on", trendStart)
          .before("registered_on", period.end()).build()).groupBy("registered_on").measure(Measure.count()).build())) {
        trend.merge(YearMonth.from((LocalDate) row.key(0)), row.number(0), Long::sum);
      }
      List<AggregateRow> before = r.aggregate(Aggregation.of(r.registeredIn(period.previous()).build())
          .groupBy("complaint_class", "category").measure(Measure.count()).build());

      long total = sum(reported, 0);
      long onTime = sum(reported, 1);
      long replied = sum(reported, 2);
      return Result.accepted(new ComplaintAnalysis(period, office, asOf, total,
          byKey(reported, 0), byKey(reported, 1), byKey(reported, 2), byKey(reported, 3), byKey(reported, 4), byPerson,
          office.isPresent() ? Map.of(office.get().value(), total) : byOffice,
          new Compliance(onTime, replied + unansweredOverdue),
          new Compliance(sum(reported, 3), sum(reported, 4)),
          new Compliance(sum(reported, 5), sum(reported, 6)),
          resolution, upgradesByCriteria, upgrades, callbacks, repeats, trend,
          new ComplaintAnalysis.PreviousPeriod(sum(before, 0), byKey(before, 0), byKey(before, 1))), List.of());
    } catch (Refused e) {
      return Result.rejected(e.rejection);
    }
  }

  private static String key(@Nullable Object v) {
    return v == null ? ComplaintAnalysis.NONE : v.toString();
  }

  /** Counts by the group's first key, from rows whose measure {@code m} is a count. */
  private static Map<String, Long> counts(List<AggregateRow> rows, int m) {
    Map<String, Long> out = new TreeMap<>();
    rows.forEach(row -> out.merge(key(row.key(0)), row.number(m), Long::sum));
    return out;
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

  /** A refused read, carried out of the lambda-free body. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Rejection rejection;

    Refused(Rejection rejection) {
      super(rejection.message(), null, false, false);
      this.rejection = rejection;
    }
  }

  /** Reads within one scope, turning a refusal into {@link Refused}. */
  private final class Reader {
    private final Actor actor;
    private final Optional<OfficeId> office;

    Reader(Actor actor, Optional<OfficeId> office) {
      this.actor = actor;
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

    List<AggregateRow> aggregate(Aggregation a) {
      Result<List<AggregateRow>> r = desk.records().aggregate(actor, a);
      return r.value().orElseThrow(() -> new Refused(r.rejection().orElseThrow()));
    }

    void stream(RecordQuery q, java.util.function.Consumer<Complaint> sink) {
      Result<Long> r = desk.records().stream(actor, Complaint.TYPE, q, sink);
      if (!r.isAccepted()) {
        throw new Refused(r.rejection().orElseThrow());
      }
    }
  }
}

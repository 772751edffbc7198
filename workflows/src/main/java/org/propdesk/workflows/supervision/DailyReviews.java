package org.propdesk.workflows.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.supervision.DailyReview;
import org.propdesk.core.supervision.DailyReviewEvent;
import org.propdesk.core.supervision.DailyWorkLog;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.core.supervision.ReportSubmission;
import org.propdesk.core.supervision.ReportSubmissionEvent;
import org.propdesk.core.supervision.ServiceVisit;
import org.propdesk.core.supervision.ServiceVisitEvent;
import org.propdesk.core.supervision.ServiceVisitId;
import org.propdesk.core.supervision.ServiceVisitReport;
import org.propdesk.core.supervision.SubmissionSchedule;
import org.propdesk.core.supervision.SubmissionStatus;
import org.propdesk.core.supervision.WeeklySummary;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.Kernel;
import org.propdesk.workflows.Procedure;

/**
 * Daily-clear review (日清周结, seed 4.5.5, PROCEDURES §4 and §16): each front desk's daily work log,
 * derived from the procedure-neutral activity feed of every registered procedure; the customer
 * supervisor's review of each ended day, amendable with a reason; the days still unreviewed; the
 * supervisor's service visits to owners and the fixes they lead to; and each office's weekly summary.
 *
 * <p>A desk of an office the actor may not see is "not found". Thread-safe.
 *
 * @since 0.1.0
 */
public final class DailyReviews {
  private static final int MAX_RANGE_DAYS = 366;

  /** The procedure's name, and the folder of its migrations ({@code db/propdesk/supervision}). */
  public static final String NAME = "supervision";

  /** How the kernel handles daily reviews. */
  static final AggregateRoute<DailyReview> REVIEWS = AggregateRoute.of(DailyReview.TYPE, DailyReviewEvent.class).build();

  /** How the kernel handles service visits. */
  static final AggregateRoute<ServiceVisit> VISITS = AggregateRoute.of(ServiceVisit.TYPE, ServiceVisitEvent.class).build();

  /** How the kernel handles report submissions to the group. */
  static final AggregateRoute<ReportSubmission> SUBMISSIONS =
      AggregateRoute.of(ReportSubmission.TYPE, ReportSubmissionEvent.class).build();

  /** The supervision procedure; its desk is a {@link DailyReviews}. The facade registers it by default. */
  public static final Procedure<DailyReviews> PROCEDURE =
      Procedure.builder(NAME, DailyReviews::new).route(REVIEWS).route(VISITS).route(SUBMISSIONS).build();

  /** When reports are due at the group (the default schedule: 18:00 on the fifth working day). */
  public static final SubmissionSchedule SCHEDULE = SubmissionSchedule.defaults();

  /** The most periods one status listing covers. */
  public static final int MAX_PERIODS = 60;

  private final Kernel k;

  private DailyReviews(Kernel k) {
    this.k = k;
  }

  /**
   * The desk's work log for the day, from the activity feed of every registered procedure (each
   * complaint, visit, ... of the desk's office that was active that day).
   */
  public Result<DailyWorkLog> workLog(Actor actor, FrontDeskId desk, LocalDate day) {
    Check.present("day", day);
    Optional<ManagementOffice> office = officeOf(actor, desk);
    if (office.isEmpty()) {
      return notFound(desk);
    }
    ManagementOffice mo = office.get();
    Instant from = day.atStartOfDay(mo.zone()).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(mo.zone()).toInstant();
    List<DeskActivity> activity = k.activity(mo.id(), from, to);
    boolean reviewed = k.read(actor, ctx -> ctx.find(REVIEWS, DailyReview.idOf(desk, day)).isPresent());
    return Result.accepted(DailyWorkLog.derive(desk, day, mo.zone(), activity, reviewed), List.of());
  }

  /**
   * Marks the desk's day reviewed (客户主管检查); only a customer supervisor may, once per day, and only
   * once the day has ended in the office's zone (field {@code day}). The note may be empty text, never
   * null. A second review of the day is refused as {@link RejectionCode#ALREADY_DONE}: amend it.
   */
  public Result<DailyReview> markReviewed(Actor actor, FrontDeskId desk, LocalDate day, String note) {
    Check.present("day", day);
    Check.present("note", note);
    Optional<ManagementOffice> office = officeOf(actor, desk);
    if (office.isEmpty()) {
      return notFound(desk);
    }
    ManagementOffice mo = office.get();
    return k.create(actor, REVIEWS, "REVIEW", ctx -> {
      Result<DailyReview> decided = DailyReview.mark(mo.id(), mo.zone(), desk, day, note,
          ctx.find(REVIEWS, DailyReview.idOf(desk, day)).isPresent(), actor, ctx.clock());
      decided.value().ifPresent(review -> ctx.record(REVIEWS, null, review, "REVIEW", decided.events()));
      return decided;
    });
  }

  /**
   * Amends the desk's review of the day (更正) with a reason; the old note and the reason are kept.
   *
   * @return the amended review; {@link RejectionCode#NOT_FOUND} when the desk is not visible or the day
   *     was never reviewed
   */
  public Result<DailyReview> amendReview(Actor actor, FrontDeskId desk, LocalDate day, String note, String reason) {
    Check.present("day", day);
    Check.present("note", note);
    Check.present("reason", reason);
    if (officeOf(actor, desk).isEmpty()) {
      return notFound(desk);
    }
    return k.execute(actor, REVIEWS, DailyReview.idOf(desk, day), OptionalLong.empty(), "AMEND_REVIEW",
        (current, ctx) -> current.amend(note, reason, ctx.actor(), ctx.clock()));
  }

  /**
   * Records the customer supervisor's visit to an owner about the front desk's service (主管走访). The
   * owner must live in a unit of the report's office (field {@code owner}); an office the actor may not
   * see is "not found" (field {@code office}).
   */
  public Result<ServiceVisit> recordServiceVisit(Actor actor, ServiceVisitReport report) {
    Check.present("actor", actor);
    Check.present("report", report);
    if (!actor.canSee(report.office()) || k.directory().office(report.office()).isEmpty()) {
      return officeNotFound(report.office());
    }
    return k.create(actor, VISITS, "RECORD_SERVICE_VISIT", ctx -> {
      boolean livesThere = ctx.directory().resident(report.owner()).stream().flatMap(r -> r.units().stream())
          .anyMatch(u -> ctx.directory().officeOfUnit(u).filter(report.office()::equals).isPresent());
      if (!livesThere) {
        return Result.rejected(Rejection.ofField(RejectionCode.NOT_FOUND, "owner",
            StaffText.of(DailyReview.BUNDLE, "owner.notOfOffice", report.owner(), report.office())));
      }
      Result<ServiceVisit> decided = ServiceVisit.record(ServiceVisitId.of(ctx.newId("visit")), report, actor, ctx.clock());
      decided.value().ifPresent(v -> ctx.record(VISITS, null, v, "RECORD_SERVICE_VISIT", decided.events()));
      return decided;
    });
  }

  /** Records a fix a service visit led to (整改); a customer supervisor or the office director may. */
  public Result<ServiceVisit> recordFix(Actor actor, ServiceVisitId visit, String fix) {
    Check.present("visit", visit);
    Check.present("fix", fix);
    return k.execute(actor, VISITS, visit.value(), OptionalLong.empty(), "RECORD_FIX",
        (current, ctx) -> current.recordFix(fix, ctx.actor(), ctx.clock()));
  }

  /** The office's service visits made in [from, to), by time; empty for an office the actor may not see. */
  public List<ServiceVisit> serviceVisits(Actor actor, OfficeId office, Instant from, Instant to) {
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("from", from);
    Check.present("to", to);
    Check.that(!to.isBefore(from), "to", "must not be before from");
    if (!actor.canSee(office)) {
      return List.of();
    }
    return k.read(actor, ctx -> ctx.query(VISITS, RecordQuery.of(ServiceVisit.TYPE.name()).office(office)
        .atLeast("visited_at", from).before("visited_at", to).orderBy("visited_at").build()));
  }

  /**
   * The office's weekly summary (周结) for the week starting {@code weekStart}, a Monday (field {@code
   * weekStart}): totals over every procedure's activity, what is open at the end, the alarms, each
   * desk's unreviewed days and the supervisor's notes. A week in progress is summarised so far.
   *
   * @return the summary; {@link RejectionCode#NOT_FOUND} for an office the actor may not see
   */
  public Result<WeeklySummary> weeklySummary(Actor actor, OfficeId office, LocalDate weekStart) {
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("weekStart", weekStart);
    Check.that(weekStart.getDayOfWeek() == java.time.DayOfWeek.MONDAY, "weekStart", "must be a Monday");
    Optional<ManagementOffice> mo = k.directory().office(office).filter(o -> actor.canSee(o.id()));
    if (mo.isEmpty()) {
      return officeNotFound(office);
    }
    ZoneId zone = mo.get().zone();
    Instant from = WeeklySummary.startOf(weekStart, zone);
    Instant to = WeeklySummary.endOf(weekStart, zone);
    List<DeskActivity> activity = k.activity(office, from, to);
    List<DailyReview> reviews = k.read(actor, ctx -> ctx.query(REVIEWS, RecordQuery.of(DailyReview.TYPE.name()).office(office)
        .atLeast("review_day", weekStart).atMost("review_day", weekStart.plusDays(6)).orderBy("review_day").build()));
    List<ServiceVisit> visits = serviceVisits(actor, office, from, to);
    List<FrontDeskId> desks = mo.get().desks().stream().map(d -> d.id()).toList();
    return Result.accepted(
        WeeklySummary.derive(office, weekStart, zone, desks, activity, reviews, visits, k.now()), List.of());
  }

  /** The days in [from, to] (at most 366 days) without a review, in order. */
  public Result<List<LocalDate>> unreviewedDays(Actor actor, FrontDeskId desk, LocalDate from, LocalDate to) {
    Check.present("from", from);
    Check.present("to", to);
    Check.that(!to.isBefore(from), "to", "must not be before from");
    Check.that(from.plusDays(MAX_RANGE_DAYS).isAfter(to), "to", "the range must be at most " + MAX_RANGE_DAYS + " days");
    if (officeOf(actor, desk).isEmpty()) {
      return notFound(desk);
    }
    Set<LocalDate> reviewed = k.read(actor, ctx -> ctx.query(REVIEWS, RecordQuery.of(DailyReview.TYPE.name())
        .eq("desk_id", desk.value()).atLeast("review_day", from).atMost("review_day", to).orderBy("review_day").build()))
        .stream().map(DailyReview::day).collect(Collectors.toSet());
    List<LocalDate> missing = from.datesUntil(to.plusDays(1)).filter(d -> !reviewed.contains(d)).toList();
    return Result.accepted(missing, List.of());
  }

  // ------------------------------------------------------------------ submissions to the group

  /**
   * Records the submission of a report for a period to the group's customer service centre (报送集团),
   * PROCEDURES §16: the report's kind (e.g. {@code complaint-analysis}), its scope (an office, or
   * empty for the whole company), the period, and the SHA-256 of the report's bytes. The service centre
   * submits any scope; an office director their office's. Due at {@link #SCHEDULE} after the period
   * in the office's zone (the company's first office's for a company-wide report).
   *
   * @return the submission; {@code NOT_FOUND} for an office the actor may not see; {@code
   *     ROLE_NOT_PERMITTED}; {@code INVALID_COMMAND} on {@code period} while it is not over; {@code
   *     ALREADY_DONE} when it was submitted before (resubmit it)
   */
  public Result<ReportSubmission> submitReport(Actor actor, String report, Optional<OfficeId> office, ReportPeriod period,
      String sha256) {
    Check.present("actor", actor);
    Check.present("report", report);
    Check.present("period", period);
    Check.present("sha256", sha256);
    Optional<ZoneId> zone = zoneOf(actor, Check.present("office", office));
    if (zone.isEmpty()) {
      return officeNotFound(office.orElse(ReportSubmission.COMPANY));
    }
    OfficeId scope = office.orElse(ReportSubmission.COMPANY);
    return k.create(actor, SUBMISSIONS, "SUBMIT_REPORT", ctx -> {
      Result<ReportSubmission> decided = ReportSubmission.submit(report, scope, period, sha256,
          ctx.find(SUBMISSIONS, ReportSubmission.idOf(report, scope, period)).isPresent(), zone.get(), SCHEDULE, k.calendar(),
          actor, ctx.clock());
      decided.value().ifPresent(s -> ctx.record(SUBMISSIONS, null, s, "SUBMIT_REPORT", decided.events()));
      return decided;
    });
  }

  /**
   * Submits a report again (更正报送) with a reason and the corrected report's hash; the first
   * submission still decides whether it was late.
   *
   * @return the submission; {@code NOT_FOUND} when it was never submitted or the scope is not visible
   */
  public Result<ReportSubmission> resubmitReport(Actor actor, String report, Optional<OfficeId> office, ReportPeriod period,
      String sha256, String reason) {
    Check.present("actor", actor);
    Check.present("report", report);
    Check.present("period", period);
    Check.present("sha256", sha256);
    Check.present("reason", reason);
    OfficeId scope = Check.present("office", office).orElse(ReportSubmission.COMPANY);
    return k.execute(actor, SUBMISSIONS, ReportSubmission.idOf(report, scope, period), OptionalLong.empty(), "RESUBMIT_REPORT",
        (current, ctx) -> current.resubmit(sha256, reason, ctx.actor(), ctx.clock()));
  }

  /**
   * Where the submissions of a report stand for each period of {@code from}'s kind from {@code from}
   * to {@code to} (at most {@value #MAX_PERIODS}): on time, late, overdue (missing after its due time)
   * or not yet due, so a late or missing submission is visible (PROCEDURES §16).
   *
   * @return the statuses in period order; {@code NOT_FOUND} for a scope the actor may not see
   */
  public Result<List<SubmissionStatus>> submissions(Actor actor, String report, Optional<OfficeId> office, ReportPeriod from,
      ReportPeriod to) {
    Check.present("actor", actor);
    Check.present("report", report);
    Check.present("from", from);
    Check.present("to", to);
    Check.that(from.kind() == to.kind(), "to", "must be a period of the same kind as from");
    Check.that(!to.start().isBefore(from.start()), "to", "must not be before from");
    List<ReportPeriod> periods = new ArrayList<>();
    for (ReportPeriod p = from; !p.start().isAfter(to.start()); p = new ReportPeriod(p.kind(), p.end())) {
      periods.add(p);
      Check.that(periods.size() <= MAX_PERIODS, "to", "a listing covers at most " + MAX_PERIODS + " periods");
    }
    Optional<ZoneId> zone = zoneOf(actor, Check.present("office", office));
    if (zone.isEmpty()) {
      return officeNotFound(office.orElse(ReportSubmission.COMPANY));
    }
    OfficeId scope = office.orElse(ReportSubmission.COMPANY);
    java.util.Map<String, ReportSubmission> found = new java.util.HashMap<>();
    k.read(actor, ctx -> ctx.query(SUBMISSIONS, RecordQuery.of(ReportSubmission.TYPE.name()).office(scope)
        .eq("report_kind", report).atLeast("period_start", from.start()).atMost("period_start", to.start()).build()))
        .forEach(s -> found.put(s.period().code(), s));
    Instant now = k.now();
    return Result.accepted(periods.stream().map(p -> SubmissionStatus.of(p, SCHEDULE.dueFor(p, zone.get(), k.calendar()),
        Optional.ofNullable(found.get(p.code())), now)).toList(), List.of());
  }

  /** The zone of a scope the actor may see: the office's, or the company's first office's for the company. */
  private Optional<ZoneId> zoneOf(Actor actor, Optional<OfficeId> office) {
    if (office.isEmpty()) {
      return actor.isCompanyWide() ? k.directory().company().offices().stream().findFirst().map(ManagementOffice::zone)
          : Optional.empty();
    }
    return k.directory().office(office.get()).filter(o -> actor.canSee(o.id())).map(ManagementOffice::zone);
  }

  private Optional<ManagementOffice> officeOf(Actor actor, FrontDeskId desk) {
    Check.present("actor", actor);
    Check.present("desk", desk);
    return k.directory().officeOfDesk(desk).filter(o -> actor.canSee(o.id()));
  }

  private static <T> Result<T> notFound(FrontDeskId desk) {
    return Result.rejected(Rejection.ofField(RejectionCode.NOT_FOUND, "desk", StaffText.of(DailyReview.BUNDLE, "desk.notFound", desk)));
  }

  private static <T> Result<T> officeNotFound(OfficeId office) {
    return Result.rejected(Rejection.ofField(RejectionCode.NOT_FOUND, "office", StaffText.of(DailyReview.BUNDLE, "office.notFound", office)));
  }
}

package org.propdesk.core.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;

/**
 * A report submitted to the group's customer service centre for one period (报表报送记录), PROCEDURES
 * §16: which report, for which office (or the whole company), for which period; when it was due; and
 * every submission with its time, author and the SHA-256 of the report's bytes, so the group can check
 * that what it holds is what was sent.
 *
 * <p>Invariants: one record per report, scope and period (the storage key {@link #idOf}); the first
 * submission came after the period ended; a resubmission (更正报送) gives a reason and a different hash;
 * submissions are only appended. A company-wide report is kept under the pseudo-office {@link
 * #COMPANY}, whose journal chain holds its submissions. Immutable and thread-safe.
 *
 * @param report the report's kind, e.g. {@code complaint-analysis}
 * @param office the office, or {@link #COMPANY} for the whole company
 * @param period the period
 * @param due when it was due
 * @param submissions every submission, oldest first, at least one
 * @param version the aggregate version
 * @since 0.1.0
 */
public record ReportSubmission(String report, OfficeId office, ReportPeriod period, Instant due, List<Entry> submissions,
    long version) {
  /** The pseudo-office of company-wide reports. */
  public static final OfficeId COMPANY = OfficeId.of("_company");

  private static final Pattern REPORT = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * The record type (报表报送记录): {@code report_submission}, one record per report, scope and period.
   */
  public static final AggregateType<ReportSubmission> TYPE = AggregateType.builder("report_submission", ReportSubmission.class)
      .id(s -> idOf(s.report(), s.office(), s.period()))
      .state(s -> s.submissions().size() > 1 ? "RESUBMITTED" : "SUBMITTED")
      .office(ReportSubmission::office)
      .version(ReportSubmission::version)
      .text("report_kind", ReportSubmission::report)
      .text("period_code", s -> s.period().code())
      .date("period_start", s -> s.period().start())
      .instant("due_at", ReportSubmission::due)
      .instant("first_submitted_at", s -> s.first().at())
      .flag("late", ReportSubmission::late)
      .text("sha256", s -> s.latest().sha256())
      .build();

  /**
   * One submission.
   *
   * @param at when
   * @param by who
   * @param byName their name
   * @param sha256 the SHA-256 of the report's bytes, 64 lower-case hex digits
   * @param reason why it was submitted again; empty text for the first
   */
  public record Entry(Instant at, org.propdesk.core.org.StaffId by, String byName, String sha256, String reason) {
    /** Checks the parts. */
    public Entry {
      Check.present("at", at);
      Check.present("by", by);
      Check.present("byName", byName);
      Check.present("sha256", sha256);
      Check.present("reason", reason);
    }
  }

  /** Checks the parts. */
  public ReportSubmission {
    Check.present("report", report);
    Check.present("office", office);
    Check.present("period", period);
    Check.present("due", due);
    submissions = List.copyOf(Check.present("submissions", submissions));
    Check.that(!submissions.isEmpty(), "submissions", "holds at least one submission");
    Check.that(version >= 1, "version", "must be at least 1");
  }

  /** The bundle of the supervision procedure's refusals. */
  private static final String BUNDLE = DailyReview.BUNDLE;

  /** The record id: report, scope and period, e.g. {@code complaint-analysis:_company:2026-03}. */
  public static String idOf(String report, OfficeId office, ReportPeriod period) {
    return report + ":" + office.value() + ":" + period.code();
  }

  /** The first submission. */
  public Entry first() {
    return submissions.get(0);
  }

  /** The latest submission. */
  public Entry latest() {
    return submissions.get(submissions.size() - 1);
  }

  /** Whether the first submission came after the due time (迟报). */
  public boolean late() {
    return first().at().isAfter(due);
  }

  /**
   * Submits a report for the first time. The actor must be the service centre (for any scope) or the
   * office director (for their office); the period must be over in {@code zone} (field {@code
   * period}); the report kind (field {@code report}) and the hash (field {@code sha256}) must be well
   * formed, else {@link org.propdesk.core.common.InvalidInputException}; a second first submission is
   * {@link RejectionCode#ALREADY_DONE}: resubmit with a reason instead.
   */
  public static Result<ReportSubmission> submit(String report, OfficeId office, ReportPeriod period, String sha256,
      boolean existing, ZoneId zone, SubmissionSchedule schedule, org.propdesk.core.spi.WorkCalendar calendar, Actor actor,
      Clock clock) {
    checkReport(report);
    checkHash(sha256);
    Check.present("period", period);
    Optional<Rejection> refused = roleRefusal(office, actor);
    if (refused.isPresent()) {
      return Result.rejected(refused.get());
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (now.isBefore(period.end().atStartOfDay(zone).toInstant())) {
      return Result.rejected(Rejection.ofField(RejectionCode.INVALID_COMMAND, "period",
          StaffText.of(BUNDLE, "submission.periodNotOver", period.code())));
    }
    if (existing) {
      return Result.rejected(Rejection.of(RejectionCode.ALREADY_DONE, StaffText.of(BUNDLE, "submission.already", report,
          period.code())));
    }
    ReportSubmission s = new ReportSubmission(report, office, period, schedule.dueFor(period, zone, calendar),
        List.of(new Entry(now, actor.staffId(), actor.name(), sha256, "")), 1);
    return Result.accepted(s, List.of(new ReportSubmissionEvent.Submitted(idOf(report, office, period), office, now,
        actor.staffId(), sha256, s.late())));
  }

  /**
   * Submits the report again (更正报送) with a reason and the new report's hash, which must differ from
   * the latest (field {@code sha256}). The first submission still decides whether it was late.
   */
  public Result<ReportSubmission> resubmit(String sha256, String reason, Actor actor, Clock clock) {
    checkHash(sha256);
    String why = Check.text("reason", reason, 1000);
    Optional<Rejection> refused = roleRefusal(office, actor);
    if (refused.isPresent()) {
      return Result.rejected(refused.get());
    }
    if (sha256.equals(latest().sha256())) {
      return Result.rejected(Rejection.ofField(RejectionCode.INVALID_COMMAND, "sha256",
          StaffText.of(BUNDLE, "submission.sameReport")));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<Entry> all = new ArrayList<>(submissions);
    all.add(new Entry(now, actor.staffId(), actor.name(), sha256, why));
    return Result.accepted(new ReportSubmission(report, office, period, due, all, version + 1),
        List.of(new ReportSubmissionEvent.Resubmitted(idOf(report, office, period), office, now, actor.staffId(), sha256, why)));
  }

  private static Optional<Rejection> roleRefusal(OfficeId office, Actor actor) {
    boolean allowed = actor.has(Role.SERVICE_CENTRE)
        || !office.equals(COMPANY) && actor.has(Role.OFFICE_DIRECTOR) && actor.canSee(office);
    return allowed ? Optional.empty() : Optional.of(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED,
        StaffText.of(BUNDLE, "submission.role")));
  }

  private static void checkReport(String report) {
    Check.present("report", report);
    Check.that(REPORT.matcher(report).matches(), "report", "must be 1-40 lower-case letters, digits or -, e.g. complaint-analysis");
  }

  private static void checkHash(String sha256) {
    Check.present("sha256", sha256);
    Check.that(SHA256.matcher(sha256).matches(), "sha256", "must be a SHA-256: 64 lower-case hexadecimal digits");
  }
}

package org.propdesk.core.supervision;

import org.propdesk.core.common.StaffText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;

/**
 * The customer supervisor's visit to an owner about the front desk's service (主管走访), seed 4.5.5 and
 * PROCEDURES §4: when, how, what was found, and the fixes it led to.
 *
 * <p>Invariants: made by a customer supervisor of the office; the visit time is not in the future and
 * at most 24 hours before it was recorded; fixes are appended, never changed; version 1 once recorded,
 * +1 per fix. Immutable and thread-safe; no component is null. {@code toString} shows no free text.
 *
 * @param id the visit
 * @param office the office
 * @param owner the owner visited
 * @param mode how
 * @param visitedAt when the visit took place
 * @param recordedAt when it was recorded
 * @param by the supervisor
 * @param byName their name
 * @param findings what was found
 * @param fixes the fixes it led to, oldest first
 * @param version the aggregate version
 * @since 0.1.0
 */
public record ServiceVisit(
    ServiceVisitId id,
    OfficeId office,
    OwnerId owner,
    VisitMode mode,
    Instant visitedAt,
    Instant recordedAt,
    StaffId by,
    String byName,
    String findings,
    List<ServiceFix> fixes,
    long version) {

  /** The visit's record type (走访记录): {@code service_visit}. */
  public static final AggregateType<ServiceVisit> TYPE = AggregateType.builder("service_visit", ServiceVisit.class)
      .id(v -> v.id().value())
      .state(v -> v.fixes().isEmpty() ? "RECORDED" : "FIXED")
      .office(ServiceVisit::office)
      .version(ServiceVisit::version)
      .text("owner_id", v -> v.owner().value())
      .instant("visited_at", ServiceVisit::visitedAt)
      .text("visited_by", v -> v.by().value())
      .build();

  /** How far back a visit may be recorded. */
  public static final Duration MAX_BACKDATING = Duration.ofHours(24);

  /** Checks the parts and keeps an unmodifiable copy of the fixes. */
  public ServiceVisit {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("owner", owner);
    Check.present("mode", mode);
    Check.present("visitedAt", visitedAt);
    Check.present("recordedAt", recordedAt);
    Check.present("by", by);
    Check.present("byName", byName);
    Check.present("findings", findings);
    fixes = List.copyOf(Check.present("fixes", fixes));
    Check.that(version >= 1, "version", "must be at least 1");
  }

  /**
   * Records a visit. The caller has checked that the owner lives in the office's estate. Refused when
   * the actor is not a customer supervisor, or the visit time is in the future or more than 24 hours
   * back (field {@code visitedAt}).
   */
  public static Result<ServiceVisit> record(ServiceVisitId id, ServiceVisitReport report, Actor actor, Clock clock) {
    Check.present("id", id);
    Check.present("report", report);
    if (!actor.has(Role.CUSTOMER_SUPERVISOR)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED, StaffText.of(DailyReview.BUNDLE, "visit.role")));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Instant at = report.visitedAt().orElse(now);
    if (at.isAfter(now)) {
      return Result.rejected(Rejection.ofField(RejectionCode.INVALID_COMMAND, "visitedAt", StaffText.of(DailyReview.BUNDLE, "visit.future")));
    }
    if (at.isBefore(now.minus(MAX_BACKDATING))) {
      return Result.rejected(Rejection.ofField(RejectionCode.INVALID_COMMAND, "visitedAt", StaffText.of(DailyReview.BUNDLE, "visit.tooOld")));
    }
    ServiceVisit v = new ServiceVisit(id, report.office(), report.owner(), report.mode(), at, now, actor.staffId(), actor.name(),
        report.findings(), List.of(), 1);
    return Result.accepted(v, List.of(new ServiceVisitEvent.Recorded(id, report.office(), now, report.owner(), at)));
  }

  /**
   * Records a fix the visit led to (整改). A customer supervisor or the office director may; the text is
   * 1-2000 characters, else an {@link org.propdesk.core.common.InvalidInputException} naming {@code fix}.
   */
  public Result<ServiceVisit> recordFix(String fix, Actor actor, Clock clock) {
    String text = Check.text("fix", fix, 2000);
    if (!actor.has(Role.CUSTOMER_SUPERVISOR) && !actor.has(Role.OFFICE_DIRECTOR)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED, StaffText.of(DailyReview.BUNDLE, "fix.role")));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<ServiceFix> all = new ArrayList<>(fixes);
    all.add(new ServiceFix(now, actor.staffId(), actor.name(), text));
    return Result.accepted(new ServiceVisit(id, office, owner, mode, visitedAt, recordedAt, by, byName, findings, all, version + 1),
        List.of(new ServiceVisitEvent.FixRecorded(id, office, now)));
  }

  @Override
  public String toString() {
    return "ServiceVisit{" + id + ", office=" + office + ", owner=" + owner + ", " + mode + ", at " + visitedAt + ", v" + version
        + ", fixes=" + fixes.size() + "}";
  }
}

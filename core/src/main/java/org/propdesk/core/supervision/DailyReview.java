package org.propdesk.core.supervision;

import org.propdesk.core.common.StaffText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.propdesk.core.common.Check;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;

/**
 * The customer supervisor's review of one desk's work log for one day (客户主管每日检查前台日工作记录),
 * seed 4.5.5.
 *
 * <p>Invariants: at most one review per desk and day (the storage key); the reviewer held the
 * customer-supervisor role; the day had ended in the office's zone when it was reviewed (PROCEDURES
 * §4: a day is reviewed only once it is over); version 1 once created, +1 per amendment; an amendment
 * keeps the note it replaced and its reason. Immutable and thread-safe.
 *
 * @param office the desk's office
 * @param desk the desk
 * @param day the day reviewed, in the office's zone
 * @param reviewedBy the supervisor
 * @param reviewerName their name
 * @param reviewedAt when
 * @param note what they noted (发现问题及整改), may be empty text; the latest amendment's note
 * @param version the aggregate version
 * @param amendments every amendment, oldest first
 * @since 0.1.0
 */
public record DailyReview(
    OfficeId office,
    FrontDeskId desk,
    LocalDate day,
    StaffId reviewedBy,
    String reviewerName,
    Instant reviewedAt,
    String note,
    long version,
    List<ReviewAmendment> amendments) {
  /**
   * The review's record type (日清检查记录): {@code daily_review}, one record per desk and day, whose id
   * is {@link #idOf}.
   */
  public static final AggregateType<DailyReview> TYPE = AggregateType.builder("daily_review", DailyReview.class)
      .id(r -> idOf(r.desk(), r.day()))
      .state(r -> "REVIEWED")
      .office(DailyReview::office)
      .version(DailyReview::version)
      .text("desk_id", r -> r.desk().value())
      .date("review_day", DailyReview::day)
      .text("reviewed_by", r -> r.reviewedBy().value())
      .instant("reviewed_at", DailyReview::reviewedAt)
      .build();

  /** Checks the parts. */
  public DailyReview {
    Check.present("office", office);
    Check.present("desk", desk);
    Check.present("day", day);
    Check.present("reviewedBy", reviewedBy);
    Check.present("reviewerName", reviewerName);
    Check.present("reviewedAt", reviewedAt);
    Check.present("note", note);
    Check.that(version >= 1, "version", "must be at least 1");
    // documents stored before amendments existed carry none
    amendments = amendments == null ? List.of() : List.copyOf(amendments);
  }

  /** A review never amended. */
  public DailyReview(
      OfficeId office, FrontDeskId desk, LocalDate day, StaffId reviewedBy, String reviewerName, Instant reviewedAt,
      String note, long version) {
    this(office, desk, day, reviewedBy, reviewerName, reviewedAt, note, version, List.of());
  }

  /** The bundle of the supervision procedure's refusals, zh-CN and English. */
  public static final String BUNDLE = "org.propdesk.core.supervision.SupervisionRejections";

  /** The longest note, in characters. */
  public static final int MAX_NOTE = 1000;

  /**
   * Amends the review (更正), PROCEDURES §4: a customer supervisor of the office replaces the note and
   * gives a reason; the old note and the reason are kept. An empty or overlong reason, or an overlong
   * note, is an {@link org.propdesk.core.common.InvalidInputException} naming the field.
   */
  public Result<DailyReview> amend(String newNote, String reason, Actor actor, Clock clock) {
    String text = noteOf(newNote);
    String why = Check.text("reason", reason, 1000);
    if (!actor.has(Role.CUSTOMER_SUPERVISOR)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED, StaffText.of(BUNDLE, "review.amendRole")));
    }
    if (text.equals(note)) {
      return Result.rejected(Rejection.ofField(RejectionCode.INVALID_COMMAND, "note", StaffText.of(BUNDLE, "review.sameNote")));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<ReviewAmendment> all = new java.util.ArrayList<>(amendments);
    all.add(new ReviewAmendment(now, actor.staffId(), actor.name(), note, why));
    return Result.accepted(
        new DailyReview(office, desk, day, reviewedBy, reviewerName, reviewedAt, text, version + 1, all),
        List.of(new DailyReviewEvent.Amended(office, desk, day, actor.staffId(), now, why)));
  }

  private static String noteOf(String note) {
    return Check.present("note", note).isBlank() ? "" : Check.text("note", note, MAX_NOTE);
  }

  /** The record id of a desk's review of a day, e.g. {@code D1:2026-03-02}. */
  public static String idOf(FrontDeskId desk, LocalDate day) {
    return desk.value() + ":" + day;
  }

  /**
   * Marks a day reviewed. Rejected when the actor is not a customer supervisor, when the day has not
   * ended in the office's zone (field {@code day}), or when it was already reviewed ({@code existing}
   * is true: amend it instead).
   */
  public static Result<DailyReview> mark(
      OfficeId office,
      ZoneId zone,
      FrontDeskId desk,
      LocalDate day,
      String note,
      boolean existing,
      Actor actor,
      Clock clock) {
    String text = noteOf(note);
    if (!actor.has(Role.CUSTOMER_SUPERVISOR)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED, StaffText.of(BUNDLE, "review.role")));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (!day.isBefore(now.atZone(zone).toLocalDate())) {
      return Result.rejected(Rejection.ofField(RejectionCode.INVALID_COMMAND, "day", StaffText.of(BUNDLE, "review.dayNotEnded", day)));
    }
    if (existing) {
      return Result.rejected(Rejection.of(RejectionCode.ALREADY_DONE, StaffText.of(BUNDLE, "review.already", desk, day)));
    }
    return Result.accepted(
        new DailyReview(office, desk, day, actor.staffId(), actor.name(), now, text, 1),
        List.of(new DailyReviewEvent.Reviewed(office, desk, day, actor.staffId(), now)));
  }
}

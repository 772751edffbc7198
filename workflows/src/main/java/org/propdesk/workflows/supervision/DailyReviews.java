package org.propdesk.workflows.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.Kernel;
import org.propdesk.workflows.Procedure;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.supervision.DailyReview;
import org.propdesk.core.supervision.DailyReviewEvent;
import org.propdesk.core.supervision.DailyWorkLog;

/**
 * Daily-clear review (日清周结, seed 4.5.5): each front desk's daily work log, derived from the
 * procedure-neutral activity feed of every registered procedure, the customer supervisor's daily
 * review of it, and the days still unreviewed.
 *
 * <p>A desk of an office the actor may not see is "not found". Thread-safe.
 */
public final class DailyReviews {
  private static final int MAX_RANGE_DAYS = 366;

  /** The procedure's name, and the folder of its migrations ({@code db/propdesk/supervision}). */
  public static final String NAME = "supervision";

  /** How the kernel handles daily reviews. */
  static final AggregateRoute<DailyReview> REVIEWS = AggregateRoute.of(DailyReview.TYPE, DailyReviewEvent.class).build();

  /** The supervision procedure; its desk is a {@link DailyReviews}. The facade registers it by default. */
  public static final Procedure<DailyReviews> PROCEDURE =
      Procedure.builder(NAME, DailyReviews::new).route(REVIEWS).build();

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
   * Marks the desk's day reviewed (客户主管检查); only a customer supervisor may, once per day. The
   * note may be empty text, never null.
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

  private Optional<ManagementOffice> officeOf(Actor actor, FrontDeskId desk) {
    Check.present("actor", actor);
    Check.present("desk", desk);
    return k.directory().officeOfDesk(desk).filter(o -> actor.canSee(o.id()));
  }

  private static <T> Result<T> notFound(FrontDeskId desk) {
    return Result.rejected(Rejection.ofField(RejectionCode.NOT_FOUND, "desk", "desk " + desk + " not found"));
  }
}

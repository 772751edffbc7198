package org.propdesk.workflows;

import com.google.common.collect.ImmutableList;
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
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.supervision.DailyReview;
import org.propdesk.core.supervision.DailyWorkLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily-clear review (日清周结, seed 4.5.5): each front desk's daily work log, derived from what
 * happened, the customer supervisor's daily review of it, and the days still unreviewed.
 *
 * <p>A desk of an office the actor may not see is "not found". Thread-safe.
 */
public final class DailyReviews {
  private static final Logger LOG = LoggerFactory.getLogger(DailyReviews.class);
  private static final int MAX_RANGE_DAYS = 366;

  /** The reviews in storage. */
  static final Repository<DailyReview> REVIEWS = new Repository<>(DailyReview.TYPE);

  private final Wiring w;

  DailyReviews(Wiring w) {
    this.w = w;
  }

  /** The desk's work log for the day. */
  public Result<DailyWorkLog> workLog(Actor actor, FrontDeskId desk, LocalDate day) {
    Optional<ManagementOffice> office = officeOf(actor, desk);
    if (office.isEmpty()) {
      return notFound(desk);
    }
    ManagementOffice mo = office.get();
    Instant from = day.atStartOfDay(mo.zone()).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(mo.zone()).toInstant();
    return w.storage().inTransaction(tx -> Result.accepted(
        DailyWorkLog.derive(desk, day, mo.zone(), ComplaintEffects.findActiveBetween(tx, mo.id(), from, to),
            REVIEWS.find(tx, DailyReview.idOf(desk, day)).isPresent()),
        List.of()));
  }

  /** Marks the desk's day reviewed (客户主管检查); only a customer supervisor may, once per day. */
  public Result<DailyReview> markReviewed(Actor actor, FrontDeskId desk, LocalDate day, String note) {
    Check.present("day", day);
    Optional<ManagementOffice> office = officeOf(actor, desk);
    if (office.isEmpty()) {
      return notFound(desk);
    }
    ManagementOffice mo = office.get();
    Result<DailyReview> r = w.storage().inTransaction(tx -> {
      Result<DailyReview> decided = DailyReview.mark(
          mo.id(), mo.zone(), desk, day, note, REVIEWS.find(tx, DailyReview.idOf(desk, day)).isPresent(), actor, w.clock());
      decided.value().ifPresent(review -> {
        REVIEWS.save(tx, review, 0);
        tx.journal().append(new JournalDraft(mo.id(), w.now(), actor.staffId().value(), "DailyReview",
            desk.value(), "REVIEW", "", "REVIEWED", JsonCodec.notePayload("reviewed day " + day)));
      });
      return decided;
    });
    LOG.info("review {} {} actor={} -> {}", desk, day, actor.staffId(),
        r.isAccepted() ? "ACCEPTED" : "REJECTED " + r.rejection().orElseThrow().code());
    return r;
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
    Set<LocalDate> reviewed = w.storage().inTransaction(tx -> REVIEWS.query(tx, REVIEWS.queryOf()
        .eq("desk_id", desk.value()).atLeast("review_day", from).atMost("review_day", to).orderBy("review_day").build())).stream()
        .map(DailyReview::day).collect(Collectors.toSet());
    List<LocalDate> missing = from.datesUntil(to.plusDays(1)).filter(d -> !reviewed.contains(d))
        .collect(ImmutableList.toImmutableList());
    return Result.accepted(missing, List.of());
  }

  private Optional<ManagementOffice> officeOf(Actor actor, FrontDeskId desk) {
    Check.present("actor", actor);
    Check.present("desk", desk);
    return w.directory().company().offices().stream()
        .filter(o -> o.runs(desk) && actor.canSee(o.id()))
        .findFirst();
  }

  private static <T> Result<T> notFound(FrontDeskId desk) {
    return Result.rejected(Rejection.ofField(RejectionCode.NOT_FOUND, "desk", "desk " + desk + " not found"));
  }
}

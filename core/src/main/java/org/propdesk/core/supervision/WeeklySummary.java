package org.propdesk.core.supervision;

import static org.propdesk.core.supervision.DailyWorkLog.count;
import static org.propdesk.core.supervision.DailyWorkLog.ids;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.propdesk.core.common.Check;
import org.propdesk.core.lifecycle.ActivityFeed;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.lifecycle.DeskActivity.Kind;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;

/**
 * An office's weekly summary (周结), PROCEDURES §16 and seed duty 11: the week's totals across every
 * procedure's activity feed, what is still open at its end, the alarms, each desk's days left
 * unreviewed, and the supervisor's notes (the daily reviews and the service visits of the week).
 *
 * <p>The week runs Monday 00:00 to the next Monday 00:00 in the office's zone. For a week in progress
 * ({@code complete} false) "open at the end" means open now, and only days that have ended can be
 * unreviewed. Lists hold record ids in the feed's order. Immutable and thread-safe; every part is
 * non-null.
 *
 * @param office the office
 * @param weekStart the Monday the week starts
 * @param complete whether the week had ended when the summary was made
 * @param received records received in the week
 * @param closed records closed in the week
 * @param contacts replies and follow-ups made in the week
 * @param firstRepliesOnTime first replies within the limit
 * @param firstRepliesLate first replies after the limit
 * @param alarms deadline alarms raised in the week (first reply, judgement, agreed time, resolution
 *     target, ...)
 * @param missedFollowUps days a record went without its follow-up contact
 * @param flagged items the supervisor had to look at
 * @param openAtEnd records still open at the week's end
 * @param desks each desk's week, in the office's desk order
 * @param reviews the daily reviews of the week's days, by day
 * @param visits the service visits made in the week, by time
 * @since 0.1.0
 */
public record WeeklySummary(
    OfficeId office,
    LocalDate weekStart,
    boolean complete,
    List<String> received,
    List<String> closed,
    int contacts,
    int firstRepliesOnTime,
    int firstRepliesLate,
    int alarms,
    int missedFollowUps,
    int flagged,
    List<String> openAtEnd,
    List<DeskWeek> desks,
    List<DailyReview> reviews,
    List<ServiceVisit> visits) {

  /**
   * One desk's week. Immutable and thread-safe; no component is null.
   *
   * @param desk the desk
   * @param received records it received
   * @param closed its records closed
   * @param alarms alarms on its records
   * @param unreviewedDays the week's ended days without a review of this desk
   */
  public record DeskWeek(FrontDeskId desk, int received, int closed, int alarms, List<LocalDate> unreviewedDays) {
    /** Keeps an unmodifiable copy. */
    public DeskWeek {
      Check.present("desk", desk);
      unreviewedDays = List.copyOf(unreviewedDays);
    }
  }

  /** Checks the parts and keeps unmodifiable copies. */
  public WeeklySummary {
    Check.present("office", office);
    Check.present("weekStart", weekStart);
    Check.that(weekStart.getDayOfWeek() == DayOfWeek.MONDAY, "weekStart", "must be a Monday");
    received = List.copyOf(received);
    closed = List.copyOf(closed);
    openAtEnd = List.copyOf(openAtEnd);
    desks = List.copyOf(desks);
    reviews = List.copyOf(reviews);
    visits = List.copyOf(visits);
  }

  /** The first instant of the week starting {@code weekStart}, in {@code zone}. */
  public static Instant startOf(LocalDate weekStart, ZoneId zone) {
    return weekStart.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the week starting {@code weekStart}, in {@code zone}. */
  public static Instant endOf(LocalDate weekStart, ZoneId zone) {
    return weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
  }

  /**
   * Derives the summary. Items outside the week are ignored, so the caller may pass supersets.
   *
   * @param desks the office's desks, in order
   * @param now the instant the summary is made: it decides which days have ended
   */
  public static WeeklySummary derive(OfficeId office, LocalDate weekStart, ZoneId zone, List<FrontDeskId> desks,
      Collection<DeskActivity> activity, Collection<DailyReview> reviews, Collection<ServiceVisit> visits, Instant now) {
    Check.present("weekStart", weekStart);
    Check.that(weekStart.getDayOfWeek() == DayOfWeek.MONDAY, "weekStart", "must be a Monday");
    Instant from = startOf(weekStart, zone);
    Instant to = endOf(weekStart, zone);
    List<DeskActivity> week = activity.stream().filter(a -> !a.at().isBefore(from) && a.at().isBefore(to)).toList();
    Instant lastDayEnd = ActivityFeed.lastMilliOf(weekStart.plusDays(6), zone);
    List<DailyReview> weekReviews = reviews.stream()
        .filter(r -> !r.day().isBefore(weekStart) && r.day().isBefore(weekStart.plusWeeks(1)))
        .sorted(java.util.Comparator.comparing(DailyReview::day).thenComparing(r -> r.desk().value())).toList();
    LocalDate today = now.atZone(zone).toLocalDate();
    List<DeskWeek> perDesk = desks.stream().map(desk -> {
      List<DeskActivity> mine = week.stream().filter(a -> a.desk().equals(desk)).toList();
      Set<LocalDate> reviewed = weekReviews.stream().filter(r -> r.desk().equals(desk)).map(DailyReview::day).collect(Collectors.toSet());
      List<LocalDate> unreviewed = weekStart.datesUntil(weekStart.plusWeeks(1))
          .filter(d -> d.isBefore(today) && !reviewed.contains(d)).toList();
      return new DeskWeek(desk, ids(mine, Kind.RECEIVED).size(), ids(mine, Kind.CLOSED).size(), count(mine, Kind.ALARM), unreviewed);
    }).toList();
    return new WeeklySummary(
        office,
        weekStart,
        !now.isBefore(to),
        ids(week, Kind.RECEIVED),
        ids(week, Kind.CLOSED),
        count(week, Kind.CONTACT),
        count(week, Kind.FIRST_REPLY_ON_TIME),
        count(week, Kind.FIRST_REPLY_LATE),
        count(week, Kind.ALARM),
        count(week, Kind.MISSED_FOLLOW_UP),
        count(week, Kind.FLAGGED),
        ids(week.stream().filter(a -> a.at().equals(lastDayEnd)).toList(), Kind.OPEN_AT_END_OF_DAY),
        perDesk,
        weekReviews,
        visits.stream().filter(v -> !v.visitedAt().isBefore(from) && v.visitedAt().isBefore(to))
            .sorted(java.util.Comparator.comparing(ServiceVisit::visitedAt)).toList());
  }

}

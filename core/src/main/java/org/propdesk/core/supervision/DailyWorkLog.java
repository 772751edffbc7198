package org.propdesk.core.supervision;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.propdesk.core.common.Check;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.lifecycle.DeskActivity.Kind;
import org.propdesk.core.org.FrontDeskId;

/**
 * A front desk's work log for one day (前台日工作记录, seed 4.5.1), derived from the desk's
 * procedure-neutral activity feed ({@link DeskActivity}): what came in, what was said, what was closed,
 * what is overdue and what must be looked at, whichever procedure it came from.
 *
 * <p>The lists hold record ids in the feed's order (each procedure in registration order). Immutable
 * and thread-safe; every part is non-null.
 *
 * @param desk the desk
 * @param day the day, in the office's zone
 * @param received records received that day
 * @param firstRepliesOnTime first replies given that day within the limit
 * @param firstRepliesLate first replies given that day after the limit
 * @param firstReplyAlarms alarms raised that day: deadlines that passed with nothing done (a first reply,
 *     and every other deadline a procedure alarms on, e.g. a complaint's judgement, agreed handling
 *     time or resolution target)
 * @param contacts replies and follow-ups made that day
 * @param missedFollowUps records that had no contact that day (recorded after the day ended)
 * @param closed records closed that day
 * @param openAtEndOfDay records of the desk still open when the day ended
 * @param flagged records the supervisor must look at (e.g. a visitor still on site at closing)
 * @param reviewed whether the customer supervisor reviewed this day
 * @since 0.1.0
 */
public record DailyWorkLog(
    FrontDeskId desk,
    LocalDate day,
    List<String> received,
    int firstRepliesOnTime,
    int firstRepliesLate,
    int firstReplyAlarms,
    int contacts,
    List<String> missedFollowUps,
    List<String> closed,
    List<String> openAtEndOfDay,
    List<String> flagged,
    boolean reviewed) {

  /** Checks the parts and keeps unmodifiable copies. */
  public DailyWorkLog {
    Check.present("desk", desk);
    Check.present("day", day);
    received = List.copyOf(received);
    missedFollowUps = List.copyOf(missedFollowUps);
    closed = List.copyOf(closed);
    openAtEndOfDay = List.copyOf(openAtEndOfDay);
    flagged = List.copyOf(flagged);
  }

  /**
   * Derives the log from the feed. Items of other desks, and items outside the day (in {@code zone}),
   * are ignored, so the caller may pass a superset.
   */
  public static DailyWorkLog derive(
      FrontDeskId desk, LocalDate day, ZoneId zone, Collection<DeskActivity> activity, boolean reviewed) {
    Instant start = day.atStartOfDay(zone).toInstant();
    Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
    List<DeskActivity> today = activity.stream()
        .filter(a -> a.desk().equals(desk) && !a.at().isBefore(start) && a.at().isBefore(end))
        .toList();
    return new DailyWorkLog(
        desk,
        day,
        ids(today, Kind.RECEIVED),
        count(today, Kind.FIRST_REPLY_ON_TIME),
        count(today, Kind.FIRST_REPLY_LATE),
        count(today, Kind.ALARM),
        count(today, Kind.CONTACT),
        ids(today, Kind.MISSED_FOLLOW_UP),
        ids(today, Kind.CLOSED),
        ids(today, Kind.OPEN_AT_END_OF_DAY),
        ids(today, Kind.FLAGGED),
        reviewed);
  }

  private static Predicate<DeskActivity> of(Kind kind) {
    return a -> a.kind() == kind;
  }

  /** The distinct record ids of the items of {@code kind}, in feed order; shared with {@link WeeklySummary}. */
  static List<String> ids(List<DeskActivity> today, Kind kind) {
    return today.stream().filter(of(kind)).map(DeskActivity::recordId).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /** How many items are of {@code kind}; shared with {@link WeeklySummary}. */
  static int count(List<DeskActivity> today, Kind kind) {
    return (int) today.stream().filter(of(kind)).count();
  }
}

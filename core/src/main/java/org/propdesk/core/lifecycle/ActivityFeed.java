package org.propdesk.core.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.propdesk.core.common.Check;
import org.propdesk.core.lifecycle.DeskActivity.Kind;
import org.propdesk.core.org.FrontDeskId;

/**
 * Collects one record's {@link DeskActivity} items within a window [from, to) (工作动态收集), so each
 * procedure's activity rule states only what happened when: items outside the window are dropped,
 * and "open at a day's end" is computed the same way for every procedure.
 *
 * <p>Not thread-safe: one per call of an activity rule. Arguments are non-null.
 *
 * @since 0.1.0
 */
public final class ActivityFeed {
  private final String type;
  private final String recordId;
  private final FrontDeskId desk;
  private final Instant from;
  private final Instant to;
  private final List<DeskActivity> items = new ArrayList<>();

  private ActivityFeed(String type, String recordId, FrontDeskId desk, Instant from, Instant to) {
    this.type = type;
    this.recordId = recordId;
    this.desk = Check.present("desk", desk);
    this.from = Check.present("from", from);
    this.to = Check.present("to", to);
  }

  /** A feed of the record {@code recordId} of {@code type}, received at {@code desk}, for [from, to). */
  public static ActivityFeed of(String type, String recordId, FrontDeskId desk, Instant from, Instant to) {
    return new ActivityFeed(type, recordId, desk, from, to);
  }

  /** The last millisecond of {@code day} in {@code zone}: the instant of a day-level item. */
  public static Instant lastMilliOf(LocalDate day, ZoneId zone) {
    return day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
  }

  /** Adds an item of {@code kind} at {@code at}, if {@code at} lies in the window. */
  public ActivityFeed add(Kind kind, Instant at) {
    if (!at.isBefore(from) && at.isBefore(to)) {
      items.add(new DeskActivity(type, recordId, desk, kind, at));
    }
    return this;
  }

  /**
   * Adds {@link Kind#OPEN_AT_END_OF_DAY} at the last millisecond of every day in the window, from the
   * day of {@code since} on, at which {@code openAt} holds.
   */
  public ActivityFeed openAtEachDayEnd(Instant since, ZoneId zone, Predicate<Instant> openAt) {
    LocalDate last = to.minusMillis(1).atZone(zone).toLocalDate();
    for (LocalDate day = since.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      Instant dayEnd = lastMilliOf(day, zone);
      if (!dayEnd.isBefore(from) && openAt.test(dayEnd)) {
        add(Kind.OPEN_AT_END_OF_DAY, dayEnd);
      }
    }
    return this;
  }

  /** The items collected, in the order they were added. */
  public List<DeskActivity> items() {
    return List.copyOf(items);
  }
}

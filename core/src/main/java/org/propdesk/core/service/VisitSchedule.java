package org.propdesk.core.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.propdesk.core.common.Check;
import org.propdesk.core.spi.WorkCalendar;

/**
 * When a recurring contract's visits fall (服务周期): a weekday and a time, every one to four weeks, and
 * what to do when the day is not a working day. Immutable and thread-safe.
 *
 * @param day the weekday
 * @param time the time of day, in the office's zone
 * @param everyWeeks 1 for weekly, 2 for fortnightly, up to 4
 * @param holidays what a visit on a day that is not a working day does
 * @since 0.1.0
 */
public record VisitSchedule(DayOfWeek day, LocalTime time, int everyWeeks, HolidayRule holidays) {
  /** Checks the parts. */
  public VisitSchedule {
    Check.present("day", day);
    Check.present("time", time);
    Check.that(everyWeeks >= 1 && everyWeeks <= 4, "everyWeeks", "must be 1-4");
    Check.present("holidays", holidays);
  }

  /** Weekly on {@code day} at {@code time}, moved to the next working day when that day is not one. */
  public static VisitSchedule weekly(DayOfWeek day, LocalTime time) {
    return new VisitSchedule(day, time, 1, HolidayRule.NEXT_WORKING_DAY);
  }

  /** This schedule with another holiday rule. */
  public VisitSchedule withHolidays(HolidayRule rule) {
    return new VisitSchedule(day, time, everyWeeks, rule);
  }

  /**
   * The visit days from {@code start} to {@code end} (both included), by the calendar: the first {@link
   * #day} on or after the start, then every {@link #everyWeeks} weeks; a day that is not a working day
   * is kept, moved to the next working day (dropped if that passes the end or an already planned day)
   * or skipped, as {@link #holidays} says.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code date} when the calendar has no
   *     data for a day of the term
   */
  public List<LocalDate> plan(LocalDate start, LocalDate end, WorkCalendar calendar) {
    Check.present("start", start);
    Check.present("end", end);
    Check.present("calendar", calendar);
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = start.with(TemporalAdjusters.nextOrSame(day)); !d.isAfter(end); d = d.plusWeeks(everyWeeks)) {
      LocalDate visit = d;
      if (holidays != HolidayRule.KEEP && !calendar.isWorkingDay(d)) {
        if (holidays == HolidayRule.SKIP) {
          continue;
        }
        visit = calendar.nextWorkingDay(d);
      }
      if (!visit.isAfter(end) && (out.isEmpty() || visit.isAfter(out.get(out.size() - 1)))) {
        out.add(visit);
      }
    }
    return out;
  }
}

package org.propdesk.core.spi;

import java.time.LocalDate;

/**
 * The work calendar (工作日历) port: which dates are working days.
 *
 * <p>The default, {@code org.propdesk.core.calendar.ChinaWorkCalendar.statutory()}, knows China's
 * statutory holidays and make-up workdays (调休) for the years it has data for. Rules that count
 * "working days" (e.g. banking a deposit the next working day) ask this port; clock-time rules such as
 * "15 minutes" run around the clock and never ask it.
 *
 * <p>Implementations must be thread-safe and deterministic (the same date always gives the same
 * answer). They never return {@code null}. For a date they have no data for they throw {@link
 * org.propdesk.core.common.InvalidInputException} naming the field {@code "date"}, rather than
 * guessing. Contract suite: {@code org.propdesk.testkit.WorkCalendarContract}.
 *
 * @since 0.1.0
 */
public interface WorkCalendar {
  /** Whether {@code date} is a working day. */
  boolean isWorkingDay(LocalDate date);

  /** The first working day strictly after {@code date}. */
  default LocalDate nextWorkingDay(LocalDate date) {
    LocalDate d = date.plusDays(1);
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The date {@code n} working days after {@code date} ({@code n >= 0}); for {@code n == 0}, {@code date}
   * itself if it is a working day, else the next working day.
   */
  default LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n < 0) {
      throw new org.propdesk.core.common.InvalidInputException("n", "must not be negative");
    }
    LocalDate d = isWorkingDay(date) ? date : nextWorkingDay(date);
    for (int i = 0; i < n; i++) {
      d = nextWorkingDay(d);
    }
    return d;
  }
}

package org.propdesk.core.supervision;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.propdesk.core.common.Check;
import org.propdesk.core.spi.WorkCalendar;

/**
 * When a report for a period is due at the group's customer service centre (报送时限), PROCEDURES §16:
 * at {@code dueTime} on the {@code workingDays}-th working day after the period ends, in the zone of
 * the office (or of the company for a company-wide report). The default, 18:00 on the fifth working
 * day, is ours ({@code [ours]}): the manual says "on schedule" and monthly. Immutable and thread-safe.
 *
 * @param workingDays how many working days after the period's last day, 1-20
 * @param dueTime the time of day it is due
 * @since 0.1.0
 */
public record SubmissionSchedule(int workingDays, LocalTime dueTime) {
  /** Checks the parts. */
  public SubmissionSchedule {
    Check.that(workingDays >= 1 && workingDays <= 20, "workingDays", "must be 1-20");
    Check.present("dueTime", dueTime);
  }

  /** 18:00 on the fifth working day after the period. */
  public static SubmissionSchedule defaults() {
    return new SubmissionSchedule(5, LocalTime.of(18, 0));
  }

  /** When the report of {@code period} is due. */
  public Instant dueFor(ReportPeriod period, ZoneId zone, WorkCalendar calendar) {
    Check.present("period", period);
    Check.present("zone", zone);
    Check.present("calendar", calendar);
    // the first working day on or after the period's end is the first working day after the period
    return calendar.plusWorkingDays(period.end(), workingDays - 1).atTime(dueTime).atZone(zone).toInstant();
  }
}

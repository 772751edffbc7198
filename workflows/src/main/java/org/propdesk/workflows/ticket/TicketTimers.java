package org.propdesk.workflows.ticket;

import java.time.Instant;
import java.time.LocalDate;
import org.propdesk.core.spi.TimerEntry;
import org.propdesk.core.ticket.Ticket;

/**
 * The repair timers the sweep runs (报事报修定时检查), with deterministic ids. Each deadline's timer
 * carries the deadline in its payload and an id naming it, so a deadline that moved (a pause, a
 * reopening) leaves the old timer to find its deadline no longer in force and do nothing:
 *
 * <ul>
 *   <li>{@code FIRST_REPLY}: one millisecond after the first-reply deadline;
 *   <li>{@code DISPATCH}: one millisecond after the dispatch deadline;
 *   <li>{@code ARRIVAL}: one millisecond after an arrival deadline;
 *   <li>{@code RESOLUTION_WARNING} and {@code RESOLUTION}: ahead of and just after a resolution deadline;
 *   <li>{@code UNRATED}: the time allowed after a completion, which the payload names;
 *   <li>{@code FOLLOW_UP_DAY}: at the start of the day after the day checked, one per day while open.
 * </ul>
 */
enum TicketTimers {
  FIRST_REPLY,
  DISPATCH,
  ARRIVAL,
  RESOLUTION_WARNING,
  RESOLUTION,
  UNRATED,
  FOLLOW_UP_DAY;

  private TimerEntry entry(Ticket t, String suffix, Instant due, String payload) {
    return TimerEntry.pending("ticket:" + t.id() + ":" + suffix, t.office(), Ticket.TYPE.name(), t.id().value(), name(), due,
        payload);
  }

  static TimerEntry firstReply(Ticket t) {
    return FIRST_REPLY.entry(t, "first-reply", t.firstReplyDue().plusMillis(1), "");
  }

  static TimerEntry dispatch(Ticket t) {
    return DISPATCH.entry(t, "dispatch", t.dispatchDue().plusMillis(1), "");
  }

  static TimerEntry arrival(Ticket t, Instant due) {
    return ARRIVAL.entry(t, "arrival:" + due, due.plusMillis(1), due.toString());
  }

  static TimerEntry resolutionWarning(Ticket t, Instant due, Instant warnAt) {
    return RESOLUTION_WARNING.entry(t, "resolution-warning:" + due, warnAt, due.toString());
  }

  static TimerEntry resolution(Ticket t, Instant due) {
    return RESOLUTION.entry(t, "resolution:" + due, due.plusMillis(1), due.toString());
  }

  static TimerEntry unrated(Ticket t, Instant completedAt, Instant due) {
    return UNRATED.entry(t, "unrated:" + completedAt, due, completedAt.toString());
  }

  static TimerEntry followUpDay(Ticket t, LocalDate day) {
    return FOLLOW_UP_DAY.entry(t, "follow-up:" + day, day.plusDays(1).atStartOfDay(t.zone()).toInstant(), day.toString());
  }
}

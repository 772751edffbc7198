package org.propdesk.workflows.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.spi.TimerEntry;

/**
 * The complaint timers the sweep runs (投诉定时检查), with their deterministic ids.
 *
 * <ul>
 *   <li>{@code FIRST_REPLY}: one millisecond after the first-reply deadline;
 *   <li>{@code FOLLOW_UP_DAY}: at the start of the day after the day checked (office zone), one per
 *       day while the complaint is not terminal;
 *   <li>{@code UPGRADE}: at the upgrade instant;
 *   <li>{@code JUDGEMENT}: at the end of the first working day (office zone, work calendar), its
 *       instant in the payload.
 * </ul>
 */
enum ComplaintTimerKind {
  FIRST_REPLY,
  FOLLOW_UP_DAY,
  UPGRADE,
  JUDGEMENT;

  static final String AGGREGATE = Complaint.TYPE.name();

  static TimerEntry firstReply(Complaint c) {
    return TimerEntry.pending(
        "complaint:" + c.id() + ":first-reply", c.office(), AGGREGATE, c.id().value(), FIRST_REPLY.name(),
        c.firstReplyDeadline().plusMillis(1), "");
  }

  static TimerEntry judgement(Complaint c, Instant due) {
    return TimerEntry.pending(
        "complaint:" + c.id() + ":judgement", c.office(), AGGREGATE, c.id().value(), JUDGEMENT.name(), due, due.toString());
  }

  static TimerEntry upgrade(Complaint c) {
    return TimerEntry.pending(
        "complaint:" + c.id() + ":upgrade", c.office(), AGGREGATE, c.id().value(), UPGRADE.name(), c.upgradeDue(), "");
  }

  static TimerEntry followUpDay(Complaint c, LocalDate day) {
    Instant due = day.plusDays(1).atStartOfDay(c.zone()).toInstant();
    return TimerEntry.pending(
        "complaint:" + c.id() + ":follow-up:" + day, c.office(), AGGREGATE, c.id().value(), FOLLOW_UP_DAY.name(), due,
        day.toString());
  }
}

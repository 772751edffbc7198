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
 *       instant in the payload;
 *   <li>{@code AGREED_TIME}: at a handling time agreed with the owner, in the payload; one per agreed
 *       time, so a renegotiated time's old timer finds its time no longer in force and does nothing;
 *   <li>{@code RESOLUTION_WARNING} and {@code RESOLUTION_TARGET}: ahead of and at a resolution target,
 *       in the payload; one pair per target, so a change of class leaves the old pair idle.
 * </ul>
 */
enum ComplaintTimerKind {
  FIRST_REPLY,
  FOLLOW_UP_DAY,
  UPGRADE,
  JUDGEMENT,
  AGREED_TIME,
  RESOLUTION_WARNING,
  RESOLUTION_TARGET;

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

  static TimerEntry agreedTime(Complaint c, Instant due) {
    return TimerEntry.pending(
        "complaint:" + c.id() + ":agreed:" + due, c.office(), AGGREGATE, c.id().value(), AGREED_TIME.name(), due, due.toString());
  }

  static TimerEntry resolutionWarning(Complaint c, Instant target, Instant warnAt) {
    return TimerEntry.pending("complaint:" + c.id() + ":resolution-warning:" + target, c.office(), AGGREGATE, c.id().value(),
        RESOLUTION_WARNING.name(), warnAt, target.toString());
  }

  static TimerEntry resolutionTarget(Complaint c, Instant target) {
    return TimerEntry.pending("complaint:" + c.id() + ":resolution-target:" + target, c.office(), AGGREGATE, c.id().value(),
        RESOLUTION_TARGET.name(), target, target.toString());
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

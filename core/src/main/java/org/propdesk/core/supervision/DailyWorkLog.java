package org.propdesk.core.supervision;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.complaint.ContactRecord;
import org.propdesk.core.complaint.HistoryEntry;
import org.propdesk.core.complaint.ComplaintTrigger;
import org.propdesk.core.org.FrontDeskId;

/**
 * A front desk's work log for one day (前台日工作记录, seed 4.5.1), derived from the complaints the desk
 * received: what came in, what was said, what was closed, and what is overdue. Immutable.
 *
 * @param desk the desk
 * @param day the day, in the office's zone
 * @param received complaints registered that day
 * @param firstRepliesOnTime first replies given that day within the limit
 * @param firstRepliesLate first replies given that day after the limit
 * @param firstReplyAlarms first-reply deadlines that passed that day with nothing said
 * @param contacts replies and follow-ups made that day
 * @param missedFollowUps complaints that had no contact that day (recorded after the day ended)
 * @param closed complaints that reached a terminal state that day
 * @param openAtEndOfDay complaints of the desk still open when the day ended
 * @param reviewed whether the customer supervisor reviewed this day
 */
public record DailyWorkLog(
    FrontDeskId desk,
    LocalDate day,
    ImmutableList<ComplaintId> received,
    int firstRepliesOnTime,
    int firstRepliesLate,
    int firstReplyAlarms,
    int contacts,
    ImmutableList<ComplaintId> missedFollowUps,
    ImmutableList<ComplaintId> closed,
    ImmutableList<ComplaintId> openAtEndOfDay,
    boolean reviewed) {

  /**
   * Derives the log from the desk's complaints. Complaints of other desks are ignored, so the caller
   * may pass a superset.
   */
  public static DailyWorkLog derive(
      FrontDeskId desk, LocalDate day, ZoneId zone, Collection<Complaint> complaints, boolean reviewed) {
    Instant start = day.atStartOfDay(zone).toInstant();
    Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
    ImmutableList.Builder<ComplaintId> received = ImmutableList.builder();
    ImmutableList.Builder<ComplaintId> missed = ImmutableList.builder();
    ImmutableList.Builder<ComplaintId> closed = ImmutableList.builder();
    ImmutableList.Builder<ComplaintId> open = ImmutableList.builder();
    int onTime = 0;
    int late = 0;
    int alarms = 0;
    int contacts = 0;
    for (Complaint c : complaints) {
      if (!c.desk().equals(desk) || !c.registeredAt().isBefore(end)) {
        continue;
      }
      if (!c.registeredAt().isBefore(start)) {
        received.add(c.id());
      }
      if (c.firstReplyAt().filter(at -> within(at, start, end)).isPresent()) {
        if (c.firstReplyOnTime().orElse(false)) {
          onTime++;
        } else {
          late++;
        }
      }
      for (HistoryEntry h : c.history()) {
        if (h.trigger().equals(java.util.Optional.of(ComplaintTrigger.FIRST_REPLY_OVERDUE)) && within(h.at(), start, end)) {
          alarms++;
        }
      }
      for (ContactRecord r : c.contacts()) {
        if (within(r.at(), start, end)) {
          contacts++;
        }
      }
      if (c.missedFollowUpDays().contains(day)) {
        missed.add(c.id());
      }
      if (c.closedAt().filter(at -> within(at, start, end)).isPresent()) {
        closed.add(c.id());
      }
      ComplaintState atEnd = c.stateAt(end.minusMillis(1));
      if (atEnd != ComplaintState.CLOSED && atEnd != ComplaintState.INVALID && atEnd != ComplaintState.MERGED) {
        open.add(c.id());
      }
    }
    return new DailyWorkLog(
        desk, day, received.build(), onTime, late, alarms, contacts, missed.build(), closed.build(), open.build(), reviewed);
  }

  private static boolean within(Instant at, Instant start, Instant end) {
    return !at.isBefore(start) && at.isBefore(end);
  }
}

package org.propdesk.core.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.propdesk.core.lifecycle.ActivityFeed;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.lifecycle.DeskActivity.Kind;

/**
 * What a complaint contributes to its desk's activity feed (投诉工作动态), for the daily work log:
 * received, first reply on time or late, alarms (first reply overdue, not judged by the end of its
 * first working day, agreed handling time passed, resolution target missed), contacts, missed
 * follow-up days, closed, and open at each day's end. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ComplaintActivity {
  /** The triggers that are alarms: a deadline passed with nothing done. */
  static final Set<ComplaintTrigger> ALARMS = java.util.EnumSet.of(ComplaintTrigger.FIRST_REPLY_OVERDUE,
      ComplaintTrigger.JUDGEMENT_OVERDUE, ComplaintTrigger.AGREED_TIME_PASSED, ComplaintTrigger.RESOLUTION_TARGET_MISSED);

  private ComplaintActivity() {}

  /**
   * The complaint's feed items with an instant in [from, to), in time order per kind. Day-level items
   * (a missed follow-up day, open at a day's end) carry the day's last millisecond in the office's
   * zone.
   */
  public static List<DeskActivity> of(Complaint c, Instant from, Instant to) {
    ActivityFeed feed = ActivityFeed.of(Complaint.TYPE.name(), c.id().value(), c.desk(), from, to);
    feed.add(Kind.RECEIVED, c.registeredAt());
    c.firstReplyAt().ifPresent(at ->
        feed.add(c.firstReplyOnTime().orElse(false) ? Kind.FIRST_REPLY_ON_TIME : Kind.FIRST_REPLY_LATE, at));
    for (HistoryEntry h : c.history()) {
      if (h.trigger().filter(ALARMS::contains).isPresent()) {
        feed.add(Kind.ALARM, h.at());
      }
    }
    for (ContactRecord r : c.contacts()) {
      feed.add(Kind.CONTACT, r.at());
    }
    for (LocalDate day : c.missedFollowUpDays()) {
      feed.add(Kind.MISSED_FOLLOW_UP, ActivityFeed.lastMilliOf(day, c.zone()));
    }
    c.closedAt().ifPresent(at -> feed.add(Kind.CLOSED, at));
    feed.openAtEachDayEnd(c.registeredAt(), c.zone(), at -> c.stateAt(at).isOpen());
    return feed.items();
  }
}

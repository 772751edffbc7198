package org.propdesk.core.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.lifecycle.DeskActivity.Kind;

/**
 * What a complaint contributes to its desk's activity feed (投诉工作动态), for the daily work log:
 * received, first reply on time or late, first-reply alarms, contacts, missed follow-up days, closed,
 * and open at each day's end. Stateless and thread-safe.
 */
public final class ComplaintActivity {
  private ComplaintActivity() {}

  /**
   * The complaint's feed items with an instant in [from, to), in time order per kind. Day-level items
   * (a missed follow-up day, open at a day's end) carry the day's last millisecond in the office's
   * zone.
   */
  public static List<DeskActivity> of(Complaint c, Instant from, Instant to) {
    List<DeskActivity> out = new ArrayList<>();
    add(out, c, Kind.RECEIVED, c.registeredAt(), from, to);
    c.firstReplyAt().ifPresent(at ->
        add(out, c, c.firstReplyOnTime().orElse(false) ? Kind.FIRST_REPLY_ON_TIME : Kind.FIRST_REPLY_LATE, at, from, to));
    for (HistoryEntry h : c.history()) {
      if (h.trigger().equals(Optional.of(ComplaintTrigger.FIRST_REPLY_OVERDUE))) {
        add(out, c, Kind.ALARM, h.at(), from, to);
      }
    }
    for (ContactRecord r : c.contacts()) {
      add(out, c, Kind.CONTACT, r.at(), from, to);
    }
    for (LocalDate day : c.missedFollowUpDays()) {
      add(out, c, Kind.MISSED_FOLLOW_UP, lastMilliOf(c, day), from, to);
    }
    c.closedAt().ifPresent(at -> add(out, c, Kind.CLOSED, at, from, to));
    LocalDate first = c.registeredAt().atZone(c.zone()).toLocalDate();
    LocalDate last = to.minusMillis(1).atZone(c.zone()).toLocalDate();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      Instant dayEnd = lastMilliOf(c, day);
      if (!dayEnd.isBefore(from) && !ComplaintLifecycle.TABLE.isTerminal(c.stateAt(dayEnd))) {
        add(out, c, Kind.OPEN_AT_END_OF_DAY, dayEnd, from, to);
      }
    }
    return out;
  }

  private static Instant lastMilliOf(Complaint c, LocalDate day) {
    return day.plusDays(1).atStartOfDay(c.zone()).toInstant().minusMillis(1);
  }

  private static void add(List<DeskActivity> out, Complaint c, Kind kind, Instant at, Instant from, Instant to) {
    if (!at.isBefore(from) && at.isBefore(to)) {
      out.add(new DeskActivity(Complaint.TYPE.name(), c.id().value(), c.desk(), kind, at));
    }
  }
}

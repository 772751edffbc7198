package org.propdesk.core.ticket;

import java.time.Instant;
import java.util.List;
import org.propdesk.core.lifecycle.ActivityFeed;
import org.propdesk.core.lifecycle.DeskActivity.Kind;
import org.propdesk.core.lifecycle.DeskActivity;

/**
 * What a repair or incident report contributes to its desk's activity feed (报事报修工作动态), for the
 * daily work log and the weekly summary: received when reported, the first reply on time or late,
 * every contact, an alarm for each deadline missed (first reply, dispatch, arrival, resolution), each
 * missed follow-up day, closed when it ends, and open at each day's end until then. Stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class TicketActivity {
  private TicketActivity() {}

  /** The report's feed items with an instant in [from, to). */
  public static List<DeskActivity> of(Ticket t, Instant from, Instant to) {
    ActivityFeed feed = ActivityFeed.of(Ticket.TYPE.name(), t.id().value(), t.desk(), from, to);
    feed.add(Kind.RECEIVED, t.reportedAt());
    t.firstReplyAt().ifPresent(at -> feed.add(at.isAfter(t.firstReplyDue()) ? Kind.FIRST_REPLY_LATE : Kind.FIRST_REPLY_ON_TIME, at));
    t.contacts().forEach(c -> feed.add(Kind.CONTACT, c.at()));
    t.callbacks().forEach(c -> feed.add(Kind.CONTACT, c.at()));
    for (TicketHistoryEntry h : t.history()) {
      h.trigger().filter(TicketActivity::isAlarm).ifPresent(x -> feed.add(Kind.ALARM, h.at()));
    }
    t.missedFollowUpDays().forEach(day -> feed.add(Kind.MISSED_FOLLOW_UP, ActivityFeed.lastMilliOf(day, t.zone())));
    t.closedAt().ifPresent(at -> feed.add(Kind.CLOSED, at));
    feed.openAtEachDayEnd(t.reportedAt(), t.zone(), at -> !TicketLifecycle.TABLE.isTerminal(t.stateAt(at)));
    return feed.items();
  }

  private static boolean isAlarm(TicketTrigger trigger) {
    return switch (trigger) {
      case FIRST_REPLY_OVERDUE, DISPATCH_OVERDUE, ARRIVAL_OVERDUE, RESOLUTION_OVERDUE -> true;
      default -> false;
    };
  }
}

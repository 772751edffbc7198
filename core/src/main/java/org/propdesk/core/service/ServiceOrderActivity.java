package org.propdesk.core.service;

import java.time.Instant;
import java.util.List;
import org.propdesk.core.lifecycle.ActivityFeed;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.lifecycle.DeskActivity.Kind;

/**
 * What a special-service order contributes to its desk's activity feed (特约服务工作动态), for the daily
 * work log and the weekly summary: received when an owner asked at the desk (a paid repair's order is
 * counted by its report, a contract's visit by nobody: neither was a new request), an alarm when the
 * quote was late, each callback as a contact, closed when it ends, and open at each day's end until
 * then. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ServiceOrderActivity {
  private ServiceOrderActivity() {}

  /** The order's feed items with an instant in [from, to). */
  public static List<DeskActivity> of(ServiceOrder o, Instant from, Instant to) {
    ActivityFeed feed = ActivityFeed.of(ServiceOrder.TYPE.name(), o.id().value(), o.desk(), from, to);
    if (o.origin() == ServiceOrigin.DESK) {
      feed.add(Kind.RECEIVED, o.requestedAt());
    }
    o.history().stream().filter(h -> h.trigger().filter(t -> t == ServiceOrderTrigger.QUOTE_OVERDUE).isPresent())
        .forEach(h -> feed.add(Kind.ALARM, h.at()));
    o.callbacks().forEach(c -> feed.add(Kind.CONTACT, c.at()));
    o.closedAt().ifPresent(at -> feed.add(Kind.CLOSED, at));
    feed.openAtEachDayEnd(o.requestedAt(), o.zone(), at -> !ServiceLifecycles.ORDER.isTerminal(o.stateAt(at)));
    return feed.items();
  }
}

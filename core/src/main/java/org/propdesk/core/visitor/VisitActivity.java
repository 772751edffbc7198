package org.propdesk.core.visitor;

import java.time.Instant;
import java.util.List;
import org.propdesk.core.lifecycle.ActivityFeed;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.lifecycle.DeskActivity.Kind;

/**
 * What a visit contributes to its desk's activity feed (来访工作动态), for the daily work log:
 * received at registration, closed when it ends, flagged when the closing check found the visitor
 * still on site, and open at a day's end while the visitor is on site or still expected. Stateless
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitActivity {
  private VisitActivity() {}

  /** The visit's feed items with an instant in [from, to). */
  public static List<DeskActivity> of(Visit v, Instant from, Instant to) {
    ActivityFeed feed = ActivityFeed.of(Visit.TYPE.name(), v.id().value(), v.desk(), from, to);
    feed.add(Kind.RECEIVED, v.registeredAt());
    v.flaggedAt().ifPresent(at -> feed.add(Kind.FLAGGED, at));
    v.closedAt().ifPresent(at -> feed.add(Kind.CLOSED, at));
    feed.openAtEachDayEnd(v.registeredAt(), v.zone(), at -> !VisitLifecycle.TABLE.isTerminal(v.stateAt(at)));
    return feed.items();
  }
}

package org.propdesk.workflows.visitor;

import java.util.List;
import java.util.Locale;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.spi.TimerEntry;
import org.propdesk.core.visitor.Visit;
import org.propdesk.core.visitor.VisitActivity;
import org.propdesk.core.visitor.VisitEvent;
import org.propdesk.core.visitor.VisitRules;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.Procedure;

/**
 * The visitor log's descriptor (来访登记流程, seed 4.4.5): its aggregate route (the {@link Visit} type,
 * the closing-time check a registration sets and what it does when due, who hears of a visitor still
 * on site, its activity feed) and its desk, a {@link VisitorLog}. Register it with {@code
 * PropDesk.builder().procedure(Visits.PROCEDURE)}; its table comes with the migration in {@code
 * db/propdesk/visitor/}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Visits {
  /** The procedure's name, and the folder of its migrations. */
  public static final String NAME = "visitor";

  /** The timer kind of the closing-time check. */
  static final String CLOSING_CHECK = "CLOSING_CHECK";

  /** The visitor log with {@link VisitRules#defaults()} and notifications in Chinese (zh-CN). */
  public static final Procedure<VisitorLog> PROCEDURE = procedure(VisitRules.defaults(), Locale.SIMPLIFIED_CHINESE);

  private Visits() {}

  /**
   * The visitor log with these rules, its notifications in {@code locale} (zh-CN or English; any other
   * locale reads English).
   */
  public static Procedure<VisitorLog> procedure(VisitRules rules, Locale locale) {
    Check.present("rules", rules);
    Check.present("locale", locale);
    VisitNotifications texts = new VisitNotifications(locale);
    AggregateRoute<Visit> route = AggregateRoute.of(Visit.TYPE, VisitEvent.class)
        .notifications((e, ids) -> e instanceof VisitEvent ve ? texts.of(ve, ids) : List.of())
        .timers(Visits::timersOf)
        .onTimer(CLOSING_CHECK, (visit, timer, ctx) -> visit.onClosingCheck(ctx.clock()))
        .activity((q, from, to) -> q.before("registered_at", to).atLeastOrNull("closed_at", from).orderBy("registered_at").build(),
            VisitActivity::of)
        .logSummary(v -> v.flaggedAt().isPresent() ? " FLAGGED" : "")
        .build();
    return Procedure.builder(NAME, k -> new VisitorLog(k, route, rules)).route(route).build();
  }

  /** A registration sets the closing-time check. */
  private static List<TimerEntry> timersOf(Visit after, DomainEvent e) {
    if (e instanceof VisitEvent.Registered r) {
      return List.of(TimerEntry.pending("visit:" + after.id() + ":closing", after.office(), Visit.TYPE.name(),
          after.id().value(), CLOSING_CHECK, r.closingCheckAt(), ""));
    }
    return List.of();
  }
}

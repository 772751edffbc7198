package org.propdesk.workflows.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.common.Result;
import org.propdesk.core.spi.TimerEntry;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.core.ticket.TicketActivity;
import org.propdesk.core.ticket.TicketEvent;
import org.propdesk.core.ticket.TicketPolicies;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.CommandContext;
import org.propdesk.workflows.Procedure;
import org.propdesk.workflows.ticket.port.RepairIntake;

/**
 * The repair and incident procedure's descriptor (报事报修管理流程, PROCEDURES §6): its aggregate route
 * (the {@link Ticket} type, who hears of which event, the timers each event sets and what each does
 * when due, its activity feed), its desk, a {@link TicketDesk}, and the call port it publishes, {@link
 * RepairIntake}. Register it with {@code PropDesk.builder().procedure(Tickets.PROCEDURE)}; its table
 * comes with the migration in {@code db/propdesk/ticket/}. Paid work also needs the special-service
 * procedure. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Tickets {
  /** The procedure's name, and the folder of its migrations. */
  public static final String NAME = "ticket";

  /** The procedure with {@link TicketPolicies#practiceDefaults()} and notifications in Chinese (zh-CN). */
  public static final Procedure<TicketDesk> PROCEDURE = procedure(TicketPolicies.practiceDefaults(), Locale.SIMPLIFIED_CHINESE);

  private Tickets() {}

  /**
   * The procedure with these policies, its notifications in {@code locale} (zh-CN or English; any other
   * locale reads English).
   */
  public static Procedure<TicketDesk> procedure(TicketPolicies policies, Locale locale) {
    Check.present("policies", policies);
    Check.present("locale", locale);
    TicketNotifications texts = new TicketNotifications(locale);
    AggregateRoute<Ticket> route = AggregateRoute.of(Ticket.TYPE, TicketEvent.class)
        .notifications((e, ids) -> e instanceof TicketEvent te ? texts.of(te, ids) : List.of())
        .timers((after, e) -> timersOf(after, e))
        .onTimer(TicketTimers.FIRST_REPLY.name(), (t, timer, ctx) -> t.onFirstReplyDue(ctx.clock()))
        .onTimer(TicketTimers.DISPATCH.name(), (t, timer, ctx) -> t.onDispatchDue(ctx.clock()))
        .onTimer(TicketTimers.ARRIVAL.name(), (t, timer, ctx) -> t.onArrivalDue(Instant.parse(timer.payload()), ctx.clock()))
        .onTimer(TicketTimers.RESOLUTION_WARNING.name(),
            (t, timer, ctx) -> t.onResolutionWarning(Instant.parse(timer.payload()), ctx.clock()))
        .onTimer(TicketTimers.RESOLUTION.name(), (t, timer, ctx) -> t.onResolutionDue(Instant.parse(timer.payload()), ctx.clock()))
        .onTimer(TicketTimers.UNRATED.name(),
            (t, timer, ctx) -> t.onUnratedDue(Instant.parse(timer.payload()), policies, ctx.clock()))
        .onTimer(TicketTimers.FOLLOW_UP_DAY.name(), Tickets::onFollowUpDay)
        .activity((q, from, to) -> q.before("reported_at", to).atLeastOrNull("closed_at", from).orderBy("reported_at").build(),
            TicketActivity::of)
        .logSummary(t -> " " + t.category() + (t.paid() ? " paid" : ""))
        .build();
    return Procedure.builder(NAME, k -> new TicketDesk(k, route, policies)).route(route)
        .provides(RepairIntake.class, TicketDesk::intake).build();
  }

  /**
   * A registration sets the first-reply, dispatch and resolution alarms and the first follow-up day; a
   * dispatch, the arrival alarm; a resumption, a refused sign-off and a reopening, the resolution alarms
   * of the deadline then in force (a reopening also the arrival alarm and the follow-up again); a
   * completion, the move to callback of a job nobody signs off.
   */
  static List<TimerEntry> timersOf(Ticket after, DomainEvent e) {
    List<TimerEntry> out = new ArrayList<>();
    if (e instanceof TicketEvent.Registered r) {
      out.add(TicketTimers.firstReply(after));
      out.add(TicketTimers.dispatch(after));
      out.add(TicketTimers.resolutionWarning(after, r.resolutionDue(), r.warningAt()));
      out.add(TicketTimers.resolution(after, r.resolutionDue()));
      out.add(TicketTimers.followUpDay(after, r.firstFollowUpDay()));
    } else if (e instanceof TicketEvent.Dispatched d) {
      out.add(TicketTimers.arrival(after, d.arrivalDue()));
    } else if (e instanceof TicketEvent.Resumed r) {
      out.add(TicketTimers.resolutionWarning(after, r.resolutionDue(), r.warningAt()));
      out.add(TicketTimers.resolution(after, r.resolutionDue()));
    } else if (e instanceof TicketEvent.SignOffRefused s) {
      Instant warnAt = s.resolutionDue().minus(after.deadlines().warningBefore());
      out.add(TicketTimers.resolutionWarning(after, s.resolutionDue(), warnAt));
      out.add(TicketTimers.resolution(after, s.resolutionDue()));
    } else if (e instanceof TicketEvent.Reopened r) {
      out.add(TicketTimers.arrival(after, r.arrivalDue()));
      out.add(TicketTimers.resolutionWarning(after, r.resolutionDue(), r.warningAt()));
      out.add(TicketTimers.resolution(after, r.resolutionDue()));
    } else if (e instanceof TicketEvent.Completed c) {
      out.add(TicketTimers.unrated(after, c.at(), c.unratedAt()));
    }
    return out;
  }

  /** Checks one day's follow-up, then sets the next day's check while the report is open. */
  private static Result<Ticket> onFollowUpDay(Ticket t, TimerEntry timer, CommandContext ctx) {
    LocalDate day = LocalDate.parse(timer.payload());
    Result<Ticket> r = t.onFollowUpDayEnded(day, ctx.clock());
    if (r.orElseThrow().isOpen()) {
      ctx.schedule(TicketTimers.followUpDay(r.orElseThrow(), day.plusDays(1)));
    }
    return r;
  }
}

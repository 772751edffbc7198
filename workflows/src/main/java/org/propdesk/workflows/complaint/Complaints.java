package org.propdesk.workflows.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintActivity;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintEvent;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Result;
import org.propdesk.core.spi.TimerEntry;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.CommandContext;
import org.propdesk.workflows.Procedure;

/**
 * The complaint procedure's descriptor (投诉处理流程, manual procedure 5): its aggregate route (the
 * {@link Complaint} type, who hears of which event, the timers a registration sets and what each does
 * when due, its activity feed) and its desk. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Complaints {
  /** The procedure's name, and the folder of its migrations ({@code db/propdesk/complaint}). */
  public static final String NAME = "complaint";

  /** How the kernel handles complaints. The policy-dependent upgrade handler reads the desk's policies. */
  static AggregateRoute<Complaint> route(ComplaintPolicies policies, ComplaintNotifications texts) {
    return AggregateRoute.of(Complaint.TYPE, ComplaintEvent.class)
        .notifications((Complaint c, org.propdesk.core.common.DomainEvent e, java.util.function.Supplier<String> ids) ->
            e instanceof ComplaintEvent ce ? texts.of(c, ce, ids) : List.of())
        .timers((after, e) -> timersOf(after, e, policies))
        .onTimer(ComplaintTimerKind.FIRST_REPLY.name(), (c, t, ctx) -> c.onFirstReplyDeadline(ctx.clock()))
        .onTimer(ComplaintTimerKind.UPGRADE.name(), (c, t, ctx) -> c.onUpgradeDue(policies, ctx.clock()))
        .onTimer(ComplaintTimerKind.FOLLOW_UP_DAY.name(), Complaints::onFollowUpDay)
        .onTimer(ComplaintTimerKind.JUDGEMENT.name(),
            (c, t, ctx) -> c.onJudgementDue(Instant.parse(t.payload()), ctx.clock()))
        .onTimer(ComplaintTimerKind.AGREED_TIME.name(), (c, t, ctx) -> c.onAgreedTimeDue(Instant.parse(t.payload()), ctx.clock()))
        .onTimer(ComplaintTimerKind.RESOLUTION_WARNING.name(),
            (c, t, ctx) -> c.onResolutionWarning(Instant.parse(t.payload()), policies, ctx.clock()))
        .onTimer(ComplaintTimerKind.RESOLUTION_TARGET.name(),
            (c, t, ctx) -> c.onResolutionTargetDue(Instant.parse(t.payload()), ctx.clock()))
        .activity((q, from, to) -> q.before("registered_at", to).atLeastOrNull("closed_at", from).orderBy("registered_at").build(),
            ComplaintActivity::of)
        .logSummary(c -> c.complaintClass().map(x -> " " + x).orElse(""))
        .build();
  }

  private Complaints() {}

  /**
   * The complaint procedure with these policies; its desk is a {@link ComplaintDesk}. The facade
   * registers it by default with {@link ComplaintPolicies#seedDefaults()}.
   */
  public static Procedure<ComplaintDesk> procedure(ComplaintPolicies policies) {
    return procedure(policies, Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * The complaint procedure with these policies, telling staff in {@code locale} (Chinese for any
   * {@code zh} locale, English otherwise).
   */
  public static Procedure<ComplaintDesk> procedure(ComplaintPolicies policies, Locale locale) {
    Check.present("locale", locale);
    return procedure(policies, ComplaintNotifications.in(locale));
  }

  /**
   * The complaint procedure with these policies and the host's own notification texts: a bundle with
   * every key of {@code org.propdesk.workflows.complaint.ComplaintMessages} (MessageFormat patterns,
   * the same placeholders).
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code texts} when a key is missing
   */
  public static Procedure<ComplaintDesk> procedure(ComplaintPolicies policies, ResourceBundle texts) {
    Check.present("texts", texts);
    return procedure(policies, ComplaintNotifications.of(texts));
  }

  private static Procedure<ComplaintDesk> procedure(ComplaintPolicies policies, ComplaintNotifications texts) {
    Check.present("policies", policies);
    AggregateRoute<Complaint> route = route(policies, texts);
    return Procedure.builder(NAME, k -> new ComplaintDesk(k, route, policies)).route(route).build();
  }

  /**
   * A registration sets the first-reply alarm, the monthly upgrade and the first follow-up day; a
   * reversed invalid judgement or a reopening sets the follow-up check again from its day; an agreed
   * handling time sets its alarm; the event that gives the complaint its (new) class sets the warning
   * and the alarm of its resolution target.
   */
  private static List<TimerEntry> timersOf(Complaint after, org.propdesk.core.common.DomainEvent e, ComplaintPolicies policies) {
    if (e instanceof ComplaintEvent.HandlingTimeAgreed h) {
      return List.of(ComplaintTimerKind.agreedTime(after, h.due()));
    }
    Optional<ComplaintClass> classSet = e instanceof ComplaintEvent.JudgedValid v ? Optional.of(v.complaintClass())
        : e instanceof ComplaintEvent.Reclassified r ? Optional.of(r.to()) : Optional.empty();
    // one command may classify twice (judged general, then major since its month has passed): only the
    // event that gave the class it ends in sets the timers
    if (classSet.isPresent() && classSet.equals(after.complaintClass()) && after.resolutionTarget().isPresent()) {
      Instant target = after.resolutionTarget().get();
      return List.of(
          ComplaintTimerKind.resolutionWarning(after, target, policies.timers().warningAt(classSet.get(), target)),
          ComplaintTimerKind.resolutionTarget(after, target));
    }
    if (e instanceof ComplaintEvent.Registered r && after.isOpen()) {
      return List.of(ComplaintTimerKind.firstReply(after), ComplaintTimerKind.upgrade(after),
          ComplaintTimerKind.followUpDay(after, r.firstFollowUpDay()));
    }
    if (e instanceof ComplaintEvent.InvalidJudgementReversed || e instanceof ComplaintEvent.Reopened) {
      // the daily follow-up stops when a matter is no longer open; it resumes from the day it opens
      // again (a timer already pending for that day is kept: timers are inserted if absent)
      return List.of(ComplaintTimerKind.followUpDay(after, e.occurredAt().atZone(after.zone()).toLocalDate()));
    }
    return List.of();
  }

  /** Checks one day's follow-up, then sets the next day's check while the complaint is open. */
  private static Result<Complaint> onFollowUpDay(Complaint c, TimerEntry t, CommandContext ctx) {
    LocalDate day = LocalDate.parse(t.payload());
    Result<Complaint> r = c.onFollowUpDayEnded(day, ctx.clock());
    if (r.orElseThrow().isOpen()) {
      ctx.schedule(ComplaintTimerKind.followUpDay(r.orElseThrow(), day.plusDays(1)));
    }
    return r;
  }
}

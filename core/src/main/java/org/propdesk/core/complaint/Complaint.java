package org.propdesk.core.complaint;

import static org.propdesk.core.lifecycle.Aggregates.append;
import static org.propdesk.core.lifecycle.Aggregates.now;
import static org.propdesk.core.lifecycle.Aggregates.shortNote;

import static org.propdesk.core.complaint.ComplaintLifecycle.TABLE;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;

/**
 * A complaint (投诉): the aggregate of manual procedure 5.
 *
 * <p>A snapshot is immutable. Each command method asks the lifecycle whether the trigger is permitted
 * from the current state for the actor's roles, applies the policies, and returns a {@link Result}:
 * the next snapshot (version + 1, one history line per trigger fired) with its events, or a
 * rejection. A command never throws for a business "no" and never returns {@code null}; it throws
 * {@link org.propdesk.core.common.InvalidInputException} only for malformed input. The timer methods
 * ({@code on...}) return the same snapshot, unchanged, when there is nothing to do, so the caller can
 * run them any number of times.
 *
 * <p>Time: every instant comes from the injected {@link Clock}, truncated to the millisecond. The
 * first reply is on time when given at or before {@link #firstReplyDeadline()} (registration + 15
 * minutes by default: a reply at 14:59 or exactly 15:00 after registration is on time, one at 15:01 is
 * late). Calendar days are days in the office's {@link #zone()}.
 *
 * <p>Thread-safety: immutable, so safe to share. Invariants: see the package documentation.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComplaint.class)
@JsonDeserialize(as = ImmutableComplaint.class)
public abstract class Complaint {
  /**
   * The complaint's record type (投诉记录): {@code complaint}, stored with the index fields that the
   * office's queries, the sweeps and the reports filter on.
   */
  public static final AggregateType<Complaint> TYPE = AggregateType.builder("complaint", Complaint.class)
      .id(c -> c.id().value())
      .office(Complaint::office)
      .version(Complaint::version)
      .state(Complaint::state)
      .text("desk_id", c -> c.desk().value())
      .text("channel", Complaint::channel)
      .text("owner_id", c -> c.owner().value())
      .text("unit_id", c -> c.unit().value())
      .text("category", Complaint::category)
      .text("state", Complaint::state)
      .text("complaint_class", Complaint::complaintClass)
      .text("handler_role", Complaint::handlerRole)
      .text("repeat_of", c -> c.repeatOf().map(ComplaintId::value))
      .instant("registered_at", Complaint::registeredAt)
      .instant("first_reply_deadline", Complaint::firstReplyDeadline)
      .instant("first_reply_at", Complaint::firstReplyAt)
      .flag("first_reply_on_time", Complaint::firstReplyOnTime)
      .instant("upgrade_due", Complaint::upgradeDue)
      .instant("resolved_at", Complaint::resolvedAt)
      .instant("closed_at", Complaint::closedAt)
      .number("times_raised", Complaint::timesRaised)
      .number("reopen_count", Complaint::reopenCount)
      .text("complained_department", c -> c.complainedAbout().map(ComplainedAbout::department))
      .text("complained_person", c -> c.complainedAbout().flatMap(ComplainedAbout::person).map(StaffId::value))
      .instant("agreed_handling_time", Complaint::agreedHandlingTime)
      .flag("agreed_time_kept", Complaint::agreedTimeKept)
      .instant("resolution_target", Complaint::resolutionTarget)
      .flag("resolved_on_target", Complaint::resolvedOnTarget)
      .date("registered_on", Complaint::registeredDate)
      .text("validity", Complaint::validity)
      .instant("became_major_at", Complaint::becameMajorAt)
      .date("became_major_on", c -> c.becameMajorAt().map(at -> at.atZone(c.zone()).toLocalDate()))
      .text("major_criteria", Complaint::majorCriteriaKey)
      .date("resolved_on", c -> c.resolvedAt().map(at -> at.atZone(c.zone()).toLocalDate()))
      .number("resolution_minutes", Complaint::resolutionMinutes)
      .number("days_contacted", Complaint::daysContacted)
      .number("days_open", Complaint::daysOpen)
      .text("last_callback", c -> c.lastCallback().map(CallbackRecord::outcome))
      .date("last_callback_on", c -> c.lastCallback().map(cb -> cb.at().atZone(c.zone()).toLocalDate()))
      .build();

  /** The complaint's id. */
  public abstract ComplaintId id();

  /** The management office it belongs to. */
  public abstract OfficeId office();

  /** The office's zone, fixed at registration: it decides calendar days. */
  public abstract ZoneId zone();

  /** The desk that received it. */
  public abstract FrontDeskId desk();

  /** How it arrived. */
  public abstract Channel channel();

  /** The complaining owner or resident. */
  public abstract OwnerId owner();

  /** The unit concerned. */
  public abstract UnitId unit();

  /** The complainant's name. */
  public abstract String contactName();

  /** The complainant's phone (masked in {@code toString}). */
  public abstract PhoneNumber contactPhone();

  /** What it is about. */
  public abstract ComplaintCategory category();

  /** What the owner said. */
  public abstract String content();

  /** Whether it concerns a promised or contracted service. */
  public abstract boolean concernsContractedService();

  /**
   * When the owner reported it (投诉时间): the registration's reported instant, or the moment of
   * registration when none was given. Every clock runs from it.
   */
  public abstract Instant registeredAt();

  /** Who registered it. */
  public abstract StaffId registeredBy();

  /** The version: 1 after registration, +1 per accepted command or timer change. */
  public abstract long version();

  /** The lifecycle state. */
  public abstract ComplaintState state();

  /** The class, once judged valid. */
  public abstract Optional<ComplaintClass> complaintClass();

  /** The criteria that make it major; empty unless major. */
  public abstract Set<MajorCriterion> majorCriteria();

  /** The role that handles it, once judged valid. */
  public abstract Optional<Role> handlerRole();

  /** The judged facts, once judged valid. */
  public abstract Optional<ComplaintFacts> facts();

  /** Why it is invalid, when judged invalid. */
  public abstract Optional<String> invalidReason();

  /** The open complaint this one repeats, when merged. */
  public abstract Optional<ComplaintId> repeatOf();

  /** The later complaints merged into this one as repeats. */
  public abstract List<ComplaintId> repeats();

  /** The last instant at which the first reply is on time. */
  public abstract Instant firstReplyDeadline();

  /** When the first reply was given. */
  public abstract Optional<Instant> firstReplyAt();

  /** Whether the first-reply alarm was raised (nothing said by the deadline). */
  public abstract boolean firstReplyOverdue();

  /** Every reply and follow-up contact, in the order recorded (a contact may be recorded afterwards). */
  public abstract List<ContactRecord> contacts();

  /** The days that passed without contact, in the office's zone. */
  public abstract List<LocalDate> missedFollowUpDays();

  /** When an unresolved valid complaint becomes major. */
  public abstract Instant upgradeDue();

  /** Whether criterion (c) has been applied; it is applied at most once. */
  public abstract boolean autoUpgraded();

  /** When it was last resolved. */
  public abstract Optional<Instant> resolvedAt();

  /** The last resolution summary. */
  public abstract Optional<String> resolution();

  /** Every callback, in order. */
  public abstract List<CallbackRecord> callbacks();

  /** How often an unsatisfied callback reopened it. */
  public abstract int reopenCount();

  /** When it reached a terminal state. */
  public abstract Optional<Instant> closedAt();

  /** The judgement a property assistant proposed (判定建议), the latest one, if any. */
  public abstract Optional<JudgementProposal> proposedJudgement();

  /** Who it is about (被投诉部门/人员), once recorded; the latest record counts. */
  public abstract Optional<ComplainedAbout> complainedAbout();

  /** The repair or incident reports opened from it (投诉转报修), oldest first; empty for older records. */
  public abstract List<String> repairReports();

  /** Every handling time agreed with the owner (约定处理时间), oldest first; a renegotiation adds one. */
  public abstract List<AgreedHandlingTime> agreedTimes();

  /** The agreed handling times that passed while the matter was unresolved (约定时间已过), oldest first. */
  public abstract List<Instant> agreedTimesPassed();

  /**
   * When the complaint should be resolved by its class (处理时限, PROCEDURES §5 Timers): set when it is
   * classified and moved with every change of class; empty until judged valid.
   */
  public abstract Optional<Instant> resolutionTarget();

  /** The resolution target whose warning was given, if one was. */
  public abstract Optional<Instant> resolutionTargetWarned();

  /** The resolution target that passed unresolved (alarm raised), if one did. */
  public abstract Optional<Instant> resolutionTargetMissed();

  /** Its history, one line per trigger, starting with the registration. */
  public abstract List<HistoryEntry> history();

  /**
   * When it first became major (成为重大投诉), by judgement, repeat, hand upgrade or the monthly rule;
   * kept when it is later lowered. Empty while it never was.
   */
  public abstract Optional<Instant> becameMajorAt();

  // ------------------------------------------------------------------ creation

  /**
   * Registers a complaint (登记). The caller has checked that the unit belongs to {@code office}. The
   * complaint's {@link #registeredAt()} is the instant the owner reported it ({@link
   * Registration#reportedAt()}, else now), and every clock runs from it; the history's first line
   * keeps when it was entered. A reported instant in the future or more than 24 hours back is refused
   * (field {@code reportedAt}).
   *
   * @return the new complaint at version 1 with a {@link ComplaintEvent.Registered} event, or a
   *     rejection when the actor may not register complaints
   */
  public static Result<Complaint> register(
      ComplaintId id,
      OfficeId office,
      ZoneId zone,
      Registration registration,
      Actor actor,
      ComplaintPolicies policies,
      Clock clock) {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("zone", zone);
    Check.present("registration", registration);
    if (actor.roles().stream().noneMatch(ComplaintLifecycle.REGISTRARS::contains)) {
      return Result.rejected(ComplaintRejections.of(
          RejectionCode.ROLE_NOT_PERMITTED, "register.role", ComplaintLifecycle.REGISTRARS, actor.roles()));
    }
    Instant now = now(clock);
    Instant reported = registration.reportedAt().map(r -> r.truncatedTo(ChronoUnit.MILLIS)).orElse(now);
    if (reported.isAfter(now)) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "reportedAt", "reportedAt.future"));
    }
    if (reported.isBefore(now.minus(MAX_BACKDATING))) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "reportedAt", "reportedAt.tooOld"));
    }
    Instant deadline = policies.timers().firstReplyDeadline(reported);
    Instant upgradeDue = policies.timers().upgradeDue(reported, zone);
    Complaint c =
        ImmutableComplaint.builder()
            .id(id)
            .office(office)
            .zone(zone)
            .desk(registration.desk())
            .channel(registration.channel())
            .owner(registration.owner())
            .unit(registration.unit())
            .contactName(registration.contactName())
            .contactPhone(registration.contactPhone())
            .category(registration.category())
            .content(registration.content())
            .concernsContractedService(registration.concernsContractedService())
            .registeredAt(reported)
            .registeredBy(actor.staffId())
            .version(1)
            .state(TABLE.initial())
            .firstReplyDeadline(deadline)
            .firstReplyOverdue(false)
            .upgradeDue(upgradeDue)
            .autoUpgraded(false)
            .reopenCount(0)
            .complainedAbout(registration.complainedAbout())
            .addHistory(
                new HistoryEntry(now, Optional.empty(), TABLE.initial(), actor.staffId(), actor.name(),
                    reported.equals(now) ? "registered" : "registered; reported at " + reported))
            .build();
    List<ComplaintEvent> events = new ArrayList<>();
    events.add(new ComplaintEvent.Registered(
        id, office, now, registration.desk(), deadline, upgradeDue, c.registeredDate().plusDays(1)));
    registration.complainedAbout().ifPresent(a -> events.add(new ComplaintEvent.ComplainedAboutRecorded(id, office, now, a)));
    return Result.accepted(c, events);
  }

  /** How far back a registration may say the owner reported it (PROCEDURES §4, [ours]). */
  public static final Duration MAX_BACKDATING = Duration.ofHours(24);

  // ------------------------------------------------------------------ commands

  /**
   * Links this newly registered complaint to the open complaint it repeats, closing it as merged.
   */
  public Result<Complaint> linkAsRepeat(ComplaintId original, Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(ComplaintTrigger.LINK_AS_REPEAT, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Check.that(!original.equals(id()), "original", "a complaint cannot repeat itself");
    Instant now = now(clock);
    ImmutableComplaint next =
        advance(ComplaintTrigger.LINK_AS_REPEAT, actor, now, "repeat of " + original)
            .withRepeatOf(original)
            .withClosedAt(now);
    return accept(
        next,
        List.of(
            new ComplaintEvent.LinkedAsRepeat(id(), office(), now, original),
            new ComplaintEvent.Closed(id(), office(), now, next.state())));
  }

  /** How long after closing a complaint a raising of the same matter reopens it (PROCEDURES §5 (a)). */
  public static final Duration REOPEN_WINDOW = Duration.ofDays(30);

  /**
   * The states in which a complaint may take a repeat: open ones, and CLOSED within {@link
   * #REOPEN_WINDOW} (see {@link #takesRepeatsAt}).
   */
  public static final Set<ComplaintState> TAKES_REPEATS = Collections.unmodifiableSet(EnumSet.of(ComplaintState.REGISTERED,
      ComplaintState.IN_HANDLING, ComplaintState.RESOLVED, ComplaintState.AWAITING_SIGN_OFF, ComplaintState.CLOSED));

  /**
   * Whether the owner raising this matter again counts on this complaint (PROCEDURES §5 (a)): while it
   * is registered, in handling, resolved or awaiting sign-off, or closed less than {@link
   * #REOPEN_WINDOW} ago.
   */
  public boolean takesRepeatsAt(Instant instant) {
    Check.present("instant", instant);
    return TAKES_REPEATS.contains(state())
        && (state() != ComplaintState.CLOSED || closedAt().filter(c -> instant.isBefore(c.plus(REOPEN_WINDOW))).isPresent());
  }

  /**
   * Records that the owner raised this matter again (重复投诉); it counts toward criterion (a), and the
   * class may rise (never fall). After a downgrade only the raisings since it count (PROCEDURES §5
   * Severity: a later repeat does not undo a downgrade unless (a) is met again after it). Raised again
   * after a claimed resolution (resolved, awaiting sign-off, or closed less than 30 days ago), the
   * resolution has failed: the complaint is reopened to its handler, and if its month has passed it is
   * major by criterion (c).
   */
  public Result<Complaint> raisedAgain(ComplaintId repeat, Actor actor, ComplaintPolicies policies, Clock clock) {
    Optional<Rejection> no = refusal(ComplaintTrigger.REPEAT_RAISED, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    if (!takesRepeatsAt(now)) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "repeatOf", "repeat.tooOld", id()));
    }
    boolean reopens = state() != ComplaintState.REGISTERED && state() != ComplaintState.IN_HANDLING;
    ImmutableComplaint next =
        advance(ComplaintTrigger.REPEAT_RAISED, actor, now, "raised again as " + repeat)
            .withRepeats(append(repeats(), repeat));
    List<ComplaintEvent> events = new ArrayList<>();
    events.add(new ComplaintEvent.RaisedAgain(id(), office(), now, repeat, next.timesRaised()));
    if (reopens) {
      next = next.withReopenCount(reopenCount() + 1).withClosedAt(Optional.empty());
      events.add(new ComplaintEvent.Reopened(id(), office(), now, next.handlerRole().orElseThrow()));
    }
    if (next.facts().isPresent()) {
      Classification c = policies.classifier().classify(next.facts().get(), next.raisingsSinceLastDowngrade());
      next = raiseTo(next, c, policies, now, events);
    }
    if (reopens) {
      next = upgradeIfMonthPassed(next, policies, now, events);
    }
    return accept(next, events);
  }

  /**
   * Judges validity (有效性判定): a valid complaint is classified and routed; an invalid one closes. A
   * complaint judged valid at or after {@link #upgradeDue()} is major at once by criterion (c), since
   * it was not resolved within its month.
   */
  public Result<Complaint> judge(Judgement judgement, Actor actor, ComplaintPolicies policies, Clock clock) {
    Check.present("judgement", judgement);
    Instant now = now(clock);
    if (!judgement.valid()) {
      Optional<Rejection> no = refusal(ComplaintTrigger.JUDGE_INVALID, actor);
      if (no.isPresent()) {
        return Result.rejected(no.get());
      }
      String reason = judgement.invalidReason().orElseThrow();
      ImmutableComplaint next =
          advance(ComplaintTrigger.JUDGE_INVALID, actor, now, reason).withInvalidReason(reason).withClosedAt(now);
      return accept(
          next,
          List.of(
              new ComplaintEvent.JudgedInvalid(id(), office(), now, reason),
              new ComplaintEvent.Closed(id(), office(), now, next.state())));
    }
    Optional<Rejection> no = refusal(ComplaintTrigger.JUDGE_VALID, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    ComplaintFacts facts =
        new ComplaintFacts(
            concernsContractedService() && judgement.companyAtFault(),
            judgement.companyAtFault(),
            judgement.majorLossOrInjury());
    Classification c = policies.classifier().classify(facts, timesRaised());
    Role handler = policies.routing().handlerFor(c.complaintClass());
    ImmutableComplaint next = classed(
        advance(ComplaintTrigger.JUDGE_VALID, actor, now, "valid: " + c.complaintClass() + " → " + handler).withFacts(facts),
        c.complaintClass(), c.criteria(), policies);
    List<ComplaintEvent> events = new ArrayList<>();
    events.add(new ComplaintEvent.JudgedValid(id(), office(), now, c.complaintClass(), handler));
    if (c.complaintClass() == ComplaintClass.MAJOR) {
      events.add(new ComplaintEvent.BecameMajor(id(), office(), now, c.criteria()));
    }
    // criterion (c) follows the reported time whatever the state at the due instant (PROCEDURES §5):
    // judged valid after its month has passed, the complaint is major from its judgement on
    next = upgradeIfMonthPassed(next, policies, now, events);
    return accept(next, events);
  }

  /**
   * A property assistant proposes a judgement (判定建议), PROCEDURES §5 Scope: recorded while the
   * complaint awaits its judgement, and the customer supervisor is told to judge; a later proposal
   * replaces it. The judges decide with {@link #judge}.
   */
  public Result<Complaint> proposeJudgement(Judgement judgement, Actor actor, Clock clock) {
    Check.present("judgement", judgement);
    Optional<Rejection> no = refusal(ComplaintTrigger.PROPOSE_JUDGEMENT, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    ImmutableComplaint next = advance(ComplaintTrigger.PROPOSE_JUDGEMENT, actor, now,
            "proposed: " + (judgement.valid() ? "valid" : "invalid, " + judgement.invalidReason().orElseThrow()))
        .withProposedJudgement(new JudgementProposal(judgement, now, actor.staffId(), actor.name()));
    return accept(next, List.of(new ComplaintEvent.JudgementProposed(id(), office(), now, judgement.valid())));
  }

  /**
   * Says something to the owner (答复). The first reply is on time when given at or before {@link
   * #firstReplyDeadline()}. A text containing a forbidden phrase is refused with {@link
   * RejectionCode#FORBIDDEN_PHRASE}, naming the phrase.
   */
  public Result<Complaint> reply(Reply reply, Actor actor, ReplyWording wording, Clock clock) {
    Check.present("reply", reply);
    Optional<Rejection> no = refusal(ComplaintTrigger.REPLY, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Optional<Rejection> forbidden = wording.refusalOf("text", reply.text());
    if (forbidden.isPresent()) {
      return Result.rejected(forbidden.get());
    }
    Instant now = now(clock);
    boolean first = firstReplyAt().isEmpty();
    boolean onTime = !now.isAfter(firstReplyDeadline());
    ContactRecord contact =
        new ContactRecord(now, reply.channel(), actor.staffId(), actor.name(), Optional.of(reply.text()), reply.ownerSaid());
    ImmutableComplaint next =
        advance(ComplaintTrigger.REPLY, actor, now, reply.text()).withContacts(append(contacts(), contact));
    if (first) {
      next = next.withFirstReplyAt(now);
    }
    return accept(next, List.of(new ComplaintEvent.Replied(id(), office(), now, first, first && onTime)));
  }

  /**
   * Records a follow-up contact (跟进), seed 4.5.4. The contact's time may be given; it must not lie in
   * the future, before the registration, or more than 24 hours back. A contact entered late for a day
   * already recorded as missed clears that miss. What the staff member said, if
   * recorded, is refused when it holds a forbidden phrase (field {@code said}).
   */
  public Result<Complaint> followUp(FollowUpContact contact, Actor actor, ReplyWording wording, Clock clock) {
    Check.present("contact", contact);
    Optional<Rejection> no = refusal(ComplaintTrigger.FOLLOW_UP, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Optional<Rejection> forbidden = contact.said().flatMap(said -> wording.refusalOf("said", said));
    if (forbidden.isPresent()) {
      return Result.rejected(forbidden.get());
    }
    Instant now = now(clock);
    Instant at = contact.at().map(a -> a.truncatedTo(ChronoUnit.MILLIS)).orElse(now);
    if (at.isAfter(now)) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "at", "followUp.future"));
    }
    if (at.isBefore(registeredAt())) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "at", "followUp.beforeRegistration"));
    }
    if (at.isBefore(now.minus(MAX_BACKDATING))) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "at", "followUp.tooOld"));
    }
    ContactRecord record =
        new ContactRecord(
            at, Optional.of(contact.channel()), actor.staffId(), actor.name(), contact.said(), Optional.of(contact.ownerReply()));
    LocalDate day = at.atZone(zone()).toLocalDate();
    ImmutableComplaint next =
        advance(ComplaintTrigger.FOLLOW_UP, actor, now, contact.channel() + ": " + contact.ownerReply())
            .withContacts(append(contacts(), record))
            // a contact entered late for an earlier day clears that day's recorded miss (PROCEDURES §4)
            .withMissedFollowUpDays(missedFollowUpDays().stream().filter(d -> !d.equals(day)).toList());
    return accept(next, List.of(new ComplaintEvent.FollowedUp(id(), office(), at, contact.channel())));
  }

  /**
   * Records the resolution (处理完毕). The actor needs the handler's authority or more: a general
   * complaint a property assistant, an important one the office director, a major one the general
   * manager (by default). A resolution also counts as the first reply if none was given, so its
   * summary is refused when it holds a forbidden phrase (field {@code summary}).
   */
  public Result<Complaint> resolve(String summary, Actor actor, ComplaintPolicies policies, Clock clock) {
    String text = Check.text("summary", summary, 2000);
    Optional<Rejection> no = refusal(ComplaintTrigger.RESOLVE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Role handler = handlerRole().orElseThrow();
    if (actor.authority() < handler.authority()) {
      return Result.rejected(ComplaintRejections.of(
          RejectionCode.INSUFFICIENT_AUTHORITY, "resolve.authority", complaintClass().orElseThrow(), handler));
    }
    Optional<Rejection> forbidden = policies.wording().refusalOf("summary", text);
    if (forbidden.isPresent()) {
      return Result.rejected(forbidden.get());
    }
    Instant now = now(clock);
    ImmutableComplaint next =
        advance(ComplaintTrigger.RESOLVE, actor, now, text).withResolvedAt(now).withResolution(text);
    if (firstReplyAt().isEmpty()) {
      next = next.withFirstReplyAt(now);
    }
    boolean onTarget = !now.isAfter(resolutionTarget().orElseGet(
        () -> policies.timers().resolutionTarget(complaintClass().orElseThrow(), registeredAt(), zone())));
    return accept(next, List.of(new ComplaintEvent.Resolved(id(), office(), now, onTarget)));
  }

  /**
   * Records the callback (回访). Satisfied closes the complaint, except that a major complaint then
   * awaits the general manager's sign-off; unsatisfied reopens it (and, if the upgrade date has passed
   * without criterion (c) being applied, applies it now); unreachable leaves it resolved. A comment
   * holding a forbidden phrase is refused (field {@code comment}).
   */
  public Result<Complaint> callback(Callback callback, Actor actor, ComplaintPolicies policies, Clock clock) {
    Check.present("callback", callback);
    ComplaintTrigger trigger =
        switch (callback.outcome()) {
          case SATISFIED -> complaintClass().orElse(ComplaintClass.GENERAL) == ComplaintClass.MAJOR
              ? ComplaintTrigger.CALLBACK_SATISFIED_MAJOR
              : ComplaintTrigger.CALLBACK_SATISFIED;
          case UNSATISFIED -> ComplaintTrigger.CALLBACK_UNSATISFIED;
          case UNREACHABLE -> ComplaintTrigger.CALLBACK_UNREACHABLE;
        };
    Optional<Rejection> no = refusal(trigger, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Optional<Rejection> forbidden = policies.wording().refusalOf("comment", callback.comment());
    if (forbidden.isPresent()) {
      return Result.rejected(forbidden.get());
    }
    Instant now = now(clock);
    ImmutableComplaint next =
        advance(trigger, actor, now, callback.outcome() + ": " + callback.comment())
            .withCallbacks(
                append(callbacks(), new CallbackRecord(now, callback.outcome(), callback.comment(), actor.staffId(), actor.name())));
    List<ComplaintEvent> events = new ArrayList<>();
    events.add(new ComplaintEvent.CalledBack(id(), office(), now, callback.outcome()));
    switch (trigger) {
      case CALLBACK_SATISFIED -> {
        next = next.withClosedAt(now);
        events.add(new ComplaintEvent.Closed(id(), office(), now, next.state()));
      }
      case CALLBACK_UNSATISFIED -> {
        next = next.withReopenCount(reopenCount() + 1);
        events.add(new ComplaintEvent.Reopened(id(), office(), now, next.handlerRole().orElseThrow()));
        next = upgradeIfMonthPassed(next, policies, now, events);
      }
      default -> {}
    }
    return accept(next, events);
  }

  /** The general manager's sign-off (总经理签批) that closes a major complaint. */
  public Result<Complaint> signOff(String note, Actor actor, Clock clock) {
    String text = Check.text("note", note, 1000);
    Optional<Rejection> no = refusal(ComplaintTrigger.SIGN_OFF, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    ImmutableComplaint next = advance(ComplaintTrigger.SIGN_OFF, actor, now, text).withClosedAt(now);
    return accept(
        next,
        List.of(
            new ComplaintEvent.SignedOff(id(), office(), now),
            new ComplaintEvent.Closed(id(), office(), now, next.state())));
  }

  /** How long after an invalid judgement it may be reversed (PROCEDURES §5 Scope). */
  public static final Duration REVERSAL_WINDOW = Duration.ofDays(30);

  /**
   * Reverses an invalid judgement (撤销无效判定), PROCEDURES §5 Scope: the office director or the service
   * centre may, with a reason, within {@link #REVERSAL_WINDOW} of the judgement. The complaint then
   * awaits a new judgement; its clocks still run from the original report.
   */
  public Result<Complaint> reverseInvalid(String reason, Actor actor, Clock clock) {
    String text = Check.text("reason", reason, 1000);
    Optional<Rejection> no = refusal(ComplaintTrigger.REVERSE_INVALID, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    Instant judged = closedAt().orElseThrow();
    if (now.isAfter(judged.plus(REVERSAL_WINDOW))) {
      return Result.rejected(ComplaintRejections.of(RejectionCode.INVALID_COMMAND, "reverse.tooLate", judged));
    }
    ImmutableComplaint next = advance(ComplaintTrigger.REVERSE_INVALID, actor, now, "invalid judgement reversed: " + text)
        .withClosedAt(Optional.empty())
        .withInvalidReason(Optional.empty());
    return accept(next, List.of(new ComplaintEvent.InvalidJudgementReversed(id(), office(), now, text)));
  }

  /**
   * The general manager refuses to sign a major complaint off (总经理退回), with a reason: it goes back
   * to handling by its handler (PROCEDURES §5 Closing).
   */
  public Result<Complaint> refuseSignOff(String reason, Actor actor, Clock clock) {
    String text = Check.text("reason", reason, 1000);
    Optional<Rejection> no = refusal(ComplaintTrigger.REFUSE_SIGN_OFF, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    ImmutableComplaint next = advance(ComplaintTrigger.REFUSE_SIGN_OFF, actor, now, "sign-off refused: " + text)
        .withReopenCount(reopenCount() + 1);
    return accept(next, List.of(new ComplaintEvent.SignOffRefused(id(), office(), now, text, handlerRole().orElseThrow())));
  }

  /** Callback attempts that must fail, on as many different days, before an unreachable owner's complaint may close. */
  public static final int UNREACHABLE_ATTEMPT_DAYS = 3;

  /**
   * Closes a resolved complaint whose owner could not be reached (业主无法联系，结案), PROCEDURES §5
   * Closing: the customer supervisor may, with a reason, once unreachable callbacks since the latest
   * resolution fell on {@value #UNREACHABLE_ATTEMPT_DAYS} different days (office zone). A major
   * complaint closes only with the general manager's sign-off, so it is refused here.
   */
  public Result<Complaint> closeOwnerUnreachable(String reason, Actor actor, Clock clock) {
    String text = Check.text("reason", reason, 1000);
    Optional<Rejection> no = refusal(ComplaintTrigger.CLOSE_OWNER_UNREACHABLE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    if (complaintClass().orElse(ComplaintClass.GENERAL) == ComplaintClass.MAJOR) {
      return Result.rejected(ComplaintRejections.of(RejectionCode.INVALID_COMMAND, "unreachable.major"));
    }
    Instant since = resolvedAt().orElseThrow();
    long days = callbacks().stream()
        .filter(c -> c.outcome() == CallbackOutcome.UNREACHABLE && !c.at().isBefore(since))
        .map(c -> c.at().atZone(zone()).toLocalDate()).distinct().count();
    if (days < UNREACHABLE_ATTEMPT_DAYS) {
      return Result.rejected(ComplaintRejections.of(RejectionCode.INVALID_COMMAND, "unreachable.tooFew", days,
          UNREACHABLE_ATTEMPT_DAYS));
    }
    Instant now = now(clock);
    ImmutableComplaint next = advance(ComplaintTrigger.CLOSE_OWNER_UNREACHABLE, actor, now, "closed, owner unreachable: " + text)
        .withClosedAt(now);
    return accept(next, List.of(
        new ComplaintEvent.ClosedOwnerUnreachable(id(), office(), now, (int) days, text),
        new ComplaintEvent.Closed(id(), office(), now, next.state())));
  }

  /**
   * Changes the class by hand. An upgrade needs one of {@link ComplaintLifecycle#UPGRADERS}; a
   * downgrade needs one of {@link ComplaintLifecycle#DOWNGRADERS}, the authority of the current class's
   * handler, and a reason. Either re-routes to the new class's handler.
   */
  public Result<Complaint> changeClass(ClassChange change, Actor actor, ComplaintPolicies policies, Clock clock) {
    Check.present("change", change);
    Optional<ComplaintClass> current = complaintClass();
    if (current.isPresent() && current.get() == change.target()) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "target", "class.same", change.target()));
    }
    boolean up = current.isEmpty() || change.target().isAbove(current.get());
    ComplaintTrigger trigger = up ? ComplaintTrigger.UPGRADE : ComplaintTrigger.DOWNGRADE;
    Optional<Rejection> no = refusal(trigger, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    ComplaintClass from = current.orElseThrow();
    if (!up) {
      if (change.reason().isEmpty()) {
        return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "reason", "downgrade.reason"));
      }
      Role needed = policies.routing().handlerFor(from);
      if (actor.authority() < needed.authority()) {
        return Result.rejected(ComplaintRejections.of(RejectionCode.INSUFFICIENT_AUTHORITY, "downgrade.authority", from, needed));
      }
    }
    Instant now = now(clock);
    Role handler = policies.routing().handlerFor(change.target());
    Set<MajorCriterion> criteria = EnumSet.noneOf(MajorCriterion.class);
    if (change.target() == ComplaintClass.MAJOR) {
      criteria.addAll(majorCriteria());
      criteria.add(MajorCriterion.MANUAL);
    }
    ImmutableComplaint next = classed(
        advance(trigger, actor, now, from + " → " + change.target() + change.reason().map(r -> ": " + r).orElse("")),
        change.target(), criteria, policies);
    List<ComplaintEvent> events = new ArrayList<>();
    events.add(
        new ComplaintEvent.Reclassified(id(), office(), now, from, change.target(), handler, false, change.reason()));
    if (change.target() == ComplaintClass.MAJOR) {
      events.add(new ComplaintEvent.BecameMajor(id(), office(), now, next.majorCriteria()));
    }
    return accept(next, events);
  }

  /** How far ahead a handling time may be agreed (PROCEDURES §4): a commitment, not a distant hope. */
  public static final Duration MAX_AGREED_AHEAD = Duration.ofDays(90);

  /**
   * Agrees a handling time with the owner (确定具体处理时间), PROCEDURES §4: while the matter is
   * registered or in handling, staff who may speak to the owner record the time and why the matter
   * cannot be solved at once. Agreeing again renegotiates: the new time replaces the old, the old
   * record is kept, and the reason is required as always. The time must lie in the future and within
   * {@link #MAX_AGREED_AHEAD} (field {@code due}), and differ from the time in force; the reason is
   * what the owner was told, so a forbidden phrase is refused (field {@code reason}). An alarm sounds
   * when the time passes with the matter unresolved ({@link #onAgreedTimeDue}).
   */
  public Result<Complaint> agreeHandlingTime(HandlingTimeAgreement agreement, Actor actor, ReplyWording wording, Clock clock) {
    Check.present("agreement", agreement);
    Optional<Rejection> no = refusal(ComplaintTrigger.AGREE_HANDLING_TIME, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Optional<Rejection> forbidden = wording.refusalOf("reason", agreement.reason());
    if (forbidden.isPresent()) {
      return Result.rejected(forbidden.get());
    }
    Instant now = now(clock);
    if (!agreement.due().isAfter(now)) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "due", "agreed.future"));
    }
    if (agreement.due().isAfter(now.plus(MAX_AGREED_AHEAD))) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "due", "agreed.tooFar",
          MAX_AGREED_AHEAD.toDays()));
    }
    if (agreedHandlingTime().filter(agreement.due()::equals).isPresent()) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "due", "agreed.same"));
    }
    boolean renegotiated = !agreedTimes().isEmpty();
    ImmutableComplaint next = advance(ComplaintTrigger.AGREE_HANDLING_TIME, actor, now,
            (renegotiated ? "handling time renegotiated: " : "handling time agreed: ") + agreement.due() + ", " + agreement.reason())
        .withAgreedTimes(append(agreedTimes(),
            new AgreedHandlingTime(now, agreement.due(), agreement.reason(), actor.staffId(), actor.name())));
    return accept(next, List.of(new ComplaintEvent.HandlingTimeAgreed(id(), office(), now, agreement.due(), renegotiated)));
  }

  /**
   * Records who the complaint is about (被投诉部门/人员), PROCEDURES §5: while it is open, by staff who
   * may register complaints. A later record corrects an earlier one. The caller has checked that a
   * named person is staff of this office or company-wide. The department head is told.
   */
  public Result<Complaint> recordComplainedAbout(ComplainedAbout about, Actor actor, Clock clock) {
    Check.present("about", about);
    Optional<Rejection> no = refusal(ComplaintTrigger.RECORD_COMPLAINED_ABOUT, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    if (complainedAbout().filter(about::equals).isPresent()) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "about", "about.same"));
    }
    Instant now = now(clock);
    ImmutableComplaint next = advance(ComplaintTrigger.RECORD_COMPLAINED_ABOUT, actor, now,
            "about " + about.department() + about.person().map(p -> " / " + p).orElse(""))
        .withComplainedAbout(about);
    return accept(next, List.of(new ComplaintEvent.ComplainedAboutRecorded(id(), office(), now, about)));
  }

  /**
   * Why {@code actor} may not open a repair report from this complaint now (投诉转报修); empty when they
   * may: a contact role, while the complaint is registered or in handling.
   */
  public Optional<Rejection> repairReportRefusal(Actor actor) {
    return refusal(ComplaintTrigger.OPEN_REPAIR_REPORT, Check.present("actor", actor));
  }

  /**
   * Records that the repair or incident report {@code ticketId} was opened from this complaint (投诉转
   * 报修), e.g. through the repair procedure's intake; the complaint goes on as it was.
   */
  public Result<Complaint> recordRepairReport(String ticketId, Actor actor, Clock clock) {
    String ticket = Check.id("ticketId", ticketId);
    Optional<Rejection> no = repairReportRefusal(actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    ImmutableComplaint next = advance(ComplaintTrigger.OPEN_REPAIR_REPORT, actor, now, "repair report " + ticket)
        .withRepairReports(append(repairReports(), ticket));
    return accept(next, List.of(new ComplaintEvent.RepairReportOpened(id(), office(), now, ticket)));
  }

  // ------------------------------------------------------------------ timers

  /**
   * The agreed-time alarm (约定时间已过): if {@code due} is still the agreed handling time, has passed,
   * and the complaint is still registered or in handling, records {@code AGREED_TIME_PASSED} once for
   * that time. A renegotiated time's old alarm, a resolved complaint, or a second run return this
   * snapshot unchanged.
   */
  public Result<Complaint> onAgreedTimeDue(Instant due, Clock clock) {
    Check.present("due", due);
    Instant now = now(clock);
    if (now.isBefore(due)
        || agreedHandlingTime().filter(due::equals).isEmpty()
        || agreedTimesPassed().contains(due)
        || TABLE.transition(state(), ComplaintTrigger.AGREED_TIME_PASSED).isEmpty()) {
      return unchanged();
    }
    ImmutableComplaint next = advance(ComplaintTrigger.AGREED_TIME_PASSED, Actor.system(), now, "agreed time " + due + " passed")
        .withAgreedTimesPassed(append(agreedTimesPassed(), due));
    return accept(next, List.of(new ComplaintEvent.AgreedTimePassed(id(), office(), now, due, handlerRole())));
  }

  /**
   * The warning before the resolution target (处理时限预警), PROCEDURES §5 Timers: if {@code target} is
   * still the complaint's target, the complaint is in handling, the warning time ({@link
   * ComplaintTimers#warningAt}) has come and the target has not passed, records {@code
   * RESOLUTION_TARGET_NEAR} once for that target. Otherwise returns this snapshot unchanged.
   */
  public Result<Complaint> onResolutionWarning(Instant target, ComplaintPolicies policies, Clock clock) {
    Check.present("target", target);
    Instant now = now(clock);
    if (resolutionTarget().filter(target::equals).isEmpty()
        || now.isBefore(policies.timers().warningAt(complaintClass().orElseThrow(), target))
        || !now.isBefore(target)
        || resolutionTargetWarned().filter(target::equals).isPresent()
        || TABLE.transition(state(), ComplaintTrigger.RESOLUTION_TARGET_NEAR).isEmpty()) {
      return unchanged();
    }
    ImmutableComplaint next = advance(ComplaintTrigger.RESOLUTION_TARGET_NEAR, Actor.system(), now, "resolution due by " + target)
        .withResolutionTargetWarned(target);
    return accept(next, List.of(new ComplaintEvent.ResolutionTargetNear(id(), office(), now, target, handlerRole().orElseThrow())));
  }

  /**
   * The resolution-target alarm (处理超时), PROCEDURES §5 Timers: if {@code target} is still the
   * complaint's target, has passed, and the complaint is still in handling, records {@code
   * RESOLUTION_TARGET_MISSED} once for that target. Otherwise returns this snapshot unchanged.
   */
  public Result<Complaint> onResolutionTargetDue(Instant target, Clock clock) {
    Check.present("target", target);
    Instant now = now(clock);
    if (resolutionTarget().filter(target::equals).isEmpty()
        || now.isBefore(target)
        || resolutionTargetMissed().filter(target::equals).isPresent()
        || TABLE.transition(state(), ComplaintTrigger.RESOLUTION_TARGET_MISSED).isEmpty()) {
      return unchanged();
    }
    ImmutableComplaint next = advance(ComplaintTrigger.RESOLUTION_TARGET_MISSED, Actor.system(), now, "not resolved by " + target)
        .withResolutionTargetMissed(target);
    return accept(next, List.of(new ComplaintEvent.ResolutionTargetMissed(id(), office(), now, target, handlerRole().orElseThrow())));
  }

  /**
   * The first-reply alarm: if nothing was said to the owner by the deadline, records {@code
   * FIRST_REPLY_OVERDUE} once. Before the deadline has passed, or when there is nothing to do, returns
   * this snapshot unchanged.
   */
  public Result<Complaint> onFirstReplyDeadline(Clock clock) {
    Instant now = now(clock);
    if (!now.isAfter(firstReplyDeadline())
        || firstReplyAt().isPresent()
        || firstReplyOverdue()
        || TABLE.transition(state(), ComplaintTrigger.FIRST_REPLY_OVERDUE).isEmpty()) {
      return unchanged();
    }
    ImmutableComplaint next =
        advance(ComplaintTrigger.FIRST_REPLY_OVERDUE, Actor.system(), now, "no reply by " + firstReplyDeadline())
            .withFirstReplyOverdue(true);
    return accept(next, List.of(new ComplaintEvent.FirstReplyOverdue(id(), office(), now, firstReplyDeadline())));
  }

  /**
   * The judgement alarm (搁置未判定, PROCEDURES §4-5): if the complaint is still registered, unjudged, at
   * {@code due} (the end of its first working day), records {@code JUDGEMENT_OVERDUE} once. Before
   * {@code due}, once judged, or once recorded, returns this snapshot unchanged.
   */
  public Result<Complaint> onJudgementDue(Instant due, Clock clock) {
    Check.present("due", due);
    Instant now = now(clock);
    boolean alarmed = history().stream().anyMatch(h -> h.records(ComplaintTrigger.JUDGEMENT_OVERDUE));
    if (now.isBefore(due) || alarmed || state() != ComplaintState.REGISTERED) {
      return unchanged();
    }
    ImmutableComplaint next = advance(ComplaintTrigger.JUDGEMENT_OVERDUE, Actor.system(), now, "not judged by " + due);
    return accept(next, List.of(new ComplaintEvent.JudgementOverdue(id(), office(), now, due)));
  }

  /**
   * The daily follow-up check for {@code day} (in the office's zone), run once the day has ended. A day
   * needs a contact when it is after the day of registration and the complaint was still registered
   * or in handling at its end; a reply or follow-up at any time that day, 23:59 included, counts.
   * Records {@code FOLLOW_UP_MISSED} at most once per day; otherwise returns this snapshot unchanged.
   */
  public Result<Complaint> onFollowUpDayEnded(LocalDate day, Clock clock) {
    Instant now = now(clock);
    Instant dayEnd = day.plusDays(1).atStartOfDay(zone()).toInstant();
    if (now.isBefore(dayEnd)
        || !day.isAfter(registeredDate())
        || missedFollowUpDays().contains(day)
        || TABLE.transition(state(), ComplaintTrigger.FOLLOW_UP_MISSED).isEmpty()
        || !needsDailyContact(stateAt(dayEnd.minusMillis(1)))
        || hasContactOn(day)) {
      return unchanged();
    }
    ImmutableComplaint next =
        advance(ComplaintTrigger.FOLLOW_UP_MISSED, Actor.system(), now, "no contact on " + day)
            .withMissedFollowUpDays(append(missedFollowUpDays(), day));
    return accept(next, List.of(new ComplaintEvent.FollowUpMissed(id(), office(), now, day)));
  }

  /**
   * The monthly upgrade (criterion c): if the complaint was in handling (valid and unresolved) at
   * {@link #upgradeDue()}, it becomes major, is re-routed, and leadership is told. Applied at most
   * once; otherwise returns this snapshot unchanged.
   */
  public Result<Complaint> onUpgradeDue(ComplaintPolicies policies, Clock clock) {
    Instant now = now(clock);
    if (now.isBefore(upgradeDue())
        || autoUpgraded()
        || TABLE.transition(state(), ComplaintTrigger.AUTO_UPGRADE).isEmpty()
        || stateAt(upgradeDue()) != ComplaintState.IN_HANDLING) {
      return unchanged();
    }
    List<ComplaintEvent> events = new ArrayList<>();
    ImmutableComplaint next = applyAutoUpgrade(ImmutableComplaint.copyOf(this), policies, now, events);
    return accept(next, events);
  }

  // ------------------------------------------------------------------ queries

  /** Whether the complaint is closed or merged: it can never change again. */
  @JsonIgnore
  public boolean isTerminal() {
    return TABLE.isTerminal(state());
  }

  /**
   * Whether the matter is still open (未结): registered, in handling, resolved or awaiting sign-off.
   * Closed, merged and invalid complaints are not, although an invalid one may still be answered and
   * its judgement reversed.
   */
  @JsonIgnore
  public boolean isOpen() {
    return state().isOpen();
  }

  /** The handling time agreed with the owner and in force: the latest agreement's, if any. */
  public Optional<Instant> agreedHandlingTime() {
    return agreedTimes().isEmpty() ? Optional.empty() : Optional.of(agreedTimes().get(agreedTimes().size() - 1).due());
  }

  /**
   * Whether the handling times agreed with the owner were kept (约定时间履约): empty when none was agreed,
   * or while the agreed time is ahead and the matter unresolved; false once an agreed time passed with
   * the matter unresolved (a renegotiation made before the time passed is no breach); true when it was
   * resolved with none passed.
   */
  public Optional<Boolean> agreedTimeKept() {
    if (agreedTimes().isEmpty()) {
      return Optional.empty();
    }
    if (!agreedTimesPassed().isEmpty()) {
      return Optional.of(false);
    }
    return resolvedAt().isPresent() ? Optional.of(true) : Optional.empty();
  }

  /**
   * Whether the complaint was resolved by its resolution target: false once the target passed with the
   * complaint unresolved (the alarm was raised); otherwise empty until resolved, then whether the
   * latest resolution came at or before the target.
   */
  public Optional<Boolean> resolvedOnTarget() {
    if (resolutionTargetMissed().isPresent()) {
      return Optional.of(false);
    }
    return resolvedAt().flatMap(at -> resolutionTarget().map(t -> !at.isAfter(t)));
  }

  /**
   * Whether the complaint counts as valid (有效), invalid (无效), merged into another (已合并) or is
   * still unjudged, for reports: a reversed invalid judgement makes it valid again.
   */
  @JsonIgnore
  public ComplaintValidity validity() {
    if (state() == ComplaintState.MERGED) {
      return ComplaintValidity.MERGED;
    }
    if (state() == ComplaintState.INVALID) {
      return ComplaintValidity.INVALID;
    }
    return complaintClass().isPresent() ? ComplaintValidity.VALID : ComplaintValidity.UNJUDGED;
  }

  /**
   * The major criteria as one report key, e.g. {@code "A_REPEATED_CONTRACTED_SERVICE_FAILURE,MANUAL"}:
   * the names in declaration order joined by commas; empty when there are none.
   */
  @JsonIgnore
  public Optional<String> majorCriteriaKey() {
    return majorCriteria().isEmpty() ? Optional.empty() : Optional.of(majorCriteria().stream().sorted()
        .map(Enum::name).collect(java.util.stream.Collectors.joining(",")));
  }

  /**
   * Whole minutes from the reported time to the latest resolution (处理时长); empty while unresolved.
   */
  @JsonIgnore
  public Optional<Long> resolutionMinutes() {
    return resolvedAt().map(at -> Duration.between(registeredAt(), at).toMinutes());
  }

  /**
   * The days owed a contact on which the owner was spoken to (跟进天数): days after the day of
   * registration, in the office's zone, that the complaint ended registered or in handling (or, for
   * today, is so now), with a reply, a follow-up or a callback that reached the owner.
   */
  @JsonIgnore
  public long daysContacted() {
    java.util.Set<LocalDate> days = new java.util.TreeSet<>();
    contacts().forEach(c -> days.add(c.at().atZone(zone()).toLocalDate()));
    callbacks().stream().filter(c -> c.outcome() != CallbackOutcome.UNREACHABLE)
        .forEach(c -> days.add(c.at().atZone(zone()).toLocalDate()));
    return days.stream().filter(d -> d.isAfter(registeredDate()) && !missedFollowUpDays().contains(d))
        .filter(d -> needsDailyContact(stateAt(d.plusDays(1).atStartOfDay(zone()).toInstant().minusMillis(1))))
        .count();
  }

  /**
   * The days the complaint was open and owed a daily contact (应跟进天数): {@link #daysContacted()} plus
   * the days recorded as missed. Follow-up compliance is the first over this.
   */
  @JsonIgnore
  public long daysOpen() {
    return daysContacted() + missedFollowUpDays().size();
  }

  /** The latest callback, if any. */
  @JsonIgnore
  public Optional<CallbackRecord> lastCallback() {
    return callbacks().isEmpty() ? Optional.empty() : Optional.of(callbacks().get(callbacks().size() - 1));
  }

  /** How often the owner has raised this matter: 1 plus the merged repeats. */
  public int timesRaised() {
    return 1 + repeats().size();
  }

  /**
   * The raisings criterion (a) counts: {@link #timesRaised()} until the class was lowered by hand;
   * after a downgrade, only the repeats raised since the latest one.
   */
  @JsonIgnore
  public int raisingsSinceLastDowngrade() {
    int lastDowngrade = -1;
    for (int i = 0; i < history().size(); i++) {
      if (history().get(i).records(ComplaintTrigger.DOWNGRADE)) {
        lastDowngrade = i;
      }
    }
    if (lastDowngrade < 0) {
      return timesRaised();
    }
    return (int) history().subList(lastDowngrade + 1, history().size()).stream()
        .filter(h -> h.records(ComplaintTrigger.REPEAT_RAISED)).count();
  }

  /** The day of registration in the office's zone. */
  public LocalDate registeredDate() {
    return registeredAt().atZone(zone()).toLocalDate();
  }

  /** Whether the first reply was on time; empty while none was given. */
  public Optional<Boolean> firstReplyOnTime() {
    return firstReplyAt().map(at -> !at.isAfter(firstReplyDeadline()));
  }

  /** The state the complaint was in at {@code instant}, from its history. */
  public ComplaintState stateAt(Instant instant) {
    ComplaintState s = TABLE.initial();
    for (HistoryEntry e : history()) {
      if (e.at().isAfter(instant)) {
        break;
      }
      s = e.to();
    }
    return s;
  }

  /**
   * Whether the owner was spoken to on {@code day} in the office's zone (PROCEDURES §4): a reply, a
   * follow-up contact, or a callback that reached them (satisfied or unsatisfied; an unreachable
   * callback is no exchange).
   */
  public boolean hasContactOn(LocalDate day) {
    return contacts().stream().anyMatch(c -> c.at().atZone(zone()).toLocalDate().equals(day))
        || callbacks().stream().anyMatch(c -> c.outcome() != CallbackOutcome.UNREACHABLE
            && c.at().atZone(zone()).toLocalDate().equals(day));
  }

  /** The triggers {@code actor} may fire now, according to the lifecycle table. */
  public Set<ComplaintTrigger> permittedTriggers(Actor actor) {
    return TABLE.permittedTriggers(state(), actor);
  }

  @Override
  public String toString() {
    return "Complaint{"
        + id()
        + ", office="
        + office()
        + ", v"
        + version()
        + ", "
        + state()
        + complaintClass().map(c -> ", " + c).orElse("")
        + ", phone="
        + contactPhone()
        + "}";
  }

  // ------------------------------------------------------------------ internals

  private static boolean needsDailyContact(ComplaintState s) {
    return s == ComplaintState.REGISTERED || s == ComplaintState.IN_HANDLING;
  }

  /**
   * {@code next} made major by criterion (c) when its month has passed at {@code now} and the upgrade
   * was not applied yet (a valid complaint judged, reopened or raised again after its month); else
   * {@code next} unchanged.
   */
  private ImmutableComplaint upgradeIfMonthPassed(
      ImmutableComplaint next, ComplaintPolicies policies, Instant now, List<ComplaintEvent> events) {
    return !now.isBefore(upgradeDue()) && !autoUpgraded() ? applyAutoUpgrade(next, policies, now, events) : next;
  }

  private ImmutableComplaint applyAutoUpgrade(
      ImmutableComplaint c, ComplaintPolicies policies, Instant now, List<ComplaintEvent> events) {
    ComplaintClass from = c.complaintClass().orElseThrow();
    Set<MajorCriterion> criteria = EnumSet.of(MajorCriterion.C_UNRESOLVED_ONE_MONTH);
    criteria.addAll(c.majorCriteria());
    Role handler = policies.routing().handlerFor(ComplaintClass.MAJOR);
    ImmutableComplaint next = classed(
        c.advance(ComplaintTrigger.AUTO_UPGRADE, Actor.system(), now, from + " → MAJOR: unresolved one month after registration")
            .withAutoUpgraded(true),
        ComplaintClass.MAJOR, criteria, policies);
    if (from != ComplaintClass.MAJOR) {
      events.add(new ComplaintEvent.Reclassified(id(), office(), now, from, ComplaintClass.MAJOR, handler, true, Optional.empty()));
      events.add(new ComplaintEvent.BecameMajor(id(), office(), now, next.majorCriteria()));
    }
    return next;
  }

  /**
   * {@code c} in class {@code cls} with these major criteria, routed to the class's handler, its
   * resolution target set from the report time by the class.
   */
  private static ImmutableComplaint classed(
      ImmutableComplaint c, ComplaintClass cls, Set<MajorCriterion> criteria, ComplaintPolicies policies) {
    Optional<Instant> becameMajor = c.becameMajorAt().isPresent() || cls != ComplaintClass.MAJOR
        ? c.becameMajorAt() : Optional.of(c.history().get(c.history().size() - 1).at()); // advanced just before
    return c.withComplaintClass(cls)
        .withBecameMajorAt(becameMajor)
        .withMajorCriteria(criteria)
        .withHandlerRole(policies.routing().handlerFor(cls))
        .withResolutionTarget(policies.timers().resolutionTarget(cls, c.registeredAt(), c.zone()));
  }

  /** Moves the class up to {@code c} when that is higher; never down. */
  private ImmutableComplaint raiseTo(
      ImmutableComplaint next, Classification c, ComplaintPolicies policies, Instant now, List<ComplaintEvent> events) {
    ComplaintClass from = next.complaintClass().orElseThrow();
    if (!c.complaintClass().isAbove(from)) {
      return next;
    }
    Role handler = policies.routing().handlerFor(c.complaintClass());
    ImmutableComplaint raised = classed(next, c.complaintClass(), c.criteria(), policies);
    events.add(new ComplaintEvent.Reclassified(id(), office(), now, from, c.complaintClass(), handler, true, Optional.empty()));
    if (c.complaintClass() == ComplaintClass.MAJOR) {
      events.add(new ComplaintEvent.BecameMajor(id(), office(), now, c.criteria()));
    }
    return raised;
  }

  private Optional<Rejection> refusal(ComplaintTrigger trigger, Actor actor) {
    return TABLE.refusal(state(), trigger, actor, "complaint " + id());
  }

  /** This snapshot after {@code trigger}: new state and one history line; the version is set by accept. */
  ImmutableComplaint advance(ComplaintTrigger trigger, Actor actor, Instant now, String note) {
    ComplaintState to = TABLE.transition(state(), trigger).orElseThrow().to();
    return ImmutableComplaint.copyOf(this)
        .withState(to)
        .withHistory(
            append(history(), new HistoryEntry(now, Optional.of(trigger), to, actor.staffId(), actor.name(), shortNote(note))));
  }

  private Result<Complaint> accept(ImmutableComplaint next, List<ComplaintEvent> events) {
    return Result.accepted(next.withVersion(version() + 1), events);
  }

  private Result<Complaint> unchanged() {
    return Result.accepted(this, List.of());
  }
}

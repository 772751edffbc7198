package org.propdesk.core.ticket;

import static org.propdesk.core.lifecycle.Aggregates.append;
import static org.propdesk.core.lifecycle.Aggregates.now;
import static org.propdesk.core.lifecycle.Aggregates.shortNote;
import static org.propdesk.core.ticket.TicketLifecycle.TABLE;

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
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairOrigin;
import org.propdesk.core.ticket.port.RepairRequest;

/**
 * A repair or incident report (报事报修单): the aggregate of PROCEDURES §6, with the front-desk rules of
 * §4 (time to the minute, first reply within 15 minutes, a contact every day until closed).
 *
 * <p>A snapshot is immutable. Each command method asks the lifecycle whether the trigger is permitted
 * from the current state for the actor's roles, applies the policies, and returns a {@link Result}:
 * the next snapshot (version + 1, one history line per trigger fired) with its events, or a rejection.
 * A command never throws for a business "no"; it throws {@link
 * org.propdesk.core.common.InvalidInputException} only for malformed input. The timer methods ({@code
 * on...}) return the same snapshot, unchanged, when there is nothing to do.
 *
 * <p>Clocks: every clock starts when the owner reported it ({@link #reportedAt()}), with the category's
 * {@link #deadlines()} fixed at registration. The resolution clock runs from {@link
 * #resolutionStartedAt()} (the report, or the latest reopening) and stands still while the work is
 * {@link TicketState#PAUSED paused}: its deadline is the start plus the resolution time plus every pause
 * since the start, so a pause moves it by exactly its length, across midnight or a weekend alike. A
 * transfer to another technician changes no clock. A deadline met to the millisecond is on time.
 *
 * <p>Thread-safety: immutable, so safe to share. {@code toString} masks the contact's phone.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTicket.class)
@JsonDeserialize(as = ImmutableTicket.class)
public abstract class Ticket {
  /** The longest free text: a reply, a note, a reason, a comment. */
  public static final int TEXT_LENGTH = 500;

  /** The bundle of the repair procedure's refusals, zh-CN and English. */
  public static final String BUNDLE = "org.propdesk.core.ticket.TicketRejections";

  /** How far back a report may be dated [ours, as complaints, PROCEDURES §4]. */
  public static final Duration MAX_BACKDATING = Duration.ofHours(24);

  /** How far ahead an appointment may be [ours]. */
  public static final Duration MAX_APPOINTMENT_AHEAD = Duration.ofDays(90);

  /**
   * The report's record type (报事报修记录): {@code ticket}. Index fields hold ids, states, instants and
   * the figures the summary (报事报修汇总分析) groups and counts; never the contact's name or phone.
   */
  public static final AggregateType<Ticket> TYPE = AggregateType.builder("ticket", Ticket.class)
      .id(t -> t.id().value())
      .office(Ticket::office)
      .version(Ticket::version)
      .state(Ticket::state)
      .text("desk_id", t -> t.desk().value())
      .text("state", Ticket::state)
      .text("category", Ticket::category)
      .text("origin", Ticket::origin)
      .text("origin_ref", Ticket::originRef)
      .text("unit_id", t -> t.unit().map(UnitId::value))
      .text("technician_id", t -> t.technician().map(StaffId::value))
      .text("service_order", Ticket::serviceOrder)
      .flag("paid", Ticket::paid)
      .instant("reported_at", Ticket::reportedAt)
      .date("reported_on", Ticket::reportedDate)
      .flag("first_reply_on_time", Ticket::firstReplyOnTime)
      .instant("dispatched_at", Ticket::dispatchedAt)
      .flag("dispatched_on_time", Ticket::dispatchedOnTime)
      .instant("arrived_at", Ticket::arrivedAt)
      .flag("arrived_on_time", Ticket::firstArrivalOnTime)
      .instant("done_at", Ticket::doneAt)
      .date("done_on", t -> t.doneAt().map(at -> at.atZone(t.zone()).toLocalDate()))
      .flag("resolved_on_time", Ticket::resolvedOnTime)
      .number("resolution_minutes", Ticket::resolutionMinutes)
      .number("paused_minutes", t -> t.pausedMinutes())
      .text("callback_reason", Ticket::callbackReason)
      .text("last_callback", t -> t.lastCallback().map(c -> c.rating().map(Enum::name).orElse("UNREACHABLE")))
      .number("reopen_count", t -> (long) t.reopenings().size())
      .instant("closed_at", Ticket::closedAt)
      .build();

  /** The report's id. */
  public abstract TicketId id();

  /** The management office it belongs to. */
  public abstract OfficeId office();

  /** The office's zone, fixed at registration: it decides calendar days. */
  public abstract ZoneId zone();

  /** The desk that registered it. */
  public abstract FrontDeskId desk();

  /** Where it came from. */
  public abstract RepairOrigin origin();

  /** The complaint or patrol finding that opened it. */
  public abstract Optional<String> originRef();

  /** The unit concerned, if inside one. */
  public abstract Optional<UnitId> unit();

  /** The owner or resident who reported it, if known. */
  public abstract Optional<OwnerId> owner();

  /** Where exactly. */
  public abstract String location();

  /** What it is about. */
  public abstract RepairCategory category();

  /** What was reported. */
  public abstract String description();

  /** Whom to call back. */
  public abstract Optional<String> contactName();

  /** Their phone (masked in {@code toString}). */
  public abstract Optional<PhoneNumber> contactPhone();

  /** Whether it is paid work (有偿). */
  public abstract boolean paid();

  /** For paid work, the special-service order that holds its quote, consent and charge. */
  public abstract Optional<String> serviceOrder();

  /** For paid work, when the owner signed the price (recorded when the work starts). */
  public abstract Optional<Instant> consentedAt();

  /** For an agreed visit, when the technician is expected. */
  public abstract Optional<Instant> appointmentAt();

  /** When the owner reported it (报事时间): every clock starts here. */
  public abstract Instant reportedAt();

  /** When the desk entered it. */
  public abstract Instant enteredAt();

  /** The category's clocks, fixed at registration. */
  public abstract TicketDeadlines deadlines();

  /** When the first reply was given. */
  public abstract Optional<Instant> firstReplyAt();

  /** Whether the first-reply alarm was raised. */
  public abstract boolean firstReplyOverdue();

  /** When it was first dispatched. */
  public abstract Optional<Instant> dispatchedAt();

  /** Whether the dispatch alarm was raised. */
  public abstract boolean dispatchOverdue();

  /** The technician it is with now. */
  public abstract Optional<StaffId> technician();

  /** When the technician must be on site (set at dispatch and at a reopening). */
  public abstract Optional<Instant> arrivalDue();

  /** When the technician last took the job. */
  public abstract Optional<Instant> acceptedAt();

  /** When the technician last arrived. */
  public abstract Optional<Instant> arrivedAt();

  /** Whether the first arrival was by its deadline; empty until the technician first arrives. */
  public abstract Optional<Boolean> firstArrivalOnTime();

  /** Whether the arrival alarm was raised for the current arrival deadline. */
  public abstract boolean arrivalOverdue();

  /** When the work first started. */
  public abstract Optional<Instant> startedAt();

  /** When the resolution clock started: the report, or the latest reopening. */
  public abstract Instant resolutionStartedAt();

  /** Every pause, oldest first; the last one is open while {@link TicketState#PAUSED}. */
  public abstract List<Pause> pauses();

  /** Whether the resolution warning sounded for the current deadline. */
  public abstract boolean resolutionWarned();

  /** Whether the resolution alarm sounded since the clock last started. */
  public abstract boolean resolutionOverdue();

  /** When the technician last reported the work done. */
  public abstract Optional<Instant> doneAt();

  /** Who last reported the work done: the technician responsible for it. */
  public abstract Optional<StaffId> doneBy();

  /** What was done, as the technician wrote it. */
  public abstract Optional<String> workDone();

  /** When the owner signed the work off. */
  public abstract Optional<Instant> signedOffAt();

  /** The owner's rating at sign-off, if given. */
  public abstract Optional<OwnerRating> rating();

  /** Why a callback is due, once one is. */
  public abstract Optional<CallbackReason> callbackReason();

  /** Every callback attempt, oldest first. */
  public abstract List<TicketCallback> callbacks();

  /** Every reopening, oldest first. */
  public abstract List<Reopening> reopenings();

  /** Every reply and follow-up, oldest first. */
  public abstract List<TicketContact> contacts();

  /** Days that passed without contact, oldest first. */
  public abstract List<LocalDate> missedFollowUpDays();

  /** When it was closed, rejected or cancelled. */
  public abstract Optional<Instant> closedAt();

  /** The reason of a rejection or cancellation. */
  public abstract Optional<String> endReason();

  /** The state. */
  public abstract TicketState state();

  /** What happened, oldest first. */
  public abstract List<TicketHistoryEntry> history();

  /** The aggregate version: 1 at registration, one more per accepted change. */
  public abstract long version();

  /** Checks the invariants across parts; run on every snapshot a command returns (not on each copy step). */
  final Ticket checked() {
    Check.that(!history().isEmpty() && history().get(history().size() - 1).to() == state(), "history",
        "must end in the current state");
    Check.that(closedAt().isPresent() == TABLE.isTerminal(state()), "closedAt", "is present exactly in a terminal state");
    Check.that((state() == TicketState.PAUSED) == openPause().isPresent(), "pauses", "an open pause exactly while paused");
    Check.that(version() >= 1, "version", "must be at least 1");
    return this;
  }

  // ------------------------------------------------------------------ registration

  /**
   * Registers a report (报事报修登记) at {@code office}. The caller has checked that the desk, the unit and
   * the owner belong to the office. The report's instant is the request's {@code reportedAt} or now;
   * rejected when it is in the future or more than {@link #MAX_BACKDATING} back, when an appointment
   * is not after it or more than {@link #MAX_APPOINTMENT_AHEAD} ahead, or when the actor may not
   * register.
   *
   * @param serviceOrder for paid work, the special-service order opened for its charge
   */
  public static Result<Ticket> register(TicketId id, OfficeId office, ZoneId zone, RepairRequest request,
      Optional<String> serviceOrder, TicketPolicies policies, Actor actor, Clock clock) {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("zone", zone);
    Check.present("request", request);
    Check.present("serviceOrder", serviceOrder);
    Check.present("policies", policies);
    Check.present("actor", actor);
    if (actor.roles().stream().noneMatch(TicketLifecycle.REGISTRARS::contains)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED,
          StaffText.of(BUNDLE, "register.role", TicketLifecycle.REGISTRARS, actor.roles())));
    }
    Instant now = now(clock);
    Instant reported = request.reportedAt().map(r -> r.truncatedTo(ChronoUnit.MILLIS)).orElse(now);
    if (reported.isAfter(now)) {
      return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "reportedAt", "reportedAt.future", reported));
    }
    if (reported.isBefore(now.minus(MAX_BACKDATING))) {
      return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "reportedAt", "reportedAt.tooOld", reported));
    }
    Optional<Instant> appointment = request.appointmentAt().map(a -> a.truncatedTo(ChronoUnit.MILLIS));
    if (appointment.isPresent() && (!appointment.get().isAfter(reported) || appointment.get().isAfter(now.plus(MAX_APPOINTMENT_AHEAD)))) {
      return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "appointmentAt", "appointment.outOfRange", appointment.get()));
    }
    TicketDeadlines d = policies.clocks().of(request.category());
    Ticket t = ImmutableTicket.builder()
        .id(id).office(office).zone(zone).desk(request.desk()).origin(request.origin()).originRef(request.originRef())
        .unit(request.unit()).owner(request.owner()).location(request.location()).category(request.category())
        .description(request.description()).contactName(request.contactName()).contactPhone(request.contactPhone())
        .paid(request.paid()).serviceOrder(serviceOrder).consentedAt(Optional.empty()).appointmentAt(appointment)
        .reportedAt(reported).enteredAt(now).deadlines(d).firstReplyAt(Optional.empty()).firstReplyOverdue(false)
        .dispatchedAt(Optional.empty()).dispatchOverdue(false).technician(Optional.empty()).arrivalDue(Optional.empty())
        .acceptedAt(Optional.empty()).arrivedAt(Optional.empty()).firstArrivalOnTime(Optional.empty()).arrivalOverdue(false).startedAt(Optional.empty())
        .resolutionStartedAt(reported).resolutionWarned(false).resolutionOverdue(false)
        .doneAt(Optional.empty()).doneBy(Optional.empty()).workDone(Optional.empty()).signedOffAt(Optional.empty())
        .rating(Optional.empty()).callbackReason(Optional.empty())
        .closedAt(Optional.empty()).endReason(Optional.empty())
        .state(TicketState.REGISTERED)
        .addHistory(new TicketHistoryEntry(now, Optional.empty(), TicketState.REGISTERED, actor.staffId(), actor.name(),
            shortNote(request.category() + (request.paid() ? " paid" : " free") + " reported " + reported)))
        .version(1)
        .build().checked();
    Instant due = t.resolutionDeadline().orElseThrow();
    return Result.accepted(t, List.of(new TicketEvent.Registered(id, office, now, reported, request.desk(), request.category(),
        request.origin(), request.originRef(), request.paid(), t.firstReplyDue(), t.dispatchDue(), due,
        due.minus(d.warningBefore()), reported.atZone(zone).toLocalDate().plusDays(1))));
  }

  // ------------------------------------------------------------------ speaking to the owner

  /**
   * A reply to the owner (答复), PROCEDURES §4: the first one is on time at or before {@link
   * #firstReplyDue()}. Refused when the text holds a forbidden phrase.
   */
  public Result<Ticket> reply(String text, Actor actor, TicketPolicies policies, Clock clock) {
    String said = Check.text("text", text, TEXT_LENGTH);
    Optional<Rejection> no = refusal(TicketTrigger.REPLY, actor).or(() -> policies.wording().refusalOf("text", said));
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    boolean first = firstReplyAt().isEmpty();
    boolean onTime = !now.isAfter(firstReplyDue());
    ImmutableTicket next = advance(TicketTrigger.REPLY, actor, now, first ? (onTime ? "first reply" : "first reply, late") : "reply")
        .withContacts(append(contacts(), new TicketContact(now, actor.staffId(), actor.name(), said, Optional.empty(), first)));
    if (first) {
      next = next.withFirstReplyAt(now);
    }
    return accept(next, new TicketEvent.Replied(id(), office(), now, first, first && onTime));
  }

  /**
   * A follow-up contact with the owner (跟进), PROCEDURES §4: what staff said (checked against the
   * forbidden phrases) and what the owner said. A contact counts for the day it is made.
   */
  public Result<Ticket> followUp(String said, Optional<String> ownerSaid, Actor actor, TicketPolicies policies, Clock clock) {
    String text = Check.text("said", said, TEXT_LENGTH);
    Check.present("ownerSaid", ownerSaid);
    Optional<String> owner = ownerSaid.map(o -> Check.text("ownerSaid", o, TEXT_LENGTH));
    Optional<Rejection> no = refusal(TicketTrigger.FOLLOW_UP, actor).or(() -> policies.wording().refusalOf("said", text));
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    ImmutableTicket next = advance(TicketTrigger.FOLLOW_UP, actor, now, "follow-up")
        .withContacts(append(contacts(), new TicketContact(now, actor.staffId(), actor.name(), text, owner, false)));
    return accept(next, new TicketEvent.FollowedUp(id(), office(), now));
  }

  // ------------------------------------------------------------------ engineering

  /**
   * Sends the job to a technician of the office (派工): on time at or before {@link #dispatchDue()}.
   * The caller has checked that {@code technician} is an engineering technician of the office. Sets the
   * arrival deadline: {@link TicketDeadlines#arrival} after now, or {@link TicketDeadlines#arrivalLead}
   * before the appointment.
   */
  public Result<Ticket> dispatch(StaffId technician, Actor actor, Clock clock) {
    Check.present("technician", technician);
    Optional<Rejection> no = refusal(TicketTrigger.DISPATCH, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    boolean onTime = !now.isAfter(dispatchDue());
    Instant arrival = deadlines().arrivalDue(now, appointmentAt());
    ImmutableTicket next = advance(TicketTrigger.DISPATCH, actor, now, "to " + technician + (onTime ? "" : ", late"))
        .withDispatchedAt(now).withTechnician(technician).withArrivalDue(arrival);
    return accept(next, new TicketEvent.Dispatched(id(), office(), now, technician, onTime, arrival));
  }

  /**
   * Hands the job to another technician of the office (转派) with a reason. Every clock keeps running:
   * the dispatch, arrival and resolution deadlines stay as they were. A job not yet on site waits for
   * the new technician to take it; a job on site or under way continues with them.
   */
  public Result<Ticket> transfer(StaffId to, String reason, Actor actor, Clock clock) {
    Check.present("to", to);
    String why = Check.text("reason", reason, TEXT_LENGTH);
    Optional<Rejection> no = refusal(TicketTrigger.TRANSFER, actor);
    if (no.isEmpty() && technician().equals(Optional.of(to))) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "to", "transfer.same", to));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    StaffId from = technician().orElseThrow();
    ImmutableTicket next = advance(TicketTrigger.TRANSFER, actor, now, from + " -> " + to + ": " + why).withTechnician(to);
    return accept(next, new TicketEvent.Transferred(id(), office(), now, from, to, why));
  }

  /** The technician takes the job (接单); only the technician it is with. */
  public Result<Ticket> acceptJob(Actor actor, Clock clock) {
    Optional<Rejection> no = technicianRefusal(TicketTrigger.ACCEPT, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(TicketTrigger.ACCEPT, actor, now, "taken").withAcceptedAt(now),
        new TicketEvent.Accepted(id(), office(), now, actor.staffId()));
  }

  /** The technician arrives (到场): on time at or before {@link #arrivalDue()}. */
  public Result<Ticket> arrive(Actor actor, Clock clock) {
    Optional<Rejection> no = technicianRefusal(TicketTrigger.ARRIVE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    boolean onTime = arrivalDue().map(due -> !now.isAfter(due)).orElse(true);
    ImmutableTicket next = advance(TicketTrigger.ARRIVE, actor, now, onTime ? "on site" : "on site, late").withArrivedAt(now);
    if (firstArrivalOnTime().isEmpty()) {
      next = next.withFirstArrivalOnTime(onTime);
    }
    return accept(next, new TicketEvent.Arrived(id(), office(), now, actor.staffId(), onTime));
  }

  /**
   * The work starts (开始维修). Paid work needs the owner's signed consent to the price first
   * (PROCEDURES §12): {@code consentedAt} is when the owner signed, as the special-service order
   * records it; without it the start is refused.
   */
  public Result<Ticket> start(Optional<Instant> consentedAt, Actor actor, Clock clock) {
    Check.present("consentedAt", consentedAt);
    Optional<Rejection> no = technicianRefusal(TicketTrigger.START, actor);
    if (no.isEmpty() && paid() && consentedAt.isEmpty()) {
      no = Optional.of(refused(RejectionCode.NOT_PERMITTED_IN_STATE, "consent", "start.noConsent", id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    ImmutableTicket next = advance(TicketTrigger.START, actor, now, "work started").withConsentedAt(paid() ? consentedAt : Optional.empty());
    if (startedAt().isEmpty()) {
      next = next.withStartedAt(now);
    }
    return accept(next, new TicketEvent.Started(id(), office(), now, next.consentedAt()));
  }

  /** The work stands still, waiting for parts, the owner or a third party (暂停): the resolution clock stops. */
  public Result<Ticket> pause(PauseReason reason, String note, Actor actor, Clock clock) {
    Check.present("reason", reason);
    String text = Check.text("note", note, TEXT_LENGTH);
    Optional<Rejection> no = refusal(TicketTrigger.PAUSE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    ImmutableTicket next = advance(TicketTrigger.PAUSE, actor, now, reason + ": " + text)
        .withPauses(append(pauses(), new Pause(now, Optional.empty(), reason, text, actor.staffId())));
    return accept(next, new TicketEvent.Paused(id(), office(), now, reason));
  }

  /** The work goes on (恢复): the resolution clock runs again, its deadline moved by exactly the pause. */
  public Result<Ticket> resume(Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(TicketTrigger.RESUME, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    Pause open = openPause().orElseThrow();
    ImmutableTicket next = advance(TicketTrigger.RESUME, actor, now, "resumed after " + open.lengthAt(now).toMinutes() + " min")
        .withPauses(closedPauses(now)).withResolutionWarned(false);
    Instant due = next.resolutionDeadline().orElseThrow();
    return accept(next, new TicketEvent.Resumed(id(), office(), now, open.lengthAt(now).toMinutes(), due,
        due.minus(deadlines().warningBefore())));
  }

  /** The technician reports the work done (完工), with what was done; on time at or before the resolution deadline. */
  public Result<Ticket> complete(String workDone, Actor actor, TicketPolicies policies, Clock clock) {
    String text = Check.text("workDone", workDone, TEXT_LENGTH);
    Check.present("policies", policies);
    Optional<Rejection> no = technicianRefusal(TicketTrigger.COMPLETE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    boolean onTime = !now.isAfter(resolutionDeadline().orElseThrow());
    ImmutableTicket next = advance(TicketTrigger.COMPLETE, actor, now, onTime ? "done" : "done, late")
        .withDoneAt(now).withDoneBy(actor.staffId()).withWorkDone(text);
    return accept(next, new TicketEvent.Completed(id(), office(), now, actor.staffId(),
        next.resolutionMinutes().orElseThrow(), onTime, now.plus(policies.unratedAfter())));
  }

  // ------------------------------------------------------------------ the owner's acceptance and the callback

  /**
   * The owner signs the work off (业主验收签字), with their rating if given. A callback is due for paid
   * work, for a free job drawn in the week's sample, for a sign-off without a rating and for an
   * unsatisfied rating (PROCEDURES §6); otherwise the report closes.
   *
   * @param signedBy the name the owner signed with, 1-50 characters on one line
   */
  public Result<Ticket> signOff(String signedBy, Optional<OwnerRating> rating, Actor actor, TicketPolicies policies, Clock clock) {
    String signer = Check.line("signedBy", signedBy, RepairRequest.NAME_LENGTH);
    Check.present("rating", rating);
    Check.present("policies", policies);
    Instant now = now(clock);
    Optional<CallbackReason> reason = callbackDue(rating, policies);
    TicketTrigger trigger = reason.isPresent() ? TicketTrigger.OWNER_SIGN_OFF_FOR_CALLBACK : TicketTrigger.OWNER_SIGN_OFF;
    Optional<Rejection> no = refusal(trigger, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    ImmutableTicket next = advance(trigger, actor, now, "signed by " + signer + rating.map(r -> ", " + r).orElse(""))
        .withSignedOffAt(now).withRating(rating).withCallbackReason(reason);
    List<TicketEvent> events = new ArrayList<>(List.of(new TicketEvent.SignedOff(id(), office(), now, rating, reason)));
    if (reason.isEmpty()) {
      next = next.withClosedAt(now);
      events.add(new TicketEvent.Closed(id(), office(), now, false));
    }
    return accept(next, events);
  }

  /** Why a callback is due when the owner signs with {@code rating}; empty when none is. */
  public Optional<CallbackReason> callbackDue(Optional<OwnerRating> rating, TicketPolicies policies) {
    if (paid()) {
      return Optional.of(CallbackReason.PAID);
    }
    if (rating.isEmpty()) {
      return Optional.of(CallbackReason.UNRATED);
    }
    if (rating.get() == OwnerRating.UNSATISFIED) {
      return Optional.of(CallbackReason.RATED_UNSATISFIED);
    }
    LocalDate completed = doneAt().orElse(reportedAt()).atZone(zone()).toLocalDate();
    return policies.sampling().draws(office(), id().value(), completed) ? Optional.of(CallbackReason.SAMPLED) : Optional.empty();
  }

  /** The owner does not accept the work (验收不通过): it goes on; the resolution clock kept running. */
  public Result<Ticket> refuseSignOff(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, TEXT_LENGTH);
    Optional<Rejection> no = refusal(TicketTrigger.OWNER_REFUSE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    ImmutableTicket next = advance(TicketTrigger.OWNER_REFUSE, actor, now, "not accepted: " + why)
        .withDoneAt(Optional.empty()).withWorkDone(Optional.empty());
    return accept(next, new TicketEvent.SignOffRefused(id(), office(), now, why, next.resolutionDeadline().orElseThrow()));
  }

  /**
   * The callback (回访), PROCEDURES §6: satisfied or basically satisfied closes the report; unsatisfied
   * reopens the work with the technician who did it (traced as responsible), a new resolution clock
   * from now and a new arrival deadline; unreachable records the attempt. The comment is checked
   * against the forbidden phrases.
   *
   * @param rating what the owner said; empty when they could not be reached
   */
  public Result<Ticket> callBack(Optional<OwnerRating> rating, String comment, Actor actor, TicketPolicies policies, Clock clock) {
    Check.present("rating", rating);
    String text = Check.text("comment", comment, TEXT_LENGTH);
    TicketTrigger trigger = rating.isEmpty() ? TicketTrigger.CALLBACK_UNREACHABLE
        : rating.get() == OwnerRating.UNSATISFIED ? TicketTrigger.CALLBACK_UNSATISFIED : TicketTrigger.CALLBACK_SATISFIED;
    Optional<Rejection> no = refusal(trigger, actor).or(() -> policies.wording().refusalOf("comment", text));
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    TicketCallback call = new TicketCallback(now, actor.staffId(), rating, text);
    ImmutableTicket next = advance(trigger, actor, now, rating.map(Enum::name).orElse("unreachable"))
        .withCallbacks(append(callbacks(), call));
    List<TicketEvent> events = new ArrayList<>(List.of(new TicketEvent.CalledBack(id(), office(), now, rating)));
    if (trigger == TicketTrigger.CALLBACK_SATISFIED) {
      next = next.withClosedAt(now);
      events.add(new TicketEvent.Closed(id(), office(), now, false));
    } else if (trigger == TicketTrigger.CALLBACK_UNSATISFIED) {
      StaffId responsible = doneBy().orElseThrow();
      Instant arrival = deadlines().arrivalDue(now, Optional.empty());
      next = next.withReopenings(append(reopenings(), new Reopening(now, responsible, text)))
          .withTechnician(responsible).withArrivalDue(arrival).withArrivalOverdue(false).withAcceptedAt(Optional.empty())
          .withArrivedAt(Optional.empty()).withResolutionStartedAt(now)
          .withResolutionWarned(false).withResolutionOverdue(false).withDoneAt(Optional.empty()).withWorkDone(Optional.empty())
          .withSignedOffAt(Optional.empty()).withRating(Optional.empty()).withCallbackReason(Optional.empty());
      Instant due = next.resolutionDeadline().orElseThrow();
      events.add(new TicketEvent.Reopened(id(), office(), now, responsible, due, due.minus(deadlines().warningBefore()), arrival));
    }
    return accept(next, events);
  }

  /**
   * Closes a report whose owner could not be reached (联系不上关闭), by the customer supervisor, once at
   * least one callback attempt found them unreachable [ours, as complaints].
   */
  public Result<Ticket> closeUnreachable(String note, Actor actor, Clock clock) {
    String text = Check.text("note", note, TEXT_LENGTH);
    Optional<Rejection> no = refusal(TicketTrigger.CLOSE_UNREACHABLE, actor);
    if (no.isEmpty() && callbacks().stream().noneMatch(c -> !c.reached())) {
      no = Optional.of(refused(RejectionCode.NOT_PERMITTED_IN_STATE, "callbacks", "closeUnreachable.noAttempt", id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(TicketTrigger.CLOSE_UNREACHABLE, actor, now, "owner unreachable: " + text).withClosedAt(now),
        new TicketEvent.Closed(id(), office(), now, true));
  }

  /** Rejects the report (驳回) with the reason the owner is told (checked against the forbidden phrases). */
  public Result<Ticket> reject(String reason, Actor actor, TicketPolicies policies, Clock clock) {
    String why = Check.text("reason", reason, TEXT_LENGTH);
    Optional<Rejection> no = refusal(TicketTrigger.REJECT, actor).or(() -> policies.wording().refusalOf("reason", why));
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(end(TicketTrigger.REJECT, actor, now, why), new TicketEvent.Rejected(id(), office(), now, why));
  }

  /** Cancels the report (取消), e.g. the owner withdrew it, with a reason. */
  public Result<Ticket> cancel(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, TEXT_LENGTH);
    Optional<Rejection> no = refusal(TicketTrigger.CANCEL, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(end(TicketTrigger.CANCEL, actor, now, why), new TicketEvent.Cancelled(id(), office(), now, why));
  }

  private ImmutableTicket end(TicketTrigger trigger, Actor actor, Instant now, String why) {
    ImmutableTicket next = advance(trigger, actor, now, why).withClosedAt(now).withEndReason(why);
    return openPause().isPresent() ? next.withPauses(closedPauses(now)) : next;
  }

  // ------------------------------------------------------------------ the sweep's checks

  /** The first-reply alarm (首次答复超时): if nothing was said to the owner by the deadline. Raised once. */
  public Result<Ticket> onFirstReplyDue(Clock clock) {
    Instant now = now(clock);
    if (!now.isAfter(firstReplyDue()) || firstReplyAt().isPresent() || firstReplyOverdue()
        || TABLE.transition(state(), TicketTrigger.FIRST_REPLY_OVERDUE).isEmpty()) {
      return unchanged();
    }
    return accept(advance(TicketTrigger.FIRST_REPLY_OVERDUE, Actor.system(), now, "no reply by " + firstReplyDue())
        .withFirstReplyOverdue(true), new TicketEvent.FirstReplyOverdue(id(), office(), now, firstReplyDue()));
  }

  /** The dispatch alarm (派工超时): if the job was not dispatched by the deadline. Raised once. */
  public Result<Ticket> onDispatchDue(Clock clock) {
    Instant now = now(clock);
    if (!now.isAfter(dispatchDue()) || dispatchedAt().isPresent() || dispatchOverdue()
        || TABLE.transition(state(), TicketTrigger.DISPATCH_OVERDUE).isEmpty()) {
      return unchanged();
    }
    return accept(advance(TicketTrigger.DISPATCH_OVERDUE, Actor.system(), now, "not dispatched by " + dispatchDue())
        .withDispatchOverdue(true), new TicketEvent.DispatchOverdue(id(), office(), now, dispatchDue()));
  }

  /**
   * The arrival alarm (到场超时): if {@code due} is still the arrival deadline and the technician is not
   * on site by it. Raised once per deadline.
   */
  public Result<Ticket> onArrivalDue(Instant due, Clock clock) {
    Check.present("due", due);
    Instant now = now(clock);
    if (!now.isAfter(due) || !arrivalDue().equals(Optional.of(due)) || arrivalOverdue()
        || TABLE.transition(state(), TicketTrigger.ARRIVAL_OVERDUE).isEmpty()) {
      return unchanged();
    }
    StaffId tech = technician().orElseThrow();
    return accept(advance(TicketTrigger.ARRIVAL_OVERDUE, Actor.system(), now, tech + " not on site by " + due)
        .withArrivalOverdue(true), new TicketEvent.ArrivalOverdue(id(), office(), now, tech, due));
  }

  /**
   * The resolution warning (即将超时): if the clock runs and {@code due} is still its deadline, once.
   * A pause moves the deadline, so the warning of an earlier deadline finds it changed and does nothing;
   * a sweep that runs only after the deadline raises the alarm instead, never a late warning.
   */
  public Result<Ticket> onResolutionWarning(Instant due, Clock clock) {
    Check.present("due", due);
    Instant now = now(clock);
    if (now.isBefore(due.minus(deadlines().warningBefore())) || now.isAfter(due) || !resolutionDeadline().equals(Optional.of(due))
        || resolutionWarned() || resolutionOverdue() || TABLE.transition(state(), TicketTrigger.RESOLUTION_NEAR).isEmpty()) {
      return unchanged();
    }
    return accept(advance(TicketTrigger.RESOLUTION_NEAR, Actor.system(), now, "due by " + due).withResolutionWarned(true),
        new TicketEvent.ResolutionNear(id(), office(), now, due));
  }

  /** The resolution alarm (处理超时): if the clock runs and passed {@code due}, still its deadline, once. */
  public Result<Ticket> onResolutionDue(Instant due, Clock clock) {
    Check.present("due", due);
    Instant now = now(clock);
    if (!now.isAfter(due) || !resolutionDeadline().equals(Optional.of(due)) || resolutionOverdue()
        || TABLE.transition(state(), TicketTrigger.RESOLUTION_OVERDUE).isEmpty()) {
      return unchanged();
    }
    return accept(advance(TicketTrigger.RESOLUTION_OVERDUE, Actor.system(), now, "not done by " + due).withResolutionOverdue(true),
        new TicketEvent.ResolutionOverdue(id(), office(), now, due));
  }

  /** A job done but not signed off by {@code doneAt} + the time allowed moves to callback (未评价转回访). */
  public Result<Ticket> onUnratedDue(Instant completedAt, TicketPolicies policies, Clock clock) {
    Check.present("completedAt", completedAt);
    Instant now = now(clock);
    if (now.isBefore(completedAt.plus(policies.unratedAfter())) || !doneAt().equals(Optional.of(completedAt))
        || TABLE.transition(state(), TicketTrigger.UNRATED_TIMEOUT).isEmpty()) {
      return unchanged();
    }
    return accept(advance(TicketTrigger.UNRATED_TIMEOUT, Actor.system(), now, "not signed off within " + policies.unratedAfter())
        .withCallbackReason(CallbackReason.UNRATED), new TicketEvent.MovedToCallback(id(), office(), now));
  }

  /**
   * The daily follow-up check for {@code day} (office zone), once it has ended: a day after the report's
   * day on which the report was open all along the day's end and had no reply, follow-up or callback is
   * recorded as missed. Otherwise unchanged.
   */
  public Result<Ticket> onFollowUpDayEnded(LocalDate day, Clock clock) {
    Check.present("day", day);
    Instant now = now(clock);
    Instant dayEnd = day.plusDays(1).atStartOfDay(zone()).toInstant();
    if (now.isBefore(dayEnd) || !day.isAfter(reportedDate()) || missedFollowUpDays().contains(day)
        || TABLE.transition(state(), TicketTrigger.FOLLOW_UP_MISSED).isEmpty()
        || TABLE.isTerminal(stateAt(dayEnd.minusMillis(1))) || hasContactOn(day)) {
      return unchanged();
    }
    return accept(advance(TicketTrigger.FOLLOW_UP_MISSED, Actor.system(), now, "no contact on " + day)
        .withMissedFollowUpDays(append(missedFollowUpDays(), day)), new TicketEvent.FollowUpMissed(id(), office(), now, day));
  }

  // ------------------------------------------------------------------ derived figures

  /** The last instant of an on-time first reply. */
  @JsonIgnore
  public Instant firstReplyDue() {
    return reportedAt().plus(deadlines().firstReply());
  }

  /** The last instant of an on-time dispatch. */
  @JsonIgnore
  public Instant dispatchDue() {
    return reportedAt().plus(deadlines().dispatch());
  }

  /** The day it was reported, in the office's zone. */
  @JsonIgnore
  public LocalDate reportedDate() {
    return reportedAt().atZone(zone()).toLocalDate();
  }

  /**
   * The resolution deadline while the clock runs: its start plus the resolution time plus every pause
   * since the start. Empty while paused (the clock stands still), once done, and once ended.
   */
  @JsonIgnore
  public Optional<Instant> resolutionDeadline() {
    if (!TicketLifecycle.CLOCK_RUNNING.contains(state())) {
      return Optional.empty();
    }
    // the clock runs, so no pause is open: every pause since the start has ended
    return Optional.of(resolutionStartedAt().plus(deadlines().resolution()).plus(pausedSince(resolutionStartedAt(), Instant.MAX)));
  }

  /** How much resolution time is left at {@code at}: frozen while paused; negative once overdue. */
  public Duration resolutionLeftAt(Instant at) {
    Check.present("at", at);
    Duration used = Duration.between(resolutionStartedAt(), at).minus(pausedSince(resolutionStartedAt(), at));
    return deadlines().resolution().minus(used);
  }

  /** Whether the first reply was on time; empty until it is given. */
  @JsonIgnore
  public Optional<Boolean> firstReplyOnTime() {
    return firstReplyAt().map(at -> !at.isAfter(firstReplyDue()));
  }

  /** Whether the first dispatch was on time; empty until dispatched. */
  @JsonIgnore
  public Optional<Boolean> dispatchedOnTime() {
    return dispatchedAt().map(at -> !at.isAfter(dispatchDue()));
  }

  /**
   * Minutes from the report to the work last done, less every pause (净处理时长); empty until done. A
   * reopened job counts from the report to its last completion.
   */
  @JsonIgnore
  public Optional<Long> resolutionMinutes() {
    return doneAt().map(done -> Duration.between(reportedAt(), done).minus(pausedSince(reportedAt(), done)).toMinutes());
  }

  /** Whether the work was last done by its deadline; empty until done. */
  @JsonIgnore
  public Optional<Boolean> resolvedOnTime() {
    return doneAt().map(done -> resolutionLeftAt(done).compareTo(Duration.ZERO) >= 0);
  }

  /** Minutes the work stood still in every ended pause. */
  @JsonIgnore
  public long pausedMinutes() {
    return pauses().stream().filter(p -> p.until().isPresent()).map(p -> p.lengthAt(p.until().get()))
        .reduce(Duration.ZERO, Duration::plus).toMinutes();
  }

  /** The open pause, while paused. */
  @JsonIgnore
  public Optional<Pause> openPause() {
    return pauses().isEmpty() || pauses().get(pauses().size() - 1).until().isPresent() ? Optional.empty()
        : Optional.of(pauses().get(pauses().size() - 1));
  }

  /** The last callback attempt. */
  @JsonIgnore
  public Optional<TicketCallback> lastCallback() {
    return callbacks().isEmpty() ? Optional.empty() : Optional.of(callbacks().get(callbacks().size() - 1));
  }

  /** Whether it is open (not closed, rejected or cancelled). */
  @JsonIgnore
  public boolean isOpen() {
    return !TABLE.isTerminal(state());
  }

  /** Whether a reply, follow-up or callback was made on {@code day} (office zone). */
  public boolean hasContactOn(LocalDate day) {
    return contacts().stream().anyMatch(c -> c.at().atZone(zone()).toLocalDate().equals(day))
        || callbacks().stream().anyMatch(c -> c.at().atZone(zone()).toLocalDate().equals(day));
  }

  /** The state at {@code instant}, from the history (the registration's state before it). */
  public TicketState stateAt(Instant instant) {
    TicketState s = TicketState.REGISTERED;
    for (TicketHistoryEntry e : history()) {
      if (e.at().isAfter(instant)) {
        break;
      }
      s = e.to();
    }
    return s;
  }

  @Override
  public String toString() {
    return "Ticket{" + id() + ", office=" + office() + ", v" + version() + ", " + state() + ", " + category()
        + (paid() ? ", paid" : ", free") + technician().map(t -> ", technician=" + t).orElse("")
        + contactPhone().map(p -> ", phone=" + p).orElse("") + "}";
  }

  // ------------------------------------------------------------------ internals

  /** The time paused within [from, at): each pause's overlap with it, an open pause counting up to {@code at}. */
  private Duration pausedSince(Instant from, Instant at) {
    Duration total = Duration.ZERO;
    for (Pause p : pauses()) {
      Instant start = p.from().isBefore(from) ? from : p.from();
      Instant end = p.until().orElse(at);
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  private List<Pause> closedPauses(Instant now) {
    List<Pause> ps = new ArrayList<>(pauses());
    ps.set(ps.size() - 1, ps.get(ps.size() - 1).endedAt(now));
    return ps;
  }

  private Optional<Rejection> refusal(TicketTrigger trigger, Actor actor) {
    return TABLE.refusal(state(), trigger, actor, "ticket " + id());
  }

  /** The table's refusal, or, for a technician's step, a technician the job is not with. */
  private Optional<Rejection> technicianRefusal(TicketTrigger trigger, Actor actor) {
    Optional<Rejection> no = refusal(trigger, actor);
    if (no.isEmpty() && !technician().equals(Optional.of(actor.staffId()))) {
      return Optional.of(refused(RejectionCode.INSUFFICIENT_AUTHORITY, "actor", "notYourJob", id(),
          technician().map(StaffId::value).orElse("-")));
    }
    return no;
  }

  private static Rejection refused(RejectionCode code, String field, String key, Object... args) {
    return Rejection.ofField(code, field, StaffText.of(BUNDLE, key, args));
  }

  private ImmutableTicket advance(TicketTrigger trigger, Actor actor, Instant now, String note) {
    TicketState to = TABLE.transition(state(), trigger).orElseThrow().to();
    return ImmutableTicket.copyOf(this).withState(to).withHistory(
        append(history(), new TicketHistoryEntry(now, Optional.of(trigger), to, actor.staffId(), actor.name(), shortNote(note))));
  }

  private Result<Ticket> accept(ImmutableTicket next, TicketEvent event) {
    return accept(next, List.of(event));
  }

  private Result<Ticket> accept(ImmutableTicket next, List<TicketEvent> events) {
    return Result.accepted(next.withVersion(version() + 1).checked(), events);
  }

  private Result<Ticket> unchanged() {
    return Result.accepted(this, List.of());
  }
}

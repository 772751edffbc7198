package org.propdesk.core.visitor;

import org.propdesk.core.common.StaffText;
import static org.propdesk.core.lifecycle.Aggregates.append;
import static org.propdesk.core.lifecycle.Aggregates.now;
import static org.propdesk.core.lifecycle.Aggregates.shortNote;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.IdCardNumber;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.Result;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * A visit (来访), seed 4.4.5: a visitor registered at a front desk to see a staff member of the
 * office, walk-in or booked (预约); the person visited is told, arrival and departure are recorded,
 * and a visitor still on site at the office's closing time is flagged.
 *
 * <p>Invariants: the state follows {@link VisitLifecycle#TABLE}; the history is append-only and its
 * last line names the current state; {@code arrivedAt} is present from {@link VisitState#ON_SITE} on,
 * {@code leftAt} exactly in {@link VisitState#LEFT}; {@code closedAt} exactly in a terminal state;
 * {@code flaggedAt} only once the closing check found the visitor on site; version 1 at registration,
 * one more per accepted change. Command methods never throw for a business "no": they return a
 * rejection. Immutable and thread-safe; {@code toString} masks the phone and ID number.
 *
 * @param id the visit
 * @param office the office
 * @param zone the office's zone
 * @param desk the desk that registered it
 * @param visitorName the visitor's name
 * @param visitorPhone the visitor's phone (personal data)
 * @param visitorIdCard the visitor's ID number (personal data)
 * @param host the staff member visited
 * @param purpose why they came
 * @param partySize how many people
 * @param appointmentAt for a booked visit, when it was expected
 * @param registeredAt when it was registered
 * @param closingCheckAt when the closing-time check runs
 * @param state the state
 * @param arrivedAt when the visitor arrived
 * @param leftAt when the visitor left
 * @param flaggedAt when the closing check found the visitor still on site
 * @param closedAt when it reached a terminal state
 * @param history what happened, oldest first
 * @param version the aggregate version
 * @since 0.1.0
 */
public record Visit(
    VisitId id,
    OfficeId office,
    ZoneId zone,
    FrontDeskId desk,
    String visitorName,
    Optional<PhoneNumber> visitorPhone,
    Optional<IdCardNumber> visitorIdCard,
    StaffId host,
    String purpose,
    int partySize,
    Optional<Instant> appointmentAt,
    Instant registeredAt,
    Instant closingCheckAt,
    VisitState state,
    Optional<Instant> arrivedAt,
    Optional<Instant> leftAt,
    Optional<Instant> flaggedAt,
    Optional<Instant> closedAt,
    List<VisitHistoryEntry> history,
    long version) {

  /** The longest reason for a decline or a cancellation. */
  public static final int REASON_LENGTH = 500;

  /** The bundle of the visitor log's refusals, zh-CN and English. */
  public static final String BUNDLE = "org.propdesk.core.visitor.VisitRejections";

  /**
   * The visit's record type (来访登记): {@code visit}. Index fields hold ids, states and instants, never
   * the visitor's name, phone or ID number.
   */
  public static final AggregateType<Visit> TYPE = AggregateType.builder("visit", Visit.class)
      .id(v -> v.id().value())
      .office(Visit::office)
      .version(Visit::version)
      .state(Visit::state)
      .text("desk_id", v -> v.desk().value())
      .text("host_id", v -> v.host().value())
      .text("state", Visit::state)
      .instant("registered_at", Visit::registeredAt)
      .instant("appointment_at", Visit::appointmentAt)
      .instant("arrived_at", Visit::arrivedAt)
      .instant("left_at", Visit::leftAt)
      .instant("flagged_at", Visit::flaggedAt)
      .instant("closed_at", Visit::closedAt)
      .build();

  /** Checks the parts and the invariants. */
  public Visit {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("zone", zone);
    Check.present("desk", desk);
    visitorName = Check.line("visitorName", visitorName, VisitRegistration.NAME_LENGTH);
    Check.present("visitorPhone", visitorPhone);
    Check.present("visitorIdCard", visitorIdCard);
    Check.present("host", host);
    purpose = Check.text("purpose", purpose, VisitRegistration.PURPOSE_LENGTH);
    Check.that(partySize >= 1 && partySize <= VisitRegistration.MAX_PARTY, "partySize", "must be 1-" + VisitRegistration.MAX_PARTY);
    Check.present("appointmentAt", appointmentAt);
    Check.present("registeredAt", registeredAt);
    Check.present("closingCheckAt", closingCheckAt);
    Check.present("state", state);
    Check.present("arrivedAt", arrivedAt);
    Check.present("leftAt", leftAt);
    Check.present("flaggedAt", flaggedAt);
    Check.present("closedAt", closedAt);
    history = List.copyOf(history);
    Check.that(!history.isEmpty() && history.get(history.size() - 1).to() == state, "history", "must end in the current state");
    Check.that(closedAt.isPresent() == VisitLifecycle.TABLE.isTerminal(state), "closedAt", "is present exactly in a terminal state");
    Check.that(leftAt.isPresent() == (state == VisitState.LEFT), "leftAt", "is present exactly when the visitor left");
    Check.that(version >= 1, "version", "must be at least 1");
  }

  /**
   * Registers a visit (来访登记). The caller has checked that the desk and the host belong to {@code
   * office}. Rejected when the actor may not keep the visitor log.
   */
  public static Result<Visit> register(
      VisitId id, OfficeId office, ZoneId zone, VisitRegistration r, VisitRules rules, Actor actor, Clock clock) {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("zone", zone);
    Check.present("registration", r);
    Check.present("rules", rules);
    Check.present("actor", actor);
    if (actor.roles().stream().noneMatch(VisitLifecycle.KEEPERS::contains)) {
      return Result.rejected(Rejection.of(org.propdesk.core.common.RejectionCode.ROLE_NOT_PERMITTED,
          StaffText.of(BUNDLE, "register.role", VisitLifecycle.KEEPERS, actor.roles())));
    }
    Instant now = now(clock);
    Instant closing = rules.closingAfter(now, zone);
    Visit v = new Visit(id, office, zone, r.desk(), r.visitorName(), r.visitorPhone(), r.visitorIdCard(), r.host(),
        r.purpose(), r.partySize(), r.appointmentAt(), now, closing, VisitState.REGISTERED, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(new VisitHistoryEntry(now, Optional.empty(), VisitState.REGISTERED, actor.staffId(), actor.name(),
            r.appointmentAt().map(a -> "booked for " + a).orElse("walk-in"))), 1);
    return Result.accepted(v, List.of(new VisitEvent.Registered(id, office, now, r.desk(), r.host(), r.appointmentAt(), closing)));
  }

  /** The person visited was told (通知被访人). */
  public Result<Visit> notifyHost(Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(VisitTrigger.NOTIFY_HOST, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(VisitTrigger.NOTIFY_HOST, actor, now, "host " + host + " told"),
        new VisitEvent.HostNotified(id, office, now, host));
  }

  /** The person visited declined to meet; {@code reason} is what the visitor was told (被访人谢绝). */
  public Result<Visit> hostDeclined(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, REASON_LENGTH);
    Optional<Rejection> no = refusal(VisitTrigger.HOST_DECLINED, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(VisitTrigger.HOST_DECLINED, actor, now, why),
        new VisitEvent.HostDeclined(id, office, now, why));
  }

  /** The visitor arrived and was let in (到访). */
  public Result<Visit> arrive(Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(VisitTrigger.ARRIVE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    boolean late = appointmentAt.filter(now::isAfter).isPresent();
    Visit next = advance(VisitTrigger.ARRIVE, actor, now, late ? "arrived after the appointment" : "arrived");
    return accept(next.with(Optional.of(now), leftAt, flaggedAt, closedAt), new VisitEvent.Arrived(id, office, now, late));
  }

  /** The visitor left (离开). */
  public Result<Visit> leave(Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(VisitTrigger.LEAVE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    Visit next = advance(VisitTrigger.LEAVE, actor, now, flaggedAt.isPresent() ? "left after closing" : "left");
    return accept(next, new VisitEvent.Left(id, office, now, flaggedAt.isPresent()));
  }

  /** The visit was cancelled before arrival (取消). */
  public Result<Visit> cancel(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, REASON_LENGTH);
    Optional<Rejection> no = refusal(VisitTrigger.CANCEL, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(VisitTrigger.CANCEL, actor, now, why), new VisitEvent.Cancelled(id, office, now, why));
  }

  /**
   * The system's closing-time check (闭馆检查), due at {@link #closingCheckAt()}: a visitor still on
   * site is flagged (once); a visit that never arrived expires. Unchanged in any other state, or
   * before the check is due.
   */
  public Result<Visit> onClosingCheck(Clock clock) {
    Instant now = now(clock);
    if (now.isBefore(closingCheckAt) || VisitLifecycle.TABLE.isTerminal(state)
        || (state == VisitState.ON_SITE && flaggedAt.isPresent())) {
      return Result.accepted(this, List.of());
    }
    Actor system = Actor.system();
    if (state == VisitState.ON_SITE) {
      Visit next = advance(VisitTrigger.CLOSING_CHECK, system, now, "still on site at closing time");
      return accept(next.with(arrivedAt, leftAt, Optional.of(now), closedAt),
          new VisitEvent.StillOnSiteAtClosing(id, office, now, desk, host));
    }
    return accept(advance(VisitTrigger.CLOSING_CHECK, system, now, "never arrived by closing time"),
        new VisitEvent.Expired(id, office, now));
  }

  /** Whether the visitor is on site now (在访). */
  @JsonIgnore
  public boolean isOnSite() {
    return state == VisitState.ON_SITE;
  }

  /** The state at {@code instant}, from the history (the registration's state before it). */
  public VisitState stateAt(Instant instant) {
    VisitState s = VisitState.REGISTERED;
    for (VisitHistoryEntry e : history) {
      if (e.at().isAfter(instant)) {
        break;
      }
      s = e.to();
    }
    return s;
  }

  @Override
  public String toString() {
    return "Visit{" + id + ", office=" + office + ", v" + version + ", " + state + ", host=" + host
        + visitorPhone.map(p -> ", phone=" + p).orElse("") + visitorIdCard.map(c -> ", idCard=" + c).orElse("") + "}";
  }

  // ------------------------------------------------------------------ internals

  private Optional<Rejection> refusal(VisitTrigger trigger, Actor actor) {
    return VisitLifecycle.TABLE.refusal(state, trigger, actor, "visit " + id);
  }

  private Visit advance(VisitTrigger trigger, Actor actor, Instant now, String note) {
    VisitState to = VisitLifecycle.TABLE.transition(state, trigger).orElseThrow().to();
    return new Visit(id, office, zone, desk, visitorName, visitorPhone, visitorIdCard, host, purpose, partySize,
        appointmentAt, registeredAt, closingCheckAt, to, arrivedAt, to == VisitState.LEFT ? Optional.of(now) : leftAt,
        flaggedAt, VisitLifecycle.TABLE.isTerminal(to) ? Optional.of(now) : closedAt,
        append(history, new VisitHistoryEntry(now, Optional.of(trigger), to, actor.staffId(), actor.name(), shortNote(note))),
        version);
  }

  private Visit with(Optional<Instant> arrived, Optional<Instant> left, Optional<Instant> flagged, Optional<Instant> closed) {
    return new Visit(id, office, zone, desk, visitorName, visitorPhone, visitorIdCard, host, purpose, partySize,
        appointmentAt, registeredAt, closingCheckAt, state, arrived, left, flagged, closed, history, version);
  }

  private Result<Visit> accept(Visit next, VisitEvent event) {
    return Result.accepted(next.withVersion(version + 1), List.of(event));
  }

  private Visit withVersion(long v) {
    return new Visit(id, office, zone, desk, visitorName, visitorPhone, visitorIdCard, host, purpose, partySize,
        appointmentAt, registeredAt, closingCheckAt, state, arrivedAt, leftAt, flaggedAt, closedAt, history, v);
  }
}

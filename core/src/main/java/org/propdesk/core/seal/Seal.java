package org.propdesk.core.seal;

import static org.propdesk.core.lifecycle.Aggregates.append;
import static org.propdesk.core.lifecycle.Aggregates.now;
import static org.propdesk.core.lifecycle.Aggregates.shortNote;
import static org.propdesk.core.seal.SealLifecycles.SEAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Approval;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * A registered seal (印章登记): the registry entry of PROCEDURES §10. Its type, office, name and
 * custodian; its state (pending start, in use, lost or damaged, retired, destroyed); the request awaiting
 * the general manager, and every decision made; a loss report with its approval and notice; the seal that
 * replaced it or that it replaces.
 *
 * <p>Rules: starting, stopping, accepting a loss and destroying happen only on the general manager's
 * approval of a pending request of that kind, and never by the staff member who asked; a lost or damaged
 * seal is out of use at once; a replacement is registered only after the loss was approved and any
 * required newspaper notice recorded. Command methods return a {@link Result} and never throw for a
 * business "no". Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSeal.class)
@JsonDeserialize(as = ImmutableSeal.class)
public abstract class Seal {
  /** The bundle of the seal procedure's refusals, zh-CN and English. */
  public static final String BUNDLE = "org.propdesk.core.seal.SealRejections";

  /** The seal's record type (印章): {@code seal}. */
  public static final AggregateType<Seal> TYPE = AggregateType.builder("seal", Seal.class)
      .id(s -> s.id().value())
      .office(Seal::office)
      .version(Seal::version)
      .state(Seal::state)
      .text("state", Seal::state)
      .text("seal_type", Seal::type)
      .text("custodian_id", s -> s.custodian().value())
      .text("pending", s -> s.pending().map(SealRequest::kind))
      .text("replaces", s -> s.replaces().map(SealId::value))
      .instant("registered_at", Seal::registeredAt)
      .build();

  /** The seal's id. */
  public abstract SealId id();

  /** Its office. */
  public abstract OfficeId office();

  /** The office's zone. */
  public abstract ZoneId zone();

  /** What kind of seal. */
  public abstract SealType type();

  /** Its name as engraved. */
  public abstract String name();

  /** Who keeps it. */
  public abstract StaffId custodian();

  /** The custodian's name. */
  public abstract String custodianName();

  /** When it was registered. */
  public abstract Instant registeredAt();

  /** The request awaiting the general manager, if any. */
  public abstract Optional<SealRequest> pending();

  /** Every decision of the general manager, oldest first. */
  public abstract List<SealDecision> decisions();

  /** The loss or damage report, once made. */
  public abstract Optional<LossReport> loss();

  /** The seal this one replaces. */
  public abstract Optional<SealId> replaces();

  /** The seal that replaced this one. */
  public abstract Optional<SealId> replacedBy();

  /** The state. */
  public abstract SealState state();

  /** What happened, oldest first. */
  public abstract List<SealHistoryEntry> history();

  /** The aggregate version. */
  public abstract long version();

  /** Whether the general manager approved this seal's loss report. */
  public boolean lossApproved() {
    return decisions().stream().anyMatch(d -> d.approved() && d.request().kind() == SealRequestKind.LOSS);
  }

  final Seal checked() {
    Check.that(!history().isEmpty() && history().get(history().size() - 1).to().equals(state().name()), "history",
        "must end in the current state");
    Check.that(state() != SealState.LOST_OR_DAMAGED || loss().isPresent(), "loss", "is present when lost or damaged");
    Check.that(loss().isEmpty() || state() == SealState.LOST_OR_DAMAGED || state() == SealState.DESTROYED, "loss",
        "is kept only by a lost, damaged or destroyed seal");
    Check.that(replacedBy().isEmpty() || lossApproved(), "replacedBy", "needs an approved loss");
    Check.that(version() >= 1, "version", "must be at least 1");
    return this;
  }

  // ------------------------------------------------------------------ registration

  /**
   * Registers a seal (印章登记), pending the general manager's approval to start. The caller has checked
   * the custodian is staff of the office (or company-wide) and, for a replacement, that the replaced seal
   * may be replaced.
   */
  public static Result<Seal> register(SealId id, OfficeId office, ZoneId zone, SealDraft draft, String custodianName,
      Optional<SealId> replaces, Actor actor, Clock clock) {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("zone", zone);
    Check.present("draft", draft);
    Check.present("custodianName", custodianName);
    Check.present("replaces", replaces);
    Check.present("actor", actor);
    if (actor.roles().stream().noneMatch(SealLifecycles.ADMINISTRATORS::contains)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED,
          StaffText.of(BUNDLE, "register.role", SealLifecycles.ADMINISTRATORS, actor.roles())));
    }
    Instant now = now(clock);
    SealRequest start = new SealRequest(SealRequestKind.START, draft.reason(), actor.staffId(), actor.name(), now);
    Seal s = ImmutableSeal.builder().id(id).office(office).zone(zone).type(draft.type()).name(draft.name())
        .custodian(draft.custodian()).custodianName(custodianName).registeredAt(now).pending(start).replaces(replaces)
        .state(SealState.PENDING_START)
        .addHistory(new SealHistoryEntry(now, Optional.empty(), SealState.PENDING_START.name(), actor.staffId(), actor.name(),
            shortNote(draft.type() + " registered" + replaces.map(r -> " to replace " + r).orElse(""))))
        .version(1).build().checked();
    return Result.accepted(s, List.of(new SealEvent.Registered(id, office, now, draft.type(), draft.custodian()),
        new SealEvent.Requested(id, office, now, SealRequestKind.START)));
  }

  // ------------------------------------------------------------------ requests and decisions

  /** Asks again to start using the seal after a refusal (申请启用). */
  public Result<Seal> requestStart(String reason, Actor actor, Clock clock) {
    return request(SealTrigger.REQUEST_START, SealRequestKind.START, reason, actor, clock);
  }

  /** Asks to stop using the seal (申请停用). */
  public Result<Seal> requestStop(String reason, Actor actor, Clock clock) {
    return request(SealTrigger.REQUEST_STOP, SealRequestKind.STOP, reason, actor, clock);
  }

  /** Asks to destroy the seal (申请销毁). */
  public Result<Seal> requestDestruction(String reason, Actor actor, Clock clock) {
    return request(SealTrigger.REQUEST_DESTRUCTION, SealRequestKind.DESTRUCTION, reason, actor, clock);
  }

  private Result<Seal> request(SealTrigger trigger, SealRequestKind kind, String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, 500);
    Optional<Rejection> no = refusal(trigger, actor);
    if (no.isEmpty() && pending().isPresent()) {
      no = Optional.of(refused(RejectionCode.ALREADY_DONE, "pending", "request.pending", id(), pending().get().kind()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(trigger, actor, now, kind + " requested: " + why)
        .withPending(new SealRequest(kind, why, actor.staffId(), actor.name(), now)), new SealEvent.Requested(id(), office(), now, kind));
  }

  /** The general manager approves starting to use the seal (批准启用). */
  public Result<Seal> approveStart(Actor actor, Clock clock) {
    return approve(SealTrigger.APPROVE_START, SealRequestKind.START, actor, clock);
  }

  /** The general manager approves stopping it (批准停用): it is recalled and archived. */
  public Result<Seal> approveStop(Actor actor, Clock clock) {
    return approve(SealTrigger.APPROVE_STOP, SealRequestKind.STOP, actor, clock);
  }

  /** The general manager approves the loss report (批准遗失/损坏处理). */
  public Result<Seal> approveLoss(Actor actor, Clock clock) {
    return approve(SealTrigger.APPROVE_LOSS, SealRequestKind.LOSS, actor, clock);
  }

  /** The general manager approves destroying it (批准销毁). */
  public Result<Seal> approveDestruction(Actor actor, Clock clock) {
    return approve(SealTrigger.APPROVE_DESTRUCTION, SealRequestKind.DESTRUCTION, actor, clock);
  }

  private Result<Seal> approve(SealTrigger trigger, SealRequestKind kind, Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(trigger, actor).or(() -> pendingRefusal(kind)).or(() -> requesterRefusal(actor));
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    SealRequest r = pending().orElseThrow();
    return accept(advance(trigger, actor, now, kind + " approved").withPending(Optional.empty())
        .withDecisions(append(decisions(), new SealDecision(r, true, Approval.by(actor, now), Optional.empty()))),
        new SealEvent.Decided(id(), office(), now, kind, true, actor.staffId()));
  }

  /** The general manager refuses the pending request (不予批准); the seal stays as it is. */
  public Result<Seal> refuseRequest(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, 500);
    Optional<Rejection> no = refusal(SealTrigger.REFUSE_REQUEST, actor);
    if (no.isEmpty() && pending().isEmpty()) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "pending", "request.none", id()));
    }
    if (no.isEmpty() && pending().get().kind() == SealRequestKind.LOSS) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "pending", "loss.notRefusable", id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    SealRequest r = pending().orElseThrow();
    return accept(advance(SealTrigger.REFUSE_REQUEST, actor, now, r.kind() + " refused: " + why).withPending(Optional.empty())
        .withDecisions(append(decisions(), new SealDecision(r, false, Approval.by(actor, now), Optional.of(why)))),
        new SealEvent.Decided(id(), office(), now, r.kind(), false, actor.staffId()));
  }

  // ------------------------------------------------------------------ loss and replacement

  /**
   * Reports the seal lost or damaged in writing (遗失/损坏报告): out of use at once, and the loss awaits
   * the general manager's approval. A pending request is set aside.
   */
  public Result<Seal> reportLoss(LossKind kind, String report, boolean noticeRequired, Actor actor, Clock clock) {
    Check.present("kind", kind);
    String text = Check.text("report", report, 1000);
    Optional<Rejection> no = refusal(SealTrigger.REPORT_LOSS, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(SealTrigger.REPORT_LOSS, actor, now, kind + " reported")
        .withLoss(new LossReport(kind, text, noticeRequired, now, actor.staffId(), Optional.empty(), Optional.empty()))
        .withPending(new SealRequest(SealRequestKind.LOSS, text, actor.staffId(), actor.name(), now)),
        List.of(new SealEvent.LossReported(id(), office(), now, kind, noticeRequired),
            new SealEvent.Requested(id(), office(), now, SealRequestKind.LOSS)));
  }

  /** Records the newspaper notice of a lost seal (登报声明): the day it appeared and the paper. */
  public Result<Seal> recordNotice(LocalDate on, String newspaper, Actor actor, Clock clock) {
    Check.present("on", on);
    String paper = Check.line("newspaper", newspaper, 100);
    Optional<Rejection> no = refusal(SealTrigger.RECORD_NOTICE, actor);
    Instant now = now(clock);
    if (no.isEmpty() && (on.isAfter(now.atZone(zone()).toLocalDate()) || on.isBefore(loss().get().reportedAt().atZone(zone()).toLocalDate()))) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "on", "notice.day", on));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    return accept(advance(SealTrigger.RECORD_NOTICE, actor, now, "notice in " + paper + " on " + on)
        .withLoss(loss().get().withNotice(on, paper)), new SealEvent.NoticeRecorded(id(), office(), now));
  }

  /**
   * Records the replacement registered for this seal (补刻): only once the loss was approved and any
   * required notice recorded, and once.
   */
  public Result<Seal> replacedWith(SealId replacement, Actor actor, Clock clock) {
    Check.present("replacement", replacement);
    Optional<Rejection> no = replacementRefusal(actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(SealTrigger.REPLACE, actor, now, "replaced by " + replacement).withReplacedBy(replacement),
        new SealEvent.Replaced(id(), office(), now, replacement));
  }

  /** Why this seal may not be replaced now, or empty when it may. */
  public Optional<Rejection> replacementRefusal(Actor actor) {
    Optional<Rejection> no = refusal(SealTrigger.REPLACE, actor);
    if (no.isEmpty() && !lossApproved()) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "seal", "replace.notApproved", id()));
    }
    if (no.isEmpty() && loss().get().noticeRequired() && loss().get().noticeOn().isEmpty()) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "seal", "replace.noNotice", id()));
    }
    if (no.isEmpty() && replacedBy().isPresent()) {
      no = Optional.of(refused(RejectionCode.ALREADY_DONE, "seal", "replace.already", id(), replacedBy().get()));
    }
    return no;
  }

  /** Hands the seal to another custodian (更换保管人). The caller has checked they are staff of the office. */
  public Result<Seal> changeCustodian(StaffId custodian, String custodianName, String reason, Actor actor, Clock clock) {
    Check.present("custodian", custodian);
    Check.present("custodianName", custodianName);
    String why = Check.text("reason", reason, 500);
    Optional<Rejection> no = refusal(SealTrigger.CHANGE_CUSTODIAN, actor);
    if (no.isEmpty() && custodian.equals(custodian())) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "custodian", "custodian.same", custodian));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(SealTrigger.CHANGE_CUSTODIAN, actor, now, "custodian " + custodian() + " -> " + custodian + ": " + why)
        .withCustodian(custodian).withCustodianName(custodianName), new SealEvent.CustodianChanged(id(), office(), now, custodian));
  }

  // ------------------------------------------------------------------ internals

  private Optional<Rejection> refusal(SealTrigger trigger, Actor actor) {
    return SEAL.refusal(state(), trigger, actor, "seal " + id());
  }

  private Optional<Rejection> pendingRefusal(SealRequestKind kind) {
    return pending().filter(p -> p.kind() == kind).isPresent() ? Optional.empty()
        : Optional.of(refused(RejectionCode.INVALID_COMMAND, "pending", "approve.nothingPending", id(), kind));
  }

  private Optional<Rejection> requesterRefusal(Actor actor) {
    return pending().filter(p -> p.by().equals(actor.staffId()))
        .map(p -> refused(RejectionCode.INSUFFICIENT_AUTHORITY, "actor", "separation.approve", actor.staffId(), id()));
  }

  static Rejection refused(RejectionCode code, String field, String key, Object... args) {
    return Rejection.ofField(code, field, StaffText.of(BUNDLE, key, args));
  }

  ImmutableSeal advance(SealTrigger trigger, Actor actor, Instant now, String note) {
    SealState to = SEAL.transition(state(), trigger).orElseThrow().to();
    return ImmutableSeal.copyOf(this).withState(to).withHistory(append(history(),
        new SealHistoryEntry(now, Optional.of(trigger.name()), to.name(), actor.staffId(), actor.name(), shortNote(note))));
  }

  private Result<Seal> accept(ImmutableSeal next, SealEvent event) {
    return accept(next, List.of(event));
  }

  private Result<Seal> accept(ImmutableSeal next, List<SealEvent> events) {
    return Result.accepted(next.withVersion(version() + 1).checked(), events);
  }
}

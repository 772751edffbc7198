package org.propdesk.core.seal;

import static org.propdesk.core.lifecycle.Aggregates.append;
import static org.propdesk.core.lifecycle.Aggregates.now;
import static org.propdesk.core.lifecycle.Aggregates.shortNote;
import static org.propdesk.core.seal.SealLifecycles.USE;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * A seal use request (用印申请): the document, purpose and copies; the department head's review, never by
 * the requester; the registration by the seal's keeper; and the stamping by the seal's custodian, with
 * at most the approved number of impressions. A stamped request is one line of the use register
 * 《印章使用管理登记表》 ({@link #registerLine()}).
 *
 * <p>No stamp is recorded before its review and registration (the lifecycle table) and only while the
 * seal is in use. Command methods return a {@link Result} and never throw for a business "no".
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSealUse.class)
@JsonDeserialize(as = ImmutableSealUse.class)
public abstract class SealUse {
  /** The use request's record type (用印申请): {@code seal_use}. */
  public static final AggregateType<SealUse> TYPE = AggregateType.builder("seal_use", SealUse.class)
      .id(u -> u.id().value())
      .office(SealUse::office)
      .version(SealUse::version)
      .state(SealUse::state)
      .text("state", SealUse::state)
      .text("seal_id", u -> u.seal().value())
      .text("requester_id", u -> u.requester().value())
      .instant("requested_at", SealUse::requestedAt)
      .instant("stamped_at", u -> u.stamping().map(Stamping::at))
      .number("impressions", u -> u.stamping().map(Stamping::impressions))
      .build();

  /** The request's id. */
  public abstract SealUseId id();

  /** Its office. */
  public abstract OfficeId office();

  /** The office's zone. */
  public abstract ZoneId zone();

  /** The seal. */
  public abstract SealId seal();

  /** The seal's type. */
  public abstract SealType sealType();

  /** Who asked. */
  public abstract StaffId requester();

  /** Their name. */
  public abstract String requesterName();

  /** The requesting department or unit (用印单位). */
  public abstract String department();

  /** The document's title. */
  public abstract String document();

  /** What it is for. */
  public abstract String purpose();

  /** How many copies were asked for. */
  public abstract int copies();

  /** When it was asked. */
  public abstract Instant requestedAt();

  /** The department head's review, once approved. */
  public abstract Optional<Approval> review();

  /** The keeper's registration, once registered. */
  public abstract Optional<Approval> registration();

  /** The stamping, once stamped. */
  public abstract Optional<Stamping> stamping();

  /** Why it was refused or withdrawn. */
  public abstract Optional<String> endReason();

  /** The state. */
  public abstract SealUseState state();

  /** What happened, oldest first. */
  public abstract List<SealHistoryEntry> history();

  /** The aggregate version. */
  public abstract long version();

  final SealUse checked() {
    Check.that(!history().isEmpty() && history().get(history().size() - 1).to().equals(state().name()), "history",
        "must end in the current state");
    Check.that(stamping().isEmpty() || (review().isPresent() && registration().isPresent()), "stamping",
        "needs the review and the registration first");
    Check.that(stamping().isEmpty() || stamping().get().impressions() <= copies(), "stamping",
        "must not exceed the approved copies");
    Check.that(review().isEmpty() || !review().get().by().equals(requester()), "review", "is never by the requester");
    Check.that(version() >= 1, "version", "must be at least 1");
    return this;
  }

  /**
   * The use register line (《印章使用管理登记表》) of a stamped request, in the paper form's columns:
   * date, unit, content summary, approver, handler, impressions, copy kept.
   */
  @JsonIgnore
  public Optional<RegisterLine> registerLine() {
    return stamping().map(s -> new RegisterLine(s.at().atZone(zone()).toLocalDate(), department(), document() + ": " + purpose(),
        review().orElseThrow().name(), s.name(), s.impressions(), s.copyKept(), seal(), id()));
  }

  /**
   * One line of the use register, in the paper form's column order (印章使用管理登记表).
   *
   * @param date the day of stamping (日期)
   * @param unit the requesting department or unit (用印单位)
   * @param summary the document and purpose (用印内容摘要)
   * @param approver who approved (批准人)
   * @param handler who stamped (经办人)
   * @param impressions how many impressions (用印次数/份数)
   * @param copyKept whether a copy was kept (留存复印件)
   * @param seal the seal
   * @param use the request
   */
  public record RegisterLine(LocalDate date, String unit, String summary, String approver, String handler, int impressions,
      boolean copyKept, SealId seal, SealUseId use) {}

  // ------------------------------------------------------------------ commands

  /**
   * Asks to use a seal (用印申请). The caller has found the seal in the requester's office; it must be in
   * use.
   */
  public static Result<SealUse> request(SealUseId id, Seal seal, SealUseDraft draft, Actor actor, Clock clock) {
    Check.present("id", id);
    Check.present("seal", seal);
    Check.present("draft", draft);
    Check.present("actor", actor);
    if (actor.roles().stream().noneMatch(SealLifecycles.REQUESTERS::contains)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED,
          StaffText.of(Seal.BUNDLE, "use.role", SealLifecycles.REQUESTERS, actor.roles())));
    }
    if (seal.state() != SealState.IN_USE) {
      return Result.rejected(Seal.refused(RejectionCode.INVALID_COMMAND, "seal", "use.sealNotInUse", seal.id(), seal.state()));
    }
    Instant now = now(clock);
    SealUse u = ImmutableSealUse.builder().id(id).office(seal.office()).zone(seal.zone()).seal(seal.id()).sealType(seal.type())
        .requester(actor.staffId()).requesterName(actor.name()).department(draft.department()).document(draft.document())
        .purpose(draft.purpose()).copies(draft.copies()).requestedAt(now).state(SealUseState.REQUESTED)
        .addHistory(new SealHistoryEntry(now, Optional.empty(), SealUseState.REQUESTED.name(), actor.staffId(), actor.name(),
            shortNote(draft.copies() + " copies of " + draft.document())))
        .version(1).build().checked();
    return Result.accepted(u, List.of(new SealUseEvent.Requested(id, u.office(), now, seal.id(), draft.copies())));
  }

  /** The department head approves the use (审核同意): never the requester. */
  public Result<SealUse> review(Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(SealUseTrigger.REVIEW, actor);
    if (no.isEmpty() && actor.staffId().equals(requester())) {
      no = Optional.of(Seal.refused(RejectionCode.INSUFFICIENT_AUTHORITY, "actor", "separation.review", actor.staffId(), id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(SealUseTrigger.REVIEW, actor, now, "approved").withReview(Approval.by(actor, now)),
        new SealUseEvent.Reviewed(id(), office(), now, actor.staffId()));
  }

  /** The reviewer or the keeper refuses the use (不同意用印). */
  public Result<SealUse> refuse(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, 500);
    Optional<Rejection> no = refusal(SealUseTrigger.REFUSE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(SealUseTrigger.REFUSE, actor, now, "refused: " + why).withEndReason(why),
        new SealUseEvent.Refused(id(), office(), now, actor.staffId()));
  }

  /** The seal's keeper registers the use (登记), checking the seal is in use. */
  public Result<SealUse> register(Seal current, Actor actor, Clock clock) {
    Check.present("current", current);
    Optional<Rejection> no = refusal(SealUseTrigger.REGISTER, actor).or(() -> sealRefusal(current));
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(SealUseTrigger.REGISTER, actor, now, "registered, " + copies() + " copies").withRegistration(
        Approval.by(actor, now)), new SealUseEvent.Registered(id(), office(), now, seal()));
  }

  /**
   * The seal's custodian stamps (盖章) at most the approved copies, while the seal is in use, and records
   * whether a copy was kept.
   */
  public Result<SealUse> stamp(int impressions, boolean copyKept, Seal current, Actor actor, Clock clock) {
    Check.present("current", current);
    Check.that(impressions >= 1, "impressions", "must be at least 1");
    Optional<Rejection> no = refusal(SealUseTrigger.STAMP, actor).or(() -> sealRefusal(current));
    if (no.isEmpty() && !actor.staffId().equals(current.custodian())) {
      no = Optional.of(Seal.refused(RejectionCode.INSUFFICIENT_AUTHORITY, "actor", "stamp.notCustodian", actor.staffId(), seal(),
          current.custodian()));
    }
    if (no.isEmpty() && impressions > copies()) {
      no = Optional.of(Seal.refused(RejectionCode.INVALID_COMMAND, "impressions", "stamp.tooMany", impressions, copies()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(SealUseTrigger.STAMP, actor, now, impressions + " impressions" + (copyKept ? ", copy kept" : ""))
        .withStamping(new Stamping(impressions, actor.staffId(), actor.name(), now, copyKept)),
        new SealUseEvent.Stamped(id(), office(), now, seal(), impressions));
  }

  /** The requester withdraws the request before stamping (撤销). */
  public Result<SealUse> cancel(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, 500);
    Optional<Rejection> no = refusal(SealUseTrigger.CANCEL, actor);
    if (no.isEmpty() && !actor.staffId().equals(requester())) {
      no = Optional.of(Seal.refused(RejectionCode.INSUFFICIENT_AUTHORITY, "actor", "cancel.notRequester", actor.staffId(), id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(SealUseTrigger.CANCEL, actor, now, "withdrawn: " + why).withEndReason(why),
        new SealUseEvent.Cancelled(id(), office(), now));
  }

  // ------------------------------------------------------------------ internals

  private Optional<Rejection> refusal(SealUseTrigger trigger, Actor actor) {
    return USE.refusal(state(), trigger, actor, "seal use " + id());
  }

  private Optional<Rejection> sealRefusal(Seal current) {
    Check.that(current.id().equals(seal()), "current", "must be the request's seal");
    return current.state() == SealState.IN_USE ? Optional.empty()
        : Optional.of(Seal.refused(RejectionCode.INVALID_COMMAND, "seal", "use.sealNotInUse", seal(), current.state()));
  }

  ImmutableSealUse advance(SealUseTrigger trigger, Actor actor, Instant now, String note) {
    SealUseState to = USE.transition(state(), trigger).orElseThrow().to();
    return ImmutableSealUse.copyOf(this).withState(to).withHistory(append(history(),
        new SealHistoryEntry(now, Optional.of(trigger.name()), to.name(), actor.staffId(), actor.name(), shortNote(note))));
  }

  private Result<SealUse> accept(ImmutableSealUse next, SealUseEvent event) {
    return Result.accepted(next.withVersion(version() + 1).checked(), List.of(event));
  }
}

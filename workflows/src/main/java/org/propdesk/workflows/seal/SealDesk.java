package org.propdesk.workflows.seal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Staff;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.seal.LossKind;
import org.propdesk.core.seal.Seal;
import org.propdesk.core.seal.SealDraft;
import org.propdesk.core.seal.SealId;
import org.propdesk.core.seal.SealLifecycles;
import org.propdesk.core.seal.SealUse;
import org.propdesk.core.seal.SealUseDraft;
import org.propdesk.core.seal.SealUseId;
import org.propdesk.core.seal.SealUseState;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.CommandContext;
import org.propdesk.workflows.Kernel;

/**
 * The seal desk (印章使用, PROCEDURES §10) as use cases: the seal registry (register a seal, and start,
 * stop, report lost or damaged, replace and destroy it, each change on the general manager's approval of
 * a pending request, never by its requester), seal use requests (request, the department head's review,
 * the keeper's registration, stamping by the custodian within the approved copies), and the use register
 * 《印章使用管理登记表》 per seal or office and period.
 *
 * <p>Every command runs through the kernel's pipeline (office scope, the lifecycle table, the save with
 * the expected version, the journal, the outbox, one log line); a refused command changes no record and
 * is journaled as {@code REFUSED:<command>}. Thread-safe.
 *
 * @since 0.1.0
 */
public final class SealDesk {
  private final Kernel k;
  private final AggregateRoute<Seal> seals;
  private final AggregateRoute<SealUse> uses;

  SealDesk(Kernel k, AggregateRoute<Seal> seals, AggregateRoute<SealUse> uses) {
    this.k = k;
    this.seals = seals;
    this.uses = uses;
  }

  // ------------------------------------------------------------------ the registry

  /**
   * Registers a seal of {@code office} (印章登记), pending the general manager's approval to start. The
   * custodian must be staff of the office, or company-wide staff.
   *
   * @return the seal; {@code NOT_FOUND} naming {@code office} for an office the actor may not see
   */
  public Result<Seal> register(Actor actor, OfficeId office, SealDraft draft) {
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("draft", draft);
    return k.create(actor, seals, "REGISTER", ctx -> registerIn(ctx, office, draft, Optional.empty()));
  }

  private Result<Seal> registerIn(CommandContext ctx, OfficeId office, SealDraft draft, Optional<SealId> replaces) {
    Actor actor = ctx.actor();
    Optional<ManagementOffice> mo = ctx.directory().office(office).filter(o -> actor.canSee(o.id()));
    if (mo.isEmpty()) {
      return Result.rejected(refused(RejectionCode.NOT_FOUND, "office", "office.notFound", office));
    }
    Optional<Staff> custodian = custodianOf(ctx, office, draft.custodian());
    Result<Seal> made = custodian.isEmpty()
        ? Result.rejected(refused(RejectionCode.INVALID_COMMAND, "custodian", "custodian.notOfOffice", draft.custodian(), office))
        : Seal.register(SealId.of(ctx.newId("seal")), office, mo.get().zone(), draft, custodian.get().name(), replaces, actor, ctx.clock());
    return ctx.recordNew(seals, office, made, "REGISTER");
  }

  private static Optional<Staff> custodianOf(CommandContext ctx, OfficeId office, StaffId who) {
    return ctx.directory().staff(who).filter(s -> s.office().isEmpty() || s.office().equals(Optional.of(office)));
  }

  /** Asks again to start a seal whose start was refused (申请启用). */
  public Result<Seal> requestStart(Actor actor, SealId id, String reason) {
    String why = Check.text("reason", reason, 500);
    return run(actor, id, "REQUEST_START", (s, ctx) -> s.requestStart(why, ctx.actor(), ctx.clock()));
  }

  /** Asks to stop using a seal (申请停用). */
  public Result<Seal> requestStop(Actor actor, SealId id, String reason) {
    String why = Check.text("reason", reason, 500);
    return run(actor, id, "REQUEST_STOP", (s, ctx) -> s.requestStop(why, ctx.actor(), ctx.clock()));
  }

  /** Asks to destroy a seal (申请销毁): one pending start, retired, or lost or damaged. */
  public Result<Seal> requestDestruction(Actor actor, SealId id, String reason) {
    String why = Check.text("reason", reason, 500);
    return run(actor, id, "REQUEST_DESTRUCTION", (s, ctx) -> s.requestDestruction(why, ctx.actor(), ctx.clock()));
  }

  /** The general manager approves starting a seal (批准启用). */
  public Result<Seal> approveStart(Actor actor, SealId id) {
    return run(actor, id, "APPROVE_START", (s, ctx) -> s.approveStart(ctx.actor(), ctx.clock()));
  }

  /** The general manager approves stopping a seal (批准停用). */
  public Result<Seal> approveStop(Actor actor, SealId id) {
    return run(actor, id, "APPROVE_STOP", (s, ctx) -> s.approveStop(ctx.actor(), ctx.clock()));
  }

  /** The general manager approves a loss or damage report (批准遗失处理). */
  public Result<Seal> approveLoss(Actor actor, SealId id) {
    return run(actor, id, "APPROVE_LOSS", (s, ctx) -> s.approveLoss(ctx.actor(), ctx.clock()));
  }

  /** The general manager approves destroying a seal (批准销毁). */
  public Result<Seal> approveDestruction(Actor actor, SealId id) {
    return run(actor, id, "APPROVE_DESTRUCTION", (s, ctx) -> s.approveDestruction(ctx.actor(), ctx.clock()));
  }

  /** The general manager refuses the pending request (不予批准). */
  public Result<Seal> refuseRequest(Actor actor, SealId id, String reason) {
    String why = Check.text("reason", reason, 500);
    return run(actor, id, "REFUSE_REQUEST", (s, ctx) -> s.refuseRequest(why, ctx.actor(), ctx.clock()));
  }

  /** Reports a seal lost or damaged in writing (遗失/损坏报告): out of use at once. */
  public Result<Seal> reportLoss(Actor actor, SealId id, LossKind kind, String report, boolean noticeRequired) {
    Check.present("kind", kind);
    String text = Check.text("report", report, 1000);
    return run(actor, id, "REPORT_LOSS", (s, ctx) -> s.reportLoss(kind, text, noticeRequired, ctx.actor(), ctx.clock()));
  }

  /** Records a lost seal's newspaper notice (登报声明). */
  public Result<Seal> recordNotice(Actor actor, SealId id, LocalDate on, String newspaper) {
    Check.present("on", on);
    String paper = Check.line("newspaper", newspaper, 100);
    return run(actor, id, "RECORD_NOTICE", (s, ctx) -> s.recordNotice(on, paper, ctx.actor(), ctx.clock()));
  }

  /**
   * Registers the replacement of a lost or damaged seal (补刻), in its office, pending the general
   * manager's approval to start; both seals record the link. Only once the loss was approved and any
   * required notice recorded.
   *
   * @return the new seal; the refusal of the old seal's replacement otherwise
   */
  public Result<Seal> replace(Actor actor, SealId id, SealDraft replacement) {
    Check.present("actor", actor);
    Check.present("id", id);
    Check.present("replacement", replacement);
    return k.create(actor, seals, "REPLACE", ctx -> {
      Optional<Seal> old = ctx.findVisible(seals, id.value());
      if (old.isEmpty()) {
        return Result.rejected(refused(RejectionCode.NOT_FOUND, "id", "seal.notFound", id));
      }
      Seal before = old.get();
      Optional<Rejection> no = before.replacementRefusal(actor);
      if (no.isPresent()) {
        ctx.journalRefusal(seals, before.office(), id.value(), before.state().name(), "REPLACE", no.get());
        return Result.rejected(no.get());
      }
      Result<Seal> made = registerIn(ctx, before.office(), replacement, Optional.of(id));
      made.value().ifPresent(fresh -> {
        Result<Seal> linked = before.replacedWith(fresh.id(), actor, ctx.clock());
        ctx.record(seals, before, linked.orElseThrow(), "REPLACE", linked.events());
      });
      return made;
    });
  }

  /** Hands a seal to another custodian of its office (更换保管人). */
  public Result<Seal> changeCustodian(Actor actor, SealId id, StaffId custodian, String reason) {
    Check.present("custodian", custodian);
    String why = Check.text("reason", reason, 500);
    return run(actor, id, "CHANGE_CUSTODIAN", (s, ctx) -> custodianOf(ctx, s.office(), custodian)
        .map(staff -> s.changeCustodian(custodian, staff.name(), why, ctx.actor(), ctx.clock()))
        .orElseGet(() -> Result.rejected(refused(RejectionCode.INVALID_COMMAND, "custodian", "custodian.notOfOffice", custodian,
            s.office()))));
  }

  /** The seal, if it exists and the actor may see its office. */
  public Optional<Seal> find(Actor actor, SealId id) {
    Check.present("id", id);
    return k.find(actor, seals, id.value(), "read seal");
  }

  /** The office's seal registry (印章登记表), oldest registration first; empty for an office the actor may not see. */
  public List<Seal> registry(Actor actor, OfficeId office) {
    Check.present("actor", actor);
    return k.list(actor, office, seals, q -> q.orderBy("registered_at"));
  }


  // ------------------------------------------------------------------ use requests

  /** Asks to use a seal of the actor's offices (用印申请): document, purpose and copies; the seal must be in use. */
  public Result<SealUse> requestUse(Actor actor, SealUseDraft draft) {
    Check.present("actor", actor);
    Check.present("draft", draft);
    return k.create(actor, uses, "REQUEST", ctx -> {
      Optional<Seal> seal = ctx.findVisible(seals, draft.seal().value());
      if (seal.isEmpty()) {
        return Result.rejected(refused(RejectionCode.NOT_FOUND, "seal", "seal.notFound", draft.seal()));
      }
      return ctx.recordNew(uses, seal.get().office(),
          SealUse.request(SealUseId.of(ctx.newId("seal-use")), seal.get(), draft, actor, ctx.clock()), "REQUEST");
    });
  }

  /** The department head approves a use (审核同意), never their own request. */
  public Result<SealUse> review(Actor actor, SealUseId id) {
    return runUse(actor, id, "REVIEW", (u, ctx) -> u.review(ctx.actor(), ctx.clock()));
  }

  /** The reviewer or the keeper refuses a use (不同意用印). */
  public Result<SealUse> refuseUse(Actor actor, SealUseId id, String reason) {
    String why = Check.text("reason", reason, 500);
    return runUse(actor, id, "REFUSE", (u, ctx) -> u.refuse(why, ctx.actor(), ctx.clock()));
  }

  /** The seal's keeper registers an approved use (登记), checking the seal is in use. */
  public Result<SealUse> registerUse(Actor actor, SealUseId id) {
    return runUse(actor, id, "REGISTER", (u, ctx) -> u.register(sealOf(ctx, u), ctx.actor(), ctx.clock()));
  }

  /**
   * The seal's custodian stamps a registered use (盖章): at most the approved copies, while the seal is in
   * use; the line enters the use register.
   */
  public Result<SealUse> stamp(Actor actor, SealUseId id, int impressions, boolean copyKept) {
    Check.that(impressions >= 1, "impressions", "must be at least 1");
    return runUse(actor, id, "STAMP", (u, ctx) -> u.stamp(impressions, copyKept, sealOf(ctx, u), ctx.actor(), ctx.clock()));
  }

  /** The requester withdraws a use before stamping (撤销). */
  public Result<SealUse> cancelUse(Actor actor, SealUseId id, String reason) {
    String why = Check.text("reason", reason, 500);
    return runUse(actor, id, "CANCEL", (u, ctx) -> u.cancel(why, ctx.actor(), ctx.clock()));
  }

  /** The use request, if it exists and the actor may see its office. */
  public Optional<SealUse> findUse(Actor actor, SealUseId id) {
    Check.present("id", id);
    return k.find(actor, uses, id.value(), "read seal use");
  }

  /**
   * The office's use requests in {@code states}, oldest first; every open state when none is named;
   * empty for an office the actor may not see.
   */
  public List<SealUse> uses(Actor actor, OfficeId office, SealUseState... states) {
    Check.present("actor", actor);
    List<String> wanted = SealLifecycles.USE.namesOrOpen(states);
    return k.list(actor, office, uses, q -> q.in("state", wanted).orderBy("requested_at"));
  }


  /**
   * The use register (《印章使用管理登记表》) of {@code office} for the days {@code from} to {@code to}
   * inclusive, in the office's zone: one line per stamped use, oldest first, of every seal or, when
   * {@code seal} is given, of that seal only; empty for an office the actor may not see.
   */
  public List<SealUse.RegisterLine> useRegister(Actor actor, OfficeId office, Optional<SealId> seal, LocalDate from, LocalDate to) {
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("seal", seal);
    Check.present("from", from);
    Check.present("to", to);
    Check.that(!to.isBefore(from), "to", "must not be before from");
    ZoneId zone = k.directory().office(office).map(ManagementOffice::zone).orElse(ZoneId.of("Asia/Shanghai"));
    return k.list(actor, office, uses, q -> {
      q.atLeast("stamped_at", from.atStartOfDay(zone).toInstant()).before("stamped_at", to.plusDays(1).atStartOfDay(zone).toInstant());
      seal.ifPresent(s -> q.eq("seal_id", s.value()));
      return q.orderBy("stamped_at");
    }).stream().map(u -> u.registerLine().orElseThrow()).sorted(Comparator.comparing(SealUse.RegisterLine::date)).toList();
  }

  // ------------------------------------------------------------------ internals

  private Seal sealOf(CommandContext ctx, SealUse u) {
    return ctx.find(seals, u.seal().value()).orElseThrow(() -> new IllegalStateException("seal " + u.seal() + " of use " + u.id()
        + " is missing"));
  }

  private static Rejection refused(RejectionCode code, String field, String key, Object... args) {
    return Rejection.ofField(code, field, StaffText.of(Seal.BUNDLE, key, args));
  }

  private Result<Seal> run(Actor actor, SealId id, String command, Kernel.Decision<Seal> decision) {
    Check.present("id", id);
    return k.execute(actor, seals, id.value(), OptionalLong.empty(), command, decision);
  }

  private Result<SealUse> runUse(Actor actor, SealUseId id, String command, Kernel.Decision<SealUse> decision) {
    Check.present("id", id);
    return k.execute(actor, uses, id.value(), OptionalLong.empty(), command, decision);
  }
}

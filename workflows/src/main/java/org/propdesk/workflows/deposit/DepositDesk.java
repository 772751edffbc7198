package org.propdesk.workflows.deposit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.deposit.ApplicantRelation;
import org.propdesk.core.deposit.CollectionRequest;
import org.propdesk.core.deposit.Deduction;
import org.propdesk.core.deposit.Deductions;
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.DepositId;
import org.propdesk.core.deposit.DepositLifecycle;
import org.propdesk.core.deposit.DepositMethod;
import org.propdesk.core.deposit.DepositPolicies;
import org.propdesk.core.deposit.DepositReceipt;
import org.propdesk.core.deposit.DepositState;
import org.propdesk.core.deposit.ReceiptNumber;
import org.propdesk.core.deposit.RefundApplicationDraft;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.Resident;
import org.propdesk.core.owner.ResidentKind;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.CommandContext;
import org.propdesk.workflows.IdempotentRequest;
import org.propdesk.workflows.Kernel;

/**
 * The deposit desk (押金收退, PROCEDURES §8) as use cases: collect a deposit against an official receipt
 * whose number is registered once per office, bank it by its due working day, correct a mistaken
 * collection with a reversing entry, record a renovation acceptance, and refund it through the
 * application, the assessment of deductions, the applicant's signature, finance's countersignature where
 * needed, the approval and the payment. Lists what is collected but not banked.
 *
 * <p>Every money command (collect, bank, correct, assess, pay) takes an idempotency key: a retry with the
 * same key and the same request returns the first result and changes nothing; the same key with another
 * request is refused with an {@link org.propdesk.core.common.InvalidInputException} naming {@code
 * idempotencyKey}. Every command runs through the kernel's pipeline (office scope, the lifecycle table,
 * the save with the expected version, the journal, the outbox, one log line); a refused command changes
 * no record and is journaled as {@code REFUSED:<command>}. Thread-safe.
 *
 * @since 0.1.0
 */
public final class DepositDesk {
  private final Kernel k;
  private final AggregateRoute<Deposit> deposits;
  private final AggregateRoute<DepositReceipt> receipts;
  private final DepositPolicies policies;

  DepositDesk(Kernel k, AggregateRoute<Deposit> deposits, AggregateRoute<DepositReceipt> receipts, DepositPolicies policies) {
    this.k = k;
    this.deposits = deposits;
    this.receipts = receipts;
    this.policies = policies;
  }

  /** The policies this desk applies. */
  public DepositPolicies policies() {
    return policies;
  }

  // ------------------------------------------------------------------ collection

  /**
   * Collects a deposit (收取押金) at a desk of an office the actor may see, against an official receipt
   * whose number is new in that office; the unit must be of the office and an owner must live in it. The
   * banking-due day is the policy's working day after today (work calendar).
   *
   * @return the deposit; {@code NOT_FOUND} naming {@code desk} for a desk the actor may not see; {@code
   *     INVALID_COMMAND} naming {@code receiptNo} when the number is registered already
   * @throws org.propdesk.core.common.InvalidInputException naming {@code idempotencyKey} when the key was
   *     used in the office for another request, or {@code date} when the work calendar has no data for
   *     the days it must look at
   */
  public Result<Deposit> collect(Actor actor, CollectionRequest request, String idempotencyKey) {
    Check.present("actor", actor);
    Check.present("request", request);
    Check.present("idempotencyKey", idempotencyKey);
    IdempotentRequest once = new IdempotentRequest(idempotencyKey, "collect|" + request.canonical());
    k.authenticate(actor);
    Optional<ManagementOffice> office = k.directory().officeOfDesk(request.desk()).filter(o -> actor.canSee(o.id()));
    if (office.isEmpty()) {
      return Result.rejected(refused(RejectionCode.NOT_FOUND, "desk", "desk.notFound", request.desk()));
    }
    ManagementOffice mo = office.get();
    return k.createOnce(actor, mo.id(), once, deposits, "COLLECT", ctx -> {
      Optional<Rejection> no = placeRefusal(ctx, mo.id(), request);
      if (no.isEmpty() && ctx.find(receipts, DepositReceipt.idOf(mo.id(), request.receiptNo())).isPresent()) {
        no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "receiptNo", "receipt.taken", request.receiptNo(), mo.id()));
      }
      if (no.isPresent()) {
        return ctx.recordNew(deposits, mo.id(), Result.<Deposit>rejected(no.get()), "COLLECT");
      }
      LocalDate today = ctx.now().atZone(mo.zone()).toLocalDate();
      Result<Deposit> made = ctx.recordNew(deposits, mo.id(), Deposit.collect(DepositId.of(ctx.newId("deposit")), mo.id(), mo.zone(),
          request, policies.bankingDue(today, k.calendar()), actor, ctx.clock()), "COLLECT");
      made.value().ifPresent(d -> ctx.recordNew(receipts, mo.id(), DepositReceipt.issue(d), "ISSUE"));
      return made;
    });
  }

  private static Optional<Rejection> placeRefusal(CommandContext ctx, OfficeId office, CollectionRequest r) {
    if (!ctx.directory().officeOfUnit(r.unit()).equals(Optional.of(office))) {
      return Optional.of(refused(RejectionCode.INVALID_COMMAND, "unit", "unit.notOfOffice", r.unit(), office));
    }
    if (r.owner().isPresent()
        && !ctx.directory().resident(r.owner().get()).filter(p -> p.units().contains(r.unit())).isPresent()) {
      return Optional.of(refused(RejectionCode.INVALID_COMMAND, "owner", "owner.notOfUnit", r.owner().get(), r.unit()));
    }
    return Optional.empty();
  }

  /**
   * Banks what the deposit holds unbanked (存入银行), under the bank slip's number; recorded late after the
   * due day.
   */
  public Result<Deposit> bank(Actor actor, DepositId id, String slipNo, String idempotencyKey) {
    String slip = Check.id("slipNo", slipNo);
    return once(actor, id, idempotencyKey, "bank|" + slip, "BANK", (d, ctx) -> d.bank(slip, ctx.actor(), ctx.clock()));
  }

  /**
   * Corrects a mistaken collection amount before banking (冲正): a reversing entry and a new collection
   * entry. Finance only.
   */
  public Result<Deposit> correctCollection(Actor actor, DepositId id, Money amount, String reason, String idempotencyKey) {
    Check.present("amount", amount);
    String why = Check.text("reason", reason, Deposit.TEXT_LENGTH);
    return once(actor, id, idempotencyKey, "correct|" + amount.toPlainString() + "|" + why, "CORRECT_COLLECTION",
        (d, ctx) -> d.correctCollection(amount, why, ctx.actor(), ctx.clock()));
  }

  // ------------------------------------------------------------------ renovation acceptance

  /**
   * Records a renovation acceptance inspection (记录装修验收) on a renovation deposit: its day, the
   * inspector (a staff member of the deposit's office), whether it passed, and a note.
   */
  public Result<Deposit> recordAcceptance(Actor actor, DepositId id, LocalDate inspectedOn, StaffId inspector, boolean passed,
      String note) {
    Check.present("inspectedOn", inspectedOn);
    Check.present("inspector", inspector);
    String text = Check.text("note", note, 200);
    return run(actor, id, "RECORD_ACCEPTANCE", (d, ctx) -> {
      boolean ofOffice = ctx.directory().staff(inspector).filter(s -> s.office().equals(Optional.of(d.office()))).isPresent();
      return ofOffice ? d.recordAcceptance(inspectedOn, inspector, passed, text, ctx.actor(), ctx.clock())
          : Result.rejected(refused(RejectionCode.INVALID_COMMAND, "inspector", "inspector.notOfOffice", inspector, d.office()));
    });
  }

  // ------------------------------------------------------------------ refund

  /**
   * Files a refund application (退还申请) with the receipt presented. An owner or tenant applicant must be
   * a resident of that kind of the deposit's unit in the directory.
   */
  public Result<Deposit> applyRefund(Actor actor, DepositId id, RefundApplicationDraft draft) {
    Check.present("draft", draft);
    return run(actor, id, "APPLY_REFUND", (d, ctx) -> residentRefusal(ctx, d, draft).map(Result::<Deposit>rejected)
        .orElseGet(() -> d.applyRefund(draft, ctx.actor(), ctx.clock())));
  }

  private static Optional<Rejection> residentRefusal(CommandContext ctx, Deposit d, RefundApplicationDraft draft) {
    if (draft.resident().isEmpty()) {
      return Optional.empty();
    }
    ResidentKind kind = draft.relation() == ApplicantRelation.OWNER ? ResidentKind.OWNER : ResidentKind.TENANT;
    Optional<Resident> r = ctx.directory().resident(draft.resident().get());
    boolean ok = r.isPresent() && r.get().kind() == kind && r.get().units().contains(d.unit());
    return ok ? Optional.empty()
        : Optional.of(refused(RejectionCode.INVALID_COMMAND, "resident", "resident.relation", draft.resident().get(),
            draft.relation(), d.unit()));
  }

  /**
   * Assesses the refund (核算扣款): the deductions from the closed list, and the refundable amount. A new
   * assessment replaces the last and voids the applicant's signature.
   */
  public Result<Deposit> assess(Actor actor, DepositId id, List<Deduction> deductions, String idempotencyKey) {
    Check.present("actor", actor);
    Check.present("id", id);
    Check.present("deductions", deductions);
    Check.present("idempotencyKey", idempotencyKey);
    k.authenticate(actor);
    List<Deduction> list = Deductions.checked(deductions);
    return once(actor, id, idempotencyKey, "assess|" + Deductions.canonical(list), "ASSESS",
        (d, ctx) -> d.assess(list, ctx.actor(), ctx.clock()));
  }

  /** The applicant signs the assessment (申请人签字). */
  public Result<Deposit> sign(Actor actor, DepositId id, String signedBy) {
    String signer = Check.line("signedBy", signedBy, 50);
    return run(actor, id, "SIGN", (d, ctx) -> d.sign(signer, ctx.actor(), ctx.clock()));
  }

  /** Finance countersigns (财务会签) a refund to someone other than the payer, an owner or a tenant. */
  public Result<Deposit> countersign(Actor actor, DepositId id) {
    return run(actor, id, "COUNTERSIGN", (d, ctx) -> d.countersign(ctx.actor(), ctx.clock()));
  }

  /** Approves the refund (审批): never by the staff member who filed it. */
  public Result<Deposit> approve(Actor actor, DepositId id) {
    return run(actor, id, "APPROVE", (d, ctx) -> d.approve(ctx.actor(), ctx.clock()));
  }

  /** Refuses the refund at approval (审批不同意): the deposit stays held. */
  public Result<Deposit> reject(Actor actor, DepositId id, String reason) {
    String why = Check.text("reason", reason, Deposit.TEXT_LENGTH);
    return run(actor, id, "REJECT", (d, ctx) -> d.reject(why, ctx.actor(), ctx.clock()));
  }

  /** The applicant withdraws the application (撤回申请): the deposit stays held. */
  public Result<Deposit> withdraw(Actor actor, DepositId id, String reason) {
    String why = Check.text("reason", reason, Deposit.TEXT_LENGTH);
    return run(actor, id, "WITHDRAW", (d, ctx) -> d.withdraw(why, ctx.actor(), ctx.clock()));
  }

  /**
   * Pays the refund and takes the deductions (支付退款), settling the deposit, exactly once: {@code amount}
   * must be the refundable amount the applicant signed.
   */
  public Result<Deposit> pay(Actor actor, DepositId id, Money amount, DepositMethod method, String idempotencyKey) {
    Check.present("amount", amount);
    Check.present("method", method);
    return once(actor, id, idempotencyKey, "pay|" + amount.toPlainString() + "|" + method, "PAY",
        (d, ctx) -> d.pay(amount, method, ctx.actor(), ctx.clock()));
  }

  // ------------------------------------------------------------------ reads

  /** The deposit, if it exists and the actor may see its office. */
  public Optional<Deposit> find(Actor actor, DepositId id) {
    Check.present("id", id);
    return k.find(actor, deposits, id.value(), "read deposit");
  }

  /** The deposit an office's receipt was issued for, if any and the actor may see the office. */
  public Optional<Deposit> findByReceipt(Actor actor, OfficeId office, ReceiptNumber receiptNo) {
    Check.present("office", office);
    Check.present("receiptNo", receiptNo);
    return k.read(actor, ctx -> ctx.findVisible(receipts, DepositReceipt.idOf(office, receiptNo))
        .flatMap(line -> ctx.findVisible(deposits, line.depositId().value())));
  }

  /**
   * What the office collected and has not banked (待存款项清单), the earliest banking-due day first; empty
   * for an office the actor may not see.
   */
  public List<Deposit> unbanked(Actor actor, OfficeId office) {
    return list(actor, office, q -> q.atLeast("unbanked_fen", 1L).orderBy("banking_due").orderBy("collected_at"));
  }

  /**
   * The office's deposits in {@code states}, oldest collection first; every open state when none is
   * named; empty for an office the actor may not see.
   */
  public List<Deposit> open(Actor actor, OfficeId office, DepositState... states) {
    List<String> wanted = DepositLifecycle.TABLE.namesOrOpen(states);
    return list(actor, office, q -> q.in("state", wanted).orderBy("collected_at"));
  }

  /**
   * The office's deposits with a ledger entry in [from, to) (for the ledger statement, 押金台账), oldest
   * collection first; empty for an office the actor may not see.
   */
  public List<Deposit> withEntriesIn(Actor actor, OfficeId office, Instant from, Instant to) {
    Check.present("from", from);
    Check.present("to", to);
    Check.that(!to.isBefore(from), "to", "must not be before from");
    return list(actor, office, q -> q.before("collected_at", to).atLeast("last_entry_at", from).orderBy("collected_at"));
  }

  private List<Deposit> list(Actor actor, OfficeId office, java.util.function.UnaryOperator<RecordQuery.Builder> query) {
    Check.present("actor", actor);
    return k.list(actor, office, deposits, query);
  }

  // ------------------------------------------------------------------ internals

  private static Rejection refused(RejectionCode code, String field, String key, Object... args) {
    return Rejection.ofField(code, field, StaffText.of(Deposit.BUNDLE, key, args));
  }

  private Result<Deposit> run(Actor actor, DepositId id, String command, Kernel.Decision<Deposit> decision) {
    Check.present("id", id);
    return k.execute(actor, deposits, id.value(), OptionalLong.empty(), command, decision);
  }

  private Result<Deposit> once(Actor actor, DepositId id, String idempotencyKey, String request, String command,
      Kernel.Decision<Deposit> decision) {
    Check.present("id", id);
    Check.present("idempotencyKey", idempotencyKey);
    return k.executeOnce(actor, deposits, id.value(), new IdempotentRequest(idempotencyKey, request + "|" + id), command, decision);
  }
}

package org.propdesk.core.deposit;

import static org.propdesk.core.deposit.DepositLifecycle.TABLE;
import static org.propdesk.core.lifecycle.Aggregates.append;
import static org.propdesk.core.lifecycle.Aggregates.now;
import static org.propdesk.core.lifecycle.Aggregates.shortNote;

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
import org.propdesk.core.common.Money;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Approval;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;

/**
 * A deposit (押金): the aggregate of PROCEDURES §8. Collected in cash or by transfer against an official
 * receipt, banked by its due working day, and refunded through an application with the receipt, an
 * assessment of deductions from the closed list, the applicant's signature, finance's countersignature
 * when the applicant is not the payer, an owner or a tenant, an approval by someone other than the
 * requester, and the payment, which settles it.
 *
 * <p>Its {@link Ledger} is double-entry and append-only; every snapshot checks {@code collected =
 * refunded + deducted + held} with nothing negative, so no command can break it. A refund is paid from
 * banked money only (不得坐支), exactly once, for the refundable amount the applicant signed. A renovation
 * deposit is approved and paid only after a passed renovation acceptance. Command methods return a
 * {@link Result} and never throw for a business "no". Immutable and thread-safe; {@code toString} masks
 * the phone.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeposit.class)
@JsonDeserialize(as = ImmutableDeposit.class)
public abstract class Deposit {
  /** The bundle of the deposit procedure's refusals, zh-CN and English. */
  public static final String BUNDLE = "org.propdesk.core.deposit.DepositRejections";

  /** The longest free text (a reason). */
  public static final int TEXT_LENGTH = 500;

  /**
   * The deposit's record type (押金): {@code deposit}. Index fields hold ids, states, days, instants and
   * amounts in fen; never the payer's name or phone.
   */
  public static final AggregateType<Deposit> TYPE = AggregateType.builder("deposit", Deposit.class)
      .id(d -> d.id().value())
      .office(Deposit::office)
      .version(Deposit::version)
      .state(Deposit::state)
      .text("state", Deposit::state)
      .text("deposit_type", Deposit::type)
      .text("unit_id", d -> d.unit().value())
      .text("receipt_no", d -> d.receiptNo().value())
      .text("method", Deposit::method)
      .instant("collected_at", Deposit::collectedAt)
      .date("collected_on", Deposit::collectedOn)
      .number("collected_fen", d -> d.ledger().collected().fen())
      .number("held_fen", d -> d.ledger().held().fen())
      .number("unbanked_fen", d -> d.ledger().unbanked().fen())
      .date("banking_due", Deposit::bankingDue)
      .date("banked_on", d -> d.banking().map(Banking::on))
      .flag("banking_overdue", Deposit::bankingOverdue)
      .instant("last_entry_at", d -> d.ledger().entries().get(d.ledger().entries().size() - 1).at())
      .instant("settled_at", Deposit::settledAt)
      .number("refunded_fen", d -> d.ledger().refunded().fen())
      .number("deducted_fen", d -> d.ledger().deducted().fen())
      .build();

  /** The deposit's id. */
  public abstract DepositId id();

  /** Its office. */
  public abstract OfficeId office();

  /** The office's zone. */
  public abstract ZoneId zone();

  /** The desk that collected it. */
  public abstract FrontDeskId desk();

  /** What it secures. */
  public abstract DepositType type();

  /** The unit it concerns. */
  public abstract UnitId unit();

  /** The owner or resident it concerns, if known. */
  public abstract Optional<OwnerId> owner();

  /** The payer's full name, as on the receipt. */
  public abstract String payerName();

  /** The payer's phone (masked in {@code toString}). */
  public abstract Optional<PhoneNumber> payerPhone();

  /** What it secures, in words. */
  public abstract String purpose();

  /** The official receipt's number. */
  public abstract ReceiptNumber receiptNo();

  /** How it was paid. */
  public abstract DepositMethod method();

  /** When it was collected. */
  public abstract Instant collectedAt();

  /** Who collected it. */
  public abstract StaffId collectedBy();

  /** The last day it may be banked on. */
  public abstract LocalDate bankingDue();

  /** Whether the sweep found it unbanked after its due day. */
  public abstract boolean bankingOverdue();

  /** Its banking, once banked. */
  public abstract Optional<Banking> banking();

  /** The double-entry ledger. */
  public abstract Ledger ledger();

  /** Every renovation acceptance recorded, oldest first; the latest counts. */
  public abstract List<RenovationAcceptance> acceptances();

  /** The refund application in progress, or the one that settled it. */
  public abstract Optional<RefundApplication> application();

  /** The refund's payment, once settled. */
  public abstract Optional<RefundPayment> payment();

  /** When it was settled. */
  public abstract Optional<Instant> settledAt();

  /** The state. */
  public abstract DepositState state();

  /** What happened, oldest first. */
  public abstract List<DepositHistoryEntry> history();

  /** The aggregate version. */
  public abstract long version();

  /** The office's day of the collection. */
  @JsonIgnore
  public LocalDate collectedOn() {
    return collectedAt().atZone(zone()).toLocalDate();
  }

  /** What is held for the payer now. */
  @JsonIgnore
  public Money held() {
    return ledger().held();
  }

  /** Whether the latest recorded renovation acceptance passed. */
  @JsonIgnore
  public boolean acceptancePassed() {
    return !acceptances().isEmpty() && acceptances().get(acceptances().size() - 1).passed();
  }

  final Deposit checked() {
    ledger().verify();
    Check.that(!ledger().entries().isEmpty() && ledger().collected().fen() > 0, "ledger", "must hold the collection");
    Check.that(!history().isEmpty() && history().get(history().size() - 1).to() == state(), "history", "must end in the current state");
    Check.that(settledAt().isPresent() == (state() == DepositState.SETTLED), "settledAt", "is present exactly when settled");
    Check.that(payment().isPresent() == (state() == DepositState.SETTLED), "payment", "is present exactly when settled");
    Check.that(application().isPresent() == (state() != DepositState.HELD), "application", "is present exactly while refunding");
    Check.that(state() != DepositState.SETTLED || ledger().held().fen() == 0, "ledger", "holds nothing once settled");
    Check.that(banking().isPresent() == (ledger().unbanked().fen() == 0), "banking", "is present exactly when nothing is unbanked");
    Check.that(acceptances().isEmpty() || type() == DepositType.RENOVATION, "acceptances", "are recorded for renovation deposits only");
    Check.that(version() >= 1, "version", "must be at least 1");
    return this;
  }

  // ------------------------------------------------------------------ collection

  /**
   * Collects a deposit (收取押金) against its receipt. The caller has checked the desk, the unit and the
   * owner belong to {@code office}, the receipt number is new in the office, and computed the banking-due
   * day from the work calendar.
   */
  public static Result<Deposit> collect(DepositId id, OfficeId office, ZoneId zone, CollectionRequest r, LocalDate bankingDue,
      Actor actor, Clock clock) {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("zone", zone);
    Check.present("request", r);
    Check.present("bankingDue", bankingDue);
    Check.present("actor", actor);
    if (actor.roles().stream().noneMatch(DepositLifecycle.CASHIERS::contains)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED,
          StaffText.of(BUNDLE, "collect.role", DepositLifecycle.CASHIERS, actor.roles())));
    }
    Instant now = now(clock);
    Ledger ledger = Ledger.empty().post(EntryKind.COLLECTION, r.amount(), "receipt " + r.receiptNo() + ", " + r.method(),
        actor.staffId(), now);
    Deposit d = ImmutableDeposit.builder().id(id).office(office).zone(zone).desk(r.desk()).type(r.type()).unit(r.unit())
        .owner(r.owner()).payerName(r.payerName()).payerPhone(r.payerPhone()).purpose(r.purpose()).receiptNo(r.receiptNo())
        .method(r.method()).collectedAt(now).collectedBy(actor.staffId()).bankingDue(bankingDue).bankingOverdue(false)
        .ledger(ledger).state(DepositState.HELD)
        .addHistory(new DepositHistoryEntry(now, Optional.empty(), DepositState.HELD, actor.staffId(), actor.name(),
            shortNote(r.type() + " " + r.amount() + " collected by " + r.method() + ", receipt " + r.receiptNo())))
        .version(1).build().checked();
    return Result.accepted(d, List.of(new DepositEvent.Collected(id, office, now, r.type(), r.amount(), r.method(), r.receiptNo(),
        bankingDue)));
  }

  /**
   * Banks what is unbanked (存入银行) under the bank slip's number; late when today is after the due day.
   * Refused once nothing is unbanked.
   */
  public Result<Deposit> bank(String slipNo, Actor actor, Clock clock) {
    String slip = Check.id("slipNo", slipNo);
    Optional<Rejection> no = refusal(DepositTrigger.BANK, actor);
    if (no.isEmpty() && banking().isPresent()) {
      no = Optional.of(refused(RejectionCode.ALREADY_DONE, "slipNo", "bank.already", id(), banking().get().on()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    LocalDate today = now.atZone(zone()).toLocalDate();
    Money amount = ledger().unbanked();
    boolean late = today.isAfter(bankingDue());
    return accept(advance(DepositTrigger.BANK, actor, now, "banked " + amount + ", slip " + slip + (late ? ", late" : ""))
        .withLedger(ledger().post(EntryKind.BANKING, amount, "bank slip " + slip, actor.staffId(), now))
        .withBanking(new Banking(slip, now, today, late, actor.staffId())),
        new DepositEvent.Banked(id(), office(), now, amount, today, late));
  }

  /**
   * Corrects a mistaken collection amount before banking (冲正): the collection entry is reversed and the
   * right amount entered, both kept in the ledger. Finance only; refused once banked and for the same
   * amount.
   */
  public Result<Deposit> correctCollection(Money amount, String reason, Actor actor, Clock clock) {
    Check.present("amount", amount);
    Check.that(amount.fen() > 0, "amount", "must be more than zero");
    String why = Check.text("reason", reason, TEXT_LENGTH);
    Optional<Rejection> no = refusal(DepositTrigger.CORRECT_COLLECTION, actor);
    if (no.isEmpty() && banking().isPresent()) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "amount", "correct.banked", id()));
    }
    Money before = ledger().collected();
    if (no.isEmpty() && amount.equals(before)) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "amount", "correct.same", amount));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    LedgerEntry wrong = ledger().lastStanding(EntryKind.COLLECTION).orElseThrow();
    Ledger corrected = ledger().reverse(wrong.no(), shortNote("correction: " + why), actor.staffId(), now)
        .post(EntryKind.COLLECTION, amount, "receipt " + receiptNo() + ", corrected", actor.staffId(), now);
    return accept(advance(DepositTrigger.CORRECT_COLLECTION, actor, now, "corrected " + before + " to " + amount + ": " + why)
        .withLedger(corrected), new DepositEvent.CollectionCorrected(id(), office(), now, before, amount));
  }

  /**
   * The sweep finds the money unbanked after its due day (逾期未存): the alarm is raised once. Nothing
   * happens when it was banked meanwhile or the alarm was raised already.
   */
  public Result<Deposit> onBankingDue(Clock clock) {
    if (banking().isPresent() || bankingOverdue() || TABLE.transition(state(), DepositTrigger.BANKING_OVERDUE).isEmpty()) {
      return Result.accepted(this, List.of());
    }
    Instant now = now(clock);
    return accept(advance(DepositTrigger.BANKING_OVERDUE, Actor.system(), now, "not banked by " + bankingDue()).withBankingOverdue(true),
        new DepositEvent.BankingOverdue(id(), office(), now, bankingDue(), ledger().unbanked()));
  }

  // ------------------------------------------------------------------ renovation acceptance

  /**
   * Records a renovation acceptance inspection (记录装修验收). The caller has checked the inspector is a
   * staff member of the office. Only for a renovation deposit; the day may not be in the future nor before
   * the collection.
   */
  public Result<Deposit> recordAcceptance(LocalDate inspectedOn, StaffId inspector, boolean passed, String note, Actor actor,
      Clock clock) {
    Check.present("inspectedOn", inspectedOn);
    Check.present("inspector", inspector);
    String text = Check.text("note", note, 200);
    Optional<Rejection> no = refusal(DepositTrigger.RECORD_ACCEPTANCE, actor);
    if (no.isEmpty() && type() != DepositType.RENOVATION) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "type", "acceptance.notRenovation", id(), type()));
    }
    Instant now = now(clock);
    LocalDate today = now.atZone(zone()).toLocalDate();
    if (no.isEmpty() && (inspectedOn.isAfter(today) || inspectedOn.isBefore(collectedOn()))) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "inspectedOn", "acceptance.day", inspectedOn, collectedOn(), today));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    RenovationAcceptance a = new RenovationAcceptance(inspectedOn, inspector, passed, text, now, actor.staffId());
    return accept(advance(DepositTrigger.RECORD_ACCEPTANCE, actor, now, "acceptance " + inspectedOn + " by " + inspector + ": "
        + (passed ? "passed" : "failed")).withAcceptances(append(acceptances(), a)),
        new DepositEvent.AcceptanceRecorded(id(), office(), now, inspectedOn, inspector, passed));
  }

  // ------------------------------------------------------------------ refund

  /**
   * Files a refund application (退还申请) with the receipt. The caller has checked an owner or tenant
   * applicant against the directory. Refused when the receipt presented is not this deposit's.
   */
  public Result<Deposit> applyRefund(RefundApplicationDraft draft, Actor actor, Clock clock) {
    Check.present("draft", draft);
    Optional<Rejection> no = refusal(DepositTrigger.APPLY_REFUND, actor);
    if (no.isEmpty() && !draft.receiptPresented().equals(receiptNo())) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "receiptPresented", "apply.receipt", draft.receiptPresented(), id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(DepositTrigger.APPLY_REFUND, actor, now, "refund applied for by the " + draft.relation())
        .withApplication(RefundApplication.filed(draft, now, actor.staffId())),
        new DepositEvent.RefundApplied(id(), office(), now, draft.relation()));
  }

  /**
   * Assesses the refund (核算): the deductions, from the closed list, and the refundable amount, held
   * less their total. A new assessment replaces the last and voids the applicant's signature. Refused
   * when the deductions exceed what is held.
   */
  public Result<Deposit> assess(List<Deduction> deductions, Actor actor, Clock clock) {
    List<Deduction> list = Deductions.checked(deductions);
    Optional<Rejection> no = refusal(DepositTrigger.ASSESS, actor);
    Money total = Deductions.total(list);
    if (no.isEmpty() && total.compareTo(held()) > 0) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "deductions", "assess.exceedsHeld", total, held()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    Money refundable = held().minus(total);
    return accept(advance(DepositTrigger.ASSESS, actor, now, "deducted " + total + ", refundable " + refundable)
        .withApplication(application().orElseThrow().assessed(list, refundable, actor.staffId())),
        new DepositEvent.Assessed(id(), office(), now, total, refundable));
  }

  /** The applicant signs the assessment (申请人签字), with their name. */
  public Result<Deposit> sign(String signedBy, Actor actor, Clock clock) {
    String signer = Check.line("signedBy", signedBy, 50);
    Optional<Rejection> no = refusal(DepositTrigger.SIGN, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(DepositTrigger.SIGN, actor, now, "signed by the applicant")
        .withApplication(application().orElseThrow().signed(signer, now)), new DepositEvent.ApplicantSigned(id(), office(), now));
  }

  /**
   * Finance countersigns (财务会签): needed when the applicant is not the payer, an owner or a tenant.
   * Never by the requester; refused when countersigned already.
   */
  public Result<Deposit> countersign(Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(DepositTrigger.COUNTERSIGN, actor).or(() -> requesterRefusal(actor, "countersign"));
    if (no.isEmpty() && application().orElseThrow().countersign().isPresent()) {
      no = Optional.of(refused(RejectionCode.ALREADY_DONE, "countersign", "countersign.already", id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(DepositTrigger.COUNTERSIGN, actor, now, "countersigned by finance")
        .withApplication(application().orElseThrow().countersigned(Approval.by(actor, now))),
        new DepositEvent.Countersigned(id(), office(), now, actor.staffId()));
  }

  /**
   * Approves the refund (审批). Never by the staff member who filed the application; a renovation deposit
   * needs a passed renovation acceptance first.
   */
  public Result<Deposit> approve(Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(DepositTrigger.APPROVE, actor).or(() -> requesterRefusal(actor, "approve"))
        .or(this::acceptanceRefusal);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    RefundApplication a = application().orElseThrow();
    return accept(advance(DepositTrigger.APPROVE, actor, now, "approved, refundable " + a.refundable().orElseThrow())
        .withApplication(a.approved(Approval.by(actor, now))),
        new DepositEvent.Approved(id(), office(), now, actor.staffId(), a.refundable().orElseThrow()));
  }

  /** The approver refuses the refund (审批不同意): the application ends and the deposit stays held. */
  public Result<Deposit> reject(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, TEXT_LENGTH);
    Optional<Rejection> no = refusal(DepositTrigger.REJECT, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(DepositTrigger.REJECT, actor, now, "refund refused: " + why).withApplication(Optional.empty()),
        new DepositEvent.RefundRejected(id(), office(), now, actor.staffId()));
  }

  /** The applicant withdraws the application (撤回): the deposit stays held. */
  public Result<Deposit> withdraw(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, TEXT_LENGTH);
    Optional<Rejection> no = refusal(DepositTrigger.WITHDRAW, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(DepositTrigger.WITHDRAW, actor, now, "application withdrawn: " + why).withApplication(Optional.empty()),
        new DepositEvent.Withdrawn(id(), office(), now));
  }

  /**
   * Pays the refund and takes the deductions (支付退款), settling the deposit: one deduction entry per
   * deduction and one refund entry, all in one step, made at most once. {@code amount} must be the
   * refundable amount the applicant signed. Refused while any of it is unbanked (refunds are never paid
   * from takings, 不得坐支), without finance's countersignature when it is needed, and for a renovation
   * deposit without a passed acceptance.
   */
  public Result<Deposit> pay(Money amount, DepositMethod method, Actor actor, Clock clock) {
    Check.present("amount", amount);
    Check.present("method", method);
    Optional<Rejection> no = refusal(DepositTrigger.PAY, actor);
    RefundApplication a = application().orElse(null);
    if (no.isEmpty() && !amount.equals(a.refundable().orElseThrow())) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "amount", "pay.wrongAmount", amount, a.refundable().orElseThrow()));
    }
    if (no.isEmpty() && banking().isEmpty()) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "amount", "pay.unbanked", id(), ledger().unbanked()));
    }
    if (no.isEmpty() && a.needsCountersign() && a.countersign().isEmpty()) {
      no = Optional.of(refused(RejectionCode.INSUFFICIENT_AUTHORITY, "countersign", "pay.countersign", id()));
    }
    if (no.isEmpty()) {
      no = acceptanceRefusal();
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    Ledger l = ledger();
    for (Deduction d : a.deductions()) {
      l = l.post(EntryKind.DEDUCTION, d.amount(), shortNote(d.kind() + d.text().map(t -> ": " + t).orElse("")), actor.staffId(), now);
    }
    if (amount.fen() > 0) {
      l = l.post(EntryKind.REFUND, amount, "refund by " + method, actor.staffId(), now);
    }
    return accept(advance(DepositTrigger.PAY, actor, now, "refunded " + amount + " by " + method + ", deducted " + a.deducted())
        .withLedger(l).withPayment(new RefundPayment(amount, method, now, actor.staffId())).withSettledAt(now),
        new DepositEvent.Settled(id(), office(), now, amount, a.deducted(), method));
  }

  // ------------------------------------------------------------------ internals

  private Optional<Rejection> refusal(DepositTrigger trigger, Actor actor) {
    return TABLE.refusal(state(), trigger, actor, "deposit " + id());
  }

  private Optional<Rejection> requesterRefusal(Actor actor, String step) {
    return application().filter(a -> a.filedBy().equals(actor.staffId()))
        .map(a -> refused(RejectionCode.INSUFFICIENT_AUTHORITY, "actor", "separation." + step, actor.staffId(), id()));
  }

  private Optional<Rejection> acceptanceRefusal() {
    return type() == DepositType.RENOVATION && !acceptancePassed()
        ? Optional.of(refused(RejectionCode.INVALID_COMMAND, "acceptance", "renovation.notAccepted", id()))
        : Optional.empty();
  }

  static Rejection refused(RejectionCode code, String field, String key, Object... args) {
    return Rejection.ofField(code, field, StaffText.of(BUNDLE, key, args));
  }

  /** This snapshot after one more trigger from its current state: the state and one history line. */
  ImmutableDeposit advance(DepositTrigger trigger, Actor actor, Instant now, String note) {
    DepositState to = TABLE.transition(state(), trigger).orElseThrow().to();
    return ImmutableDeposit.copyOf(this).withState(to).withHistory(
        append(history(), new DepositHistoryEntry(now, Optional.of(trigger), to, actor.staffId(), actor.name(), shortNote(note))));
  }

  private Result<Deposit> accept(ImmutableDeposit next, DepositEvent event) {
    return Result.accepted(next.withVersion(version() + 1).checked(), List.of(event));
  }

  @Override
  public String toString() {
    return "Deposit[" + id() + " " + office() + " " + type() + " " + state() + " held " + held() + " receipt " + receiptNo()
        + " phone " + payerPhone().map(PhoneNumber::masked).orElse("-") + " v" + version() + "]";
  }
}

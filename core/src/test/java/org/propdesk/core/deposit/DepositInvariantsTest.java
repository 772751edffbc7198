package org.propdesk.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Approval;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;

/**
 * The deposit aggregate on its own (PROCEDURES §8): every snapshot invariant refuses a snapshot that
 * breaks it, naming the field; commands refuse out of turn and at their boundaries (a deduction of
 * exactly what is held, one fen more; a payment one fen off) and change nothing when they do.
 */
class DepositInvariantsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-06T02:00:00Z"), ZoneOffset.UTC);
  private static final OfficeId OFFICE = OfficeId.of("O-1");
  private static final Actor CLERK = Actor.inOffice(StaffId.of("S-1"), "clerk", OFFICE, Role.FRONT_DESK_CLERK);
  private static final Actor FINANCE = Actor.inOffice(StaffId.of("S-2"), "finance", OFFICE, Role.FINANCE);
  private static final Actor DIRECTOR = Actor.inOffice(StaffId.of("S-3"), "director", OFFICE, Role.OFFICE_DIRECTOR);

  private static Deposit collected(DepositType type, String amount) {
    return Deposit.collect(DepositId.of("D-1"), OFFICE, ZoneOffset.UTC, new CollectionRequest(FrontDeskId.of("F-1"), type,
        UnitId.of("U-1"), Optional.empty(), "payer", Optional.empty(), Money.parse(amount), DepositMethod.CASH,
        ReceiptNumber.parse("R-1"), "deposit"), LocalDate.of(2026, 3, 9), CLERK, CLOCK).orElseThrow();
  }

  private static Deposit assessed(String amount, String deductions) {
    Deposit d = collected(DepositType.RENTAL, amount).bank("SLIP-1", FINANCE, CLOCK).orElseThrow()
        .applyRefund(new RefundApplicationDraft("payer", ApplicantRelation.PAYER, Optional.empty(), ReceiptNumber.parse("R-1")), CLERK, CLOCK)
        .orElseThrow();
    return d.assess(Deductions.parse(deductions), CLERK, CLOCK).orElseThrow();
  }

  private static void broken(Deposit valid, UnaryOperator<ImmutableDeposit> damage, String field) {
    assertThatThrownBy(() -> damage.apply(ImmutableDeposit.copyOf(valid)).checked()).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
  }

  @Test
  void aSnapshotBreakingAnyInvariantIsRefusedNamingTheField() {
    Deposit held = collected(DepositType.RENTAL, "100.00");
    Deposit settled = assessed("100.00", "").sign("payer", CLERK, CLOCK).orElseThrow().approve(DIRECTOR, CLOCK).orElseThrow()
        .pay(Money.parse("100.00"), DepositMethod.CASH, FINANCE, CLOCK).orElseThrow();
    assertThat(held.checked()).isSameAs(held);
    assertThat(settled.checked()).isSameAs(settled);

    broken(held, d -> d.withLedger(Ledger.empty()), "ledger");
    broken(held, d -> d.withState(DepositState.ASSESSED), "history");
    broken(held, d -> d.withSettledAt(Instant.EPOCH), "settledAt");
    broken(held, d -> d.withPayment(new RefundPayment(Money.ZERO, DepositMethod.CASH, Instant.EPOCH, CLERK.staffId())), "payment");
    broken(held, d -> d.withApplication(settled.application().orElseThrow()), "application");
    broken(held, d -> d.withBanking(new Banking("S-1", Instant.EPOCH, LocalDate.EPOCH, false, CLERK.staffId())), "banking");
    broken(held, d -> d.withAcceptances(new RenovationAcceptance(LocalDate.EPOCH, CLERK.staffId(), true, "ok", Instant.EPOCH,
        CLERK.staffId())), "acceptances");
    broken(held, d -> d.withVersion(0), "version");
    broken(settled, d -> d.withLedger(held.ledger().post(EntryKind.BANKING, Money.parse("100.00"), "slip", CLERK.staffId(), Instant.EPOCH)),
        "ledger");
    broken(settled, d -> d.withLedger(Ledger.of(List.of(settled.ledger().entries().get(0)))), "ledger");
  }

  @Test
  void aDeductionOfExactlyWhatIsHeldLeavesNothingToRefundAndOneFenMoreIsRefused() {
    Deposit all = assessed("100.00", "DAMAGE=100.00");
    assertThat(all.application().orElseThrow().refundable()).contains(Money.ZERO);

    Deposit requested = collected(DepositType.RENTAL, "100.00").applyRefund(new RefundApplicationDraft("payer", ApplicantRelation.PAYER,
        Optional.empty(), ReceiptNumber.parse("R-1")), CLERK, CLOCK).orElseThrow();
    assertThat(requested.assess(Deductions.parse("DAMAGE=100.01"), CLERK, CLOCK).rejection().orElseThrow().field()).contains("deductions");

    Deposit approved = all.sign("payer", CLERK, CLOCK).orElseThrow().approve(DIRECTOR, CLOCK).orElseThrow();
    assertThat(approved.pay(Money.ofFen(1), DepositMethod.CASH, FINANCE, CLOCK).rejection().orElseThrow().field()).contains("amount");
    Deposit settled = approved.pay(Money.ZERO, DepositMethod.CASH, FINANCE, CLOCK).orElseThrow();
    assertThat(settled.ledger().entries()).extracting(LedgerEntry::kind).containsExactly(EntryKind.COLLECTION, EntryKind.BANKING,
        EntryKind.DEDUCTION);
    assertThat(settled.payment().orElseThrow().amount()).isEqualTo(Money.ZERO);
  }

  @Test
  void theApplicantMayWithdrawAndTheApproverRefuseButNotOutOfTurn() {
    Deposit held = collected(DepositType.RENTAL, "100.00");
    assertThat(held.withdraw("changed mind", CLERK, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    assertThat(held.reject("no", DIRECTOR, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    Deposit signed = assessed("100.00", "").sign("payer", CLERK, CLOCK).orElseThrow();
    assertThat(signed.reject("no", CLERK, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    Deposit refused = signed.reject("documents missing", DIRECTOR, CLOCK).orElseThrow();
    assertThat(refused.state()).isEqualTo(DepositState.HELD);
    assertThat(refused.application()).isEmpty();
    Deposit withdrawn = signed.withdraw("changed mind", CLERK, CLOCK).orElseThrow();
    assertThat(withdrawn.state()).isEqualTo(DepositState.HELD);
    assertThat(withdrawn.history().get(withdrawn.history().size() - 1).note()).contains("changed mind");
    assertThat(signed.countersign(FINANCE, CLOCK).orElseThrow().application().orElseThrow().countersign().map(Approval::by))
        .contains(FINANCE.staffId());
  }

  @Test
  void aCorrectionAfterBankingOrToTheSameAmountIsRefusedAndTheSweepRaisesTheAlarmOnce() {
    Deposit held = collected(DepositType.RENTAL, "100.00");
    assertThat(held.correctCollection(Money.parse("100.00"), "same", FINANCE, CLOCK).rejection().orElseThrow().field()).contains("amount");
    assertThatThrownBy(() -> held.correctCollection(Money.ZERO, "zero", FINANCE, CLOCK)).hasMessageContaining("amount");
    Deposit banked = held.bank("SLIP-1", FINANCE, CLOCK).orElseThrow();
    assertThat(banked.banking().orElseThrow().late()).as("banked on its due day or before").isFalse();
    assertThat(banked.correctCollection(Money.parse("90.00"), "late", FINANCE, CLOCK).rejection().orElseThrow().field()).contains("amount");
    assertThat(banked.onBankingDue(CLOCK).events()).isEmpty();
    Deposit overdue = held.onBankingDue(CLOCK).orElseThrow();
    assertThat(overdue.bankingOverdue()).isTrue();
    assertThat(overdue.onBankingDue(CLOCK).events()).isEmpty();
    Deposit renovation = collected(DepositType.RENOVATION, "100.00");
    assertThat(renovation.recordAcceptance(LocalDate.of(2026, 3, 6), CLERK.staffId(), true, "ok", DIRECTOR, CLOCK).orElseThrow()
        .acceptancePassed()).isTrue();
    assertThat(renovation.recordAcceptance(LocalDate.of(2026, 3, 5), CLERK.staffId(), true, "before the collection", DIRECTOR, CLOCK)
        .rejection().orElseThrow().field()).contains("inspectedOn");
  }
}

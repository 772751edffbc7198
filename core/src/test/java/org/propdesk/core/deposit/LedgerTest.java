package org.propdesk.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.StaffId;

/**
 * The double-entry ledger of one deposit (PROCEDURES §8): the figures an auditor reads from it, and each
 * broken invariant named by {@link Ledger#verify()}.
 */
class LedgerTest {
  private static final Instant AT = Instant.parse("2026-03-06T02:00:00Z");
  private static final StaffId BY = StaffId.of("S-1");

  private static Money yuan(String s) {
    return Money.parse(s);
  }

  private static Ledger collectedBankedAndSettled() {
    return Ledger.empty().post(EntryKind.COLLECTION, yuan("1000.00"), "receipt A-1", BY, AT)
        .post(EntryKind.BANKING, yuan("1000.00"), "slip 1", BY, AT)
        .post(EntryKind.DEDUCTION, yuan("100.00"), "DAMAGE", BY, AT)
        .post(EntryKind.REFUND, yuan("900.00"), "refund", BY, AT);
  }

  @Test
  void aSettledDepositHasCollectedEqualToRefundedPlusDeductedAndEveryAccountSumsToZero() {
    Ledger l = collectedBankedAndSettled();

    assertThat(l.collected()).isEqualTo(yuan("1000.00"));
    assertThat(l.refunded()).isEqualTo(yuan("900.00"));
    assertThat(l.deducted()).isEqualTo(yuan("100.00"));
    assertThat(l.held()).isEqualTo(Money.ZERO);
    assertThat(l.unbanked()).isEqualTo(Money.ZERO);
    assertThat(l.banked()).isEqualTo(yuan("100.00"));
    long sum = 0;
    for (LedgerAccount a : LedgerAccount.values()) {
      sum += l.balance(a).fen();
    }
    assertThat(sum).isZero();
  }

  @Test
  void aReversalSwapsTheAccountsKeepsTheAmountAndNetsTheFiguresWhileTheOriginalStays() {
    Ledger wrong = Ledger.empty().post(EntryKind.COLLECTION, yuan("5000.00"), "receipt", BY, AT);
    Ledger fixed = wrong.reverse(1, "typo", BY, AT).post(EntryKind.COLLECTION, yuan("3000.00"), "receipt", BY, AT);

    assertThat(wrong.isPrefixOf(fixed)).isTrue();
    assertThat(fixed.entries().get(1).debit()).isEqualTo(LedgerAccount.HELD);
    assertThat(fixed.entries().get(1).credit()).isEqualTo(LedgerAccount.UNBANKED);
    assertThat(fixed.collected()).isEqualTo(yuan("3000.00"));
    assertThat(fixed.held()).isEqualTo(yuan("3000.00"));
    assertThat(fixed.isReversed(1)).isTrue();
    assertThat(fixed.lastStanding(EntryKind.COLLECTION).orElseThrow().no()).isEqualTo(3);
    assertThatThrownBy(() -> fixed.reverse(1, "again", BY, AT)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reversed already");
    assertThatThrownBy(() -> fixed.reverse(2, "a reversal", BY, AT)).hasMessageContaining("reversed already");
  }

  @Test
  void refundingMoreThanIsHeldOrBankingMoreThanWasReceivedIsABrokenLedger() {
    Ledger held = Ledger.empty().post(EntryKind.COLLECTION, yuan("100.00"), "r", BY, AT);
    assertThatThrownBy(() -> held.post(EntryKind.BANKING, yuan("100.01"), "slip", BY, AT)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ledger").hasMessageContaining("negative");
    Ledger banked = held.post(EntryKind.BANKING, yuan("100.00"), "slip", BY, AT);
    assertThatThrownBy(() -> banked.post(EntryKind.REFUND, yuan("100.01"), "refund", BY, AT)).hasMessageContaining("negative");
    assertThatThrownBy(() -> held.post(EntryKind.REFUND, yuan("1.00"), "from takings", BY, AT)).as("the bank holds nothing yet")
        .hasMessageContaining("negative");
  }

  @Test
  void aStoredLedgerWhoseEntriesWereRenumberedRetargetedOrHadTheirAccountsSwappedFailsVerification() {
    List<LedgerEntry> ok = collectedBankedAndSettled().entries();

    List<LedgerEntry> renumbered = new ArrayList<>(ok);
    LedgerEntry e = ok.get(2);
    renumbered.set(2, new LedgerEntry(7, e.at(), e.kind(), e.debit(), e.credit(), e.amount(), e.reverses(), e.memo(), e.by()));
    assertThatThrownBy(() -> Ledger.of(renumbered).verify()).hasMessageContaining("entry 3 is numbered 7");

    List<LedgerEntry> forward = new ArrayList<>(ok.subList(0, 1));
    forward.add(new LedgerEntry(2, AT, EntryKind.REVERSAL, LedgerAccount.HELD, LedgerAccount.UNBANKED, yuan("1000.00"), Optional.of(3),
        "x", BY));
    assertThatThrownBy(() -> Ledger.of(forward).verify()).hasMessageContaining("not an earlier entry");

    List<LedgerEntry> unswapped = new ArrayList<>(ok.subList(0, 1));
    unswapped.add(new LedgerEntry(2, AT, EntryKind.REVERSAL, LedgerAccount.BANK, LedgerAccount.UNBANKED, yuan("1000.00"), Optional.of(1),
        "x", BY));
    assertThatThrownBy(() -> Ledger.of(unswapped).verify()).hasMessageContaining("swap the accounts");

    assertThatThrownBy(() -> new LedgerEntry(1, AT, EntryKind.REFUND, LedgerAccount.UNBANKED, LedgerAccount.HELD, yuan("1.00"),
        Optional.empty(), "x", BY)).hasMessageContaining("accounts of a REFUND");
    assertThatThrownBy(() -> new LedgerEntry(1, AT, EntryKind.COLLECTION, LedgerAccount.UNBANKED, LedgerAccount.HELD, Money.ZERO,
        Optional.empty(), "x", BY)).hasMessageContaining("more than zero");
  }
}

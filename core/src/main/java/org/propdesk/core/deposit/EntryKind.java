package org.propdesk.core.deposit;

import org.jspecify.annotations.Nullable;

/**
 * What a ledger entry records (分录类型), and the accounts it debits and credits.
 *
 * @since 0.1.0
 */
public enum EntryKind {
  /** The payer pays the deposit: debit {@code UNBANKED}, credit {@code HELD} (收取押金). */
  COLLECTION(LedgerAccount.UNBANKED, LedgerAccount.HELD),
  /** The money is banked: debit {@code BANK}, credit {@code UNBANKED} (存入银行). */
  BANKING(LedgerAccount.BANK, LedgerAccount.UNBANKED),
  /** A deduction is kept: debit {@code HELD}, credit {@code DEDUCTED} (扣款). */
  DEDUCTION(LedgerAccount.HELD, LedgerAccount.DEDUCTED),
  /** The refund is paid from the bank: debit {@code HELD}, credit {@code BANK} (退还押金). */
  REFUND(LedgerAccount.HELD, LedgerAccount.BANK),
  /** Reverses an earlier entry: its accounts swapped, the same amount (冲正). */
  REVERSAL(null, null);

  private final @Nullable LedgerAccount debit;
  private final @Nullable LedgerAccount credit;

  EntryKind(@Nullable LedgerAccount debit, @Nullable LedgerAccount credit) {
    this.debit = debit;
    this.credit = credit;
  }

  /** The account this kind debits; null for a reversal, whose accounts come from the entry it reverses. */
  @Nullable LedgerAccount debit() {
    return debit;
  }

  /** The account this kind credits; null for a reversal. */
  @Nullable LedgerAccount credit() {
    return credit;
  }
}

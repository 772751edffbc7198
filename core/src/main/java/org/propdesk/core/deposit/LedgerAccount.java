package org.propdesk.core.deposit;

/**
 * The accounts of one deposit's double-entry ledger (押金分户账科目). Balances are debit minus credit:
 * the two money accounts are debit-normal, the three others credit-normal.
 *
 * @since 0.1.0
 */
public enum LedgerAccount {
  /** Money received and not yet banked (待存款项), debit-normal. */
  UNBANKED,
  /** Money banked (银行存款), debit-normal; refunds are paid from it, never from takings (不得坐支). */
  BANK,
  /** What is owed back to the payer (应退押金), credit-normal. */
  HELD,
  /** What was paid back (已退押金), credit-normal. */
  REFUNDED,
  /** What was kept as deductions (扣款), credit-normal. */
  DEDUCTED
}

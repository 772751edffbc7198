package org.propdesk.core.archive;

/**
 * What can happen to an archive loan (借阅操作).
 *
 * @since 0.1.0
 */
public enum LoanTrigger {
  /** The director or an authorised person approves (批准). */
  APPROVE,
  /** They refuse (不批准). */
  REFUSE,
  /** The archivist issues the item (发放). */
  ISSUE,
  /** The item comes back and is checked for completeness (归还验收). */
  RETURN,
  /** The sweep finds the loan past its due time (逾期). */
  OVERDUE,
  /** The borrower withdraws before issue (撤销). */
  CANCEL
}

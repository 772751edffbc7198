package org.propdesk.core.deposit;

/**
 * Where a deposit stands (押金状态).
 *
 * @since 0.1.0
 */
public enum DepositState {
  /** Collected and held for the payer (在押). */
  HELD,
  /** A refund was applied for with the receipt (已申请退还). */
  REFUND_REQUESTED,
  /** Checked, deductions listed and the refundable amount computed (已核算). */
  ASSESSED,
  /** The applicant signed the assessment (申请人已签字). */
  SIGNED,
  /** Approved for payment (已审批). */
  APPROVED,
  /** Settled: the refund paid and the deductions taken; nothing is held any more (已结清). */
  SETTLED
}

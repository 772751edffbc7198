package org.propdesk.core.deposit;

/**
 * What can happen to a deposit (押金操作).
 *
 * @since 0.1.0
 */
public enum DepositTrigger {
  /** The collected money is banked (存入银行). */
  BANK,
  /** A mistaken collection amount is reversed and entered again (冲正). */
  CORRECT_COLLECTION,
  /** A renovation acceptance inspection is recorded (装修验收记录). */
  RECORD_ACCEPTANCE,
  /** The payer applies for the refund with the receipt (退还申请). */
  APPLY_REFUND,
  /** Staff check and list the deductions (核算扣款). */
  ASSESS,
  /** The applicant signs the assessment (申请人签字). */
  SIGN,
  /** Finance countersigns a refund to someone other than the payer, owner or tenant (财务会签). */
  COUNTERSIGN,
  /** The refund is approved (审批). */
  APPROVE,
  /** The approver refuses the refund; the deposit stays held (审批不同意). */
  REJECT,
  /** The applicant withdraws the application (撤回申请). */
  WITHDRAW,
  /** The refund is paid and the deductions taken (支付退款). */
  PAY,
  /** The sweep finds the money not banked by its due day (逾期未存). */
  BANKING_OVERDUE
}

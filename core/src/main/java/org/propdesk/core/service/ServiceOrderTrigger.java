package org.propdesk.core.service;

/**
 * What can happen to a special-service order (特约服务触发), PROCEDURES §12: a person's command or, for
 * {@code QUOTE_OVERDUE}, the system's timer sweep; {@code GENERATE_VISIT} is a recurring contract's
 * calendar creating a visit already priced and consented by the contract.
 *
 * @since 0.1.0
 */
public enum ServiceOrderTrigger {
  /** Quoted, or quoted again before the owner answers (报价). */
  QUOTE,
  /** The owner signs the price (业主签字确认). */
  CONSENT,
  /** The owner signs a refusal (业主签字拒绝). */
  REFUSE,
  /** A time and a worker are set, or changed (排期). */
  SCHEDULE,
  /** A contract's calendar creates the visit, priced and consented by the contract (合同生成服务). */
  GENERATE_VISIT,
  /** The work starts (开始服务). */
  START,
  /** Done, and the owner signs it off (完工验收). */
  COMPLETE,
  /** A paid repair's report was signed off by the owner (报修验收完成). */
  REPAIR_DONE,
  /** Paid (收费). */
  CHARGE,
  /** A paid repair's order closes once paid: its callback is the repair report's (报修收费结案). */
  CLOSE_REPAIR,
  /** The callback found the owner satisfied (回访满意). */
  CALLBACK_SATISFIED,
  /** The callback found the owner unsatisfied; the supervisor is told (回访不满意). */
  CALLBACK_UNSATISFIED,
  /** The owner could not be reached (回访未接通). */
  CALLBACK_UNREACHABLE,
  /** Closed by the supervisor after the owner could not be reached (联系不上关闭). */
  CLOSE_UNREACHABLE,
  /** Cancelled before the work (取消). */
  CANCEL,
  /** Unlisted work was not quoted in time (报价超时). */
  QUOTE_OVERDUE
}

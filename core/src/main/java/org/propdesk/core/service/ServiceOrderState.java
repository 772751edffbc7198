package org.propdesk.core.service;

/**
 * Where a special-service order stands (特约服务单状态), PROCEDURES §12. The table {@link
 * ServiceLifecycles#ORDER} says which trigger leads where.
 *
 * @since 0.1.0
 */
public enum ServiceOrderState {
  /** Asked for, not yet quoted (已受理). */
  REQUESTED,
  /** Quoted; the owner has not yet signed (已报价). */
  QUOTED,
  /** The owner signed the price (业主已签字确认). */
  ACCEPTED,
  /** The owner signed a refusal (业主签字拒绝). */
  REFUSED,
  /** A time and a worker are set (已排期). */
  SCHEDULED,
  /** Under way (服务中). */
  IN_PROGRESS,
  /** Done and accepted by the owner (已完工验收). */
  DONE,
  /** Paid (已收费). */
  CHARGED,
  /** Closed (已关闭). */
  CLOSED,
  /** Cancelled before the work (已取消). */
  CANCELLED
}

package org.propdesk.core.seal;

/**
 * What can happen to a seal use request (用印操作).
 *
 * @since 0.1.0
 */
public enum SealUseTrigger {
  /** The department head approves it (审核同意). */
  REVIEW,
  /** The department head refuses it (审核不同意). */
  REFUSE,
  /** The seal's keeper registers it, checking seal and copy count (登记). */
  REGISTER,
  /** The seal is applied and the impressions recorded (盖章). */
  STAMP,
  /** The requester withdraws it (撤销). */
  CANCEL
}

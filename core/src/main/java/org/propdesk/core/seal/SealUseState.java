package org.propdesk.core.seal;

/**
 * Where a seal use request stands (用印申请状态).
 *
 * @since 0.1.0
 */
public enum SealUseState {
  /** Requested: document, purpose and copies (已申请). */
  REQUESTED,
  /** Reviewed and approved by the department head (已审核). */
  REVIEWED,
  /** Registered by the seal's keeper, seal and copy count checked (已登记). */
  REGISTERED,
  /** Stamped and logged in the use register (已用印). */
  STAMPED,
  /** Refused at review (未获批准). */
  REFUSED,
  /** Withdrawn before stamping (已撤销). */
  CANCELLED
}

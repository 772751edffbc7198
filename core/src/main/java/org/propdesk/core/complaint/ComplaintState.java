package org.propdesk.core.complaint;

/**
 * Where a complaint is in its lifecycle (投诉状态); see {@link ComplaintLifecycle#TABLE}.
 *
 * @since 0.1.0
 */
public enum ComplaintState {
  /** Registered (已登记), awaiting the validity judgement. */
  REGISTERED,
  /** Judged valid (有效投诉), classified and routed; being handled. */
  IN_HANDLING,
  /** Resolution recorded (已处理), awaiting the callback. */
  RESOLVED,
  /** A major complaint whose callback was satisfied, awaiting the general manager's sign-off. */
  AWAITING_SIGN_OFF,
  /** Closed (已结案). Resting: a repeat within 30 days reopens it. */
  CLOSED,
  /**
   * Judged invalid (无效投诉) and closed with a reason; still counted in reports. Resting: the owner may
   * still be answered, and the judgement reversed within 30 days.
   */
  INVALID,
  /** A repeat raising of an open complaint, linked to it (重复投诉, 已合并). Terminal. */
  MERGED;

  /**
   * Whether a complaint in this state is still open (未结): registered, in handling, resolved or
   * awaiting sign-off.
   */
  public boolean isOpen() {
    return this != CLOSED && this != INVALID && this != MERGED;
  }
}

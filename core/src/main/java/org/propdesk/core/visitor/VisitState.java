package org.propdesk.core.visitor;

/**
 * Where a visit is in its lifecycle (来访状态); see {@link VisitLifecycle#TABLE}.
 *
 * @since 0.1.0
 */
public enum VisitState {
  /** Registered at the desk (已登记), walk-in or by appointment; the host is not yet told. */
  REGISTERED,
  /** The person visited was told (已通知被访人) and has not answered no; awaiting arrival. */
  HOST_NOTIFIED,
  /** The visitor is on site (在访). */
  ON_SITE,
  /** The visitor left (已离开). Terminal. */
  LEFT,
  /** The person visited declined to meet (被访人谢绝), and the visitor was told. Terminal. */
  DECLINED,
  /** The visit was cancelled before arrival (已取消). Terminal. */
  CANCELLED,
  /** The visitor never arrived by closing time (未到访). Terminal. */
  EXPIRED
}

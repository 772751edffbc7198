package org.propdesk.core.visitor;

/**
 * What can happen to a visit (来访操作); see {@link VisitLifecycle#TABLE}.
 *
 * @since 0.1.0
 */
public enum VisitTrigger {
  /** The desk tells the person visited (通知被访人). */
  NOTIFY_HOST,
  /** The person visited declines to meet (被访人谢绝). */
  HOST_DECLINED,
  /** The visitor arrives and is let in (到访). */
  ARRIVE,
  /** The visitor leaves (离开). */
  LEAVE,
  /** The visit is cancelled before arrival (取消). */
  CANCEL,
  /** The system's check at the office's closing time (闭馆检查): flags a visitor still on site. */
  CLOSING_CHECK
}

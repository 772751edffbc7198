package org.propdesk.core.ticket;

/**
 * Where a repair or incident report stands (报事报修状态), PROCEDURES §6. The table {@link
 * TicketLifecycle#TABLE} says which trigger leads where.
 *
 * @since 0.1.0
 */
public enum TicketState {
  /** Registered at the desk, not yet sent to engineering (已登记). */
  REGISTERED,
  /** Sent to a technician, who has not yet taken it (已派工). */
  DISPATCHED,
  /** Taken by the technician (已接单). */
  ACCEPTED,
  /** The technician is on site (已到场). */
  ON_SITE,
  /** The work is under way (维修中). */
  IN_PROGRESS,
  /** Waiting for parts or for the owner; the resolution clock stands still (暂停). */
  PAUSED,
  /** The technician reports the work done; the owner has not yet signed (已完工). */
  DONE,
  /** Accepted by the owner or left unrated; the callback is due (待回访). */
  AWAITING_CALLBACK,
  /** Closed (已关闭). */
  CLOSED,
  /** Rejected, with a reason the owner was told, e.g. not the office's to repair (已驳回). */
  REJECTED,
  /** Withdrawn or cancelled, with a reason (已取消). */
  CANCELLED
}

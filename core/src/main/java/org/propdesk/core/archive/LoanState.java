package org.propdesk.core.archive;

/**
 * Where an archive loan stands (借阅状态).
 *
 * @since 0.1.0
 */
public enum LoanState {
  /** Requested with a purpose (已申请). */
  REQUESTED,
  /** Approved (已批准). */
  APPROVED,
  /** Issued by the archivist (已借出). */
  ISSUED,
  /** Returned and checked (已归还). */
  RETURNED,
  /** Refused (未批准). */
  REFUSED,
  /** Withdrawn before issue (已撤销). */
  CANCELLED
}

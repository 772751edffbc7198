package org.propdesk.core.complaint;

/**
 * How a follow-up contact with the owner was made (跟进方式), seed 4.5.4.
 *
 * @since 0.1.0
 */
public enum ContactChannel {
  /** By phone (电话). */
  PHONE,
  /** A visit to the owner (上门). */
  VISIT,
  /** The owner came to the front desk (业主到前台). */
  AT_DESK
}

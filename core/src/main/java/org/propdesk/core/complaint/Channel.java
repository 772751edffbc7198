package org.propdesk.core.complaint;

/**
 * How a complaint reached the office (投诉来源).
 *
 * @since 0.1.0
 */
public enum Channel {
  /** In person at the front desk (前台). */
  FRONT_DESK,
  /** By phone (电话). */
  PHONE,
  /** Through an owner self-service channel, e.g. an app (业主自助). */
  SELF_SERVICE,
  /** Found on a patrol (巡查). */
  PATROL
}

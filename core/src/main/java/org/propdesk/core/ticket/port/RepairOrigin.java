package org.propdesk.core.ticket.port;

/**
 * Where a repair or incident report came from (报事来源), PROCEDURES §6: the front desk, a phone call,
 * the owner self-service channel, a patrol finding, or a complaint that turned out to be a repair. The
 * last two carry a reference to the record that opened the report. Part of the repair procedure's
 * published call port.
 *
 * @since 0.1.0
 */
public enum RepairOrigin {
  /** Reported in person at the front desk (前台). */
  FRONT_DESK,
  /** Reported by phone (电话). */
  PHONE,
  /** Reported through the owner self-service channel, e.g. an app (业主自助). */
  SELF_SERVICE,
  /** Found on a neighbourhood patrol (巡查发现, PROCEDURES §13). */
  PATROL,
  /** Opened from a complaint, e.g. a complaint about a broken light (投诉转报修). */
  COMPLAINT;

  /** Whether a report of this origin must name the record that opened it. */
  public boolean needsReference() {
    return this == PATROL || this == COMPLAINT;
  }
}

package org.propdesk.core.supervision;

/**
 * How the customer supervisor reached the owner on a service visit (走访方式). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum VisitMode {
  /** At the owner's home (上门走访). */
  HOME,
  /** By phone (电话回访). */
  PHONE,
  /** The owner came to the office (来访). */
  AT_OFFICE
}

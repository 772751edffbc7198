package org.propdesk.core.complaint;

/**
 * Why a complaint is major (重大投诉界定), seed 4.3.1.
 *
 * @since 0.1.0
 */
public enum MajorCriterion {
  /** (a) A promised or contracted service failed and the owner raised it repeatedly without result. */
  A_REPEATED_CONTRACTED_SERVICE_FAILURE,
  /** (b) The company's fault caused the owner major economic loss or personal injury. */
  B_MAJOR_LOSS_OR_INJURY,
  /** (c) A valid complaint not resolved within one month (automatic). */
  C_UNRESOLVED_ONE_MONTH,
  /** Upgraded by hand by an actor with authority. */
  MANUAL
}

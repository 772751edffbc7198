package org.propdesk.core.complaint;

/**
 * The owner's answer on the callback (回访结果).
 *
 * @since 0.1.0
 */
public enum CallbackOutcome {
  /** Satisfied (满意). */
  SATISFIED,
  /** Unsatisfied (不满意): the complaint reopens. */
  UNSATISFIED,
  /** Could not be reached (联系不上): call back again later. */
  UNREACHABLE
}

package org.propdesk.core.service;

/**
 * The owner's rating at a special-service callback (回访评价).
 *
 * @since 0.1.0
 */
public enum ServiceRating {
  /** Satisfied (满意). */
  SATISFIED,
  /** Basically satisfied (基本满意). */
  BASICALLY_SATISFIED,
  /** Unsatisfied (不满意). */
  UNSATISFIED
}

package org.propdesk.core.ticket;

/**
 * The owner's rating of the work when signing it off, or at the callback (业主评价).
 *
 * @since 0.1.0
 */
public enum OwnerRating {
  /** Satisfied (满意). */
  SATISFIED,
  /** Basically satisfied (基本满意). */
  BASICALLY_SATISFIED,
  /** Unsatisfied (不满意). */
  UNSATISFIED
}

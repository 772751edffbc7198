package org.propdesk.core.complaint;

/**
 * How a complaint counts in reports (投诉有效性): the outcome of the validity judgement (PROCEDURES §5),
 * or that it was merged into the complaint it repeats. Thread-safe (an enum).
 *
 * @since 0.1.0
 */
public enum ComplaintValidity {
  /** Not judged yet (待判定). */
  UNJUDGED,
  /** Judged valid (有效投诉), whatever its state since. */
  VALID,
  /** Judged invalid (无效投诉) and not reversed. */
  INVALID,
  /** Linked as a repeat raising of another complaint (重复投诉，已合并): counted there. */
  MERGED
}

package org.propdesk.core.ticket;

/**
 * Why a report is called back (回访原因), PROCEDURES §6.
 *
 * @since 0.1.0
 */
public enum CallbackReason {
  /** Every paid job is called back (有偿必回访). */
  PAID,
  /** Drawn in the weekly random sample of free jobs (无偿抽样回访). */
  SAMPLED,
  /** The owner signed without a rating, or nobody signed within the time allowed (未评价). */
  UNRATED,
  /** The owner signed but rated the work unsatisfied (验收不满意). */
  RATED_UNSATISFIED
}

package org.propdesk.core.service;

/**
 * What a recurring visit does when its day is not a working day in the work calendar (节假日规则).
 *
 * @since 0.1.0
 */
public enum HolidayRule {
  /** Keep the day, e.g. weekend cleaning (照常). */
  KEEP,
  /** Move to the next working day (顺延至下一工作日). */
  NEXT_WORKING_DAY,
  /** Skip that visit (跳过). */
  SKIP
}

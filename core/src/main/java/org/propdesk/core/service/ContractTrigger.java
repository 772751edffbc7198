package org.propdesk.core.service;

/**
 * What can happen to a recurring service contract (定期服务合同触发).
 *
 * @since 0.1.0
 */
public enum ContractTrigger {
  /** The calendar generated a planned visit (生成服务单). */
  GENERATE_VISIT,
  /** The calendar generated the last planned visit (生成最后一次服务). */
  GENERATE_LAST_VISIT,
  /** Ended early at the owner's or the office's request (提前终止). */
  TERMINATE
}

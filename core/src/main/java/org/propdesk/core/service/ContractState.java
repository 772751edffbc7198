package org.propdesk.core.service;

/**
 * Where a recurring service contract stands (定期服务合同状态).
 *
 * @since 0.1.0
 */
public enum ContractState {
  /** Signed and running: its calendar generates visits (执行中). */
  ACTIVE,
  /** Every planned visit was generated (已到期). */
  ENDED,
  /** Ended early, with a reason (已终止). */
  TERMINATED
}

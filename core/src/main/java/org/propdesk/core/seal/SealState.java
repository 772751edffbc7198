package org.propdesk.core.seal;

/**
 * Where a registered seal stands (印章状态).
 *
 * @since 0.1.0
 */
public enum SealState {
  /** Registered, awaiting the general manager's approval to start using it (待启用). */
  PENDING_START,
  /** In use (使用中). */
  IN_USE,
  /** Reported lost or damaged: out of use at once (遗失/损坏). */
  LOST_OR_DAMAGED,
  /** Stopped with the general manager's approval, recalled and archived (已停用). */
  RETIRED,
  /** Destroyed with the general manager's approval (已销毁). */
  DESTROYED
}

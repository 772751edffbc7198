package org.propdesk.core.seal;

/**
 * What a pending request on a seal asks the general manager to approve (待批事项).
 *
 * @since 0.1.0
 */
public enum SealRequestKind {
  /** Start using the seal (启用). */
  START,
  /** Stop using it (停用). */
  STOP,
  /** Accept its loss or damage (遗失/损坏处理). */
  LOSS,
  /** Destroy it (销毁). */
  DESTRUCTION
}

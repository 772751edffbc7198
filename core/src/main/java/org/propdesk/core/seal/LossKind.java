package org.propdesk.core.seal;

/**
 * How a seal went out of use unplanned (遗失或损坏).
 *
 * @since 0.1.0
 */
public enum LossKind {
  /** Lost (遗失). */
  LOST,
  /** Damaged (损坏). */
  DAMAGED
}

package org.propdesk.core.lifecycle;

/**
 * A lifecycle table that fails its own verification (状态机定义错误): an unreachable state, a dead end,
 * a terminal state with a way out, or a duplicate row. Raised when the table is built, so a broken
 * table never reaches production. Immutable.
 *
 * @since 0.1.0
 */
public final class LifecycleDefinitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the lifecycle and the fault. */
  public LifecycleDefinitionException(String message) {
    super(message);
  }
}

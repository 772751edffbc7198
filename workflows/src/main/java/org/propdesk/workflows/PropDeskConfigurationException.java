package org.propdesk.workflows;

/**
 * A {@link PropDesk.Builder} was given a part twice or not at all (配置错误). The message names the
 * part and how to set it. Immutable.
 *
 * @since 0.1.0
 */
public final class PropDeskConfigurationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public PropDeskConfigurationException(String message) {
    super(message);
  }
}

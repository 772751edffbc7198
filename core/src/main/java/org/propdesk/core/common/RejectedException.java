package org.propdesk.core.common;

/**
 * Thrown only by {@link Result#orElseThrow()}, for callers who prefer an exception to inspecting a
 * rejected {@link Result}. Carries the {@link Rejection}; immutable.
 *
 * @since 0.1.0
 */
public final class RejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Rejection rejection;

  /** Wraps a rejection. */
  public RejectedException(Rejection rejection) {
    super(rejection.toString());
    this.rejection = rejection;
  }

  /** The rejection. */
  public Rejection rejection() {
    return rejection;
  }
}

package org.propdesk.testkit;

/**
 * A seeded scenario broke an invariant (场景失败). The message names the seed, the step and how to
 * replay it. Immutable.
 *
 * @since 0.1.0
 */
public final class ScenarioFailure extends AssertionError {
  private static final long serialVersionUID = 1L;
  private final long seed;

  /** Creates the failure. */
  public ScenarioFailure(long seed, String message, Throwable cause) {
    super(message, cause);
    this.seed = seed;
  }

  /** The seed that fails. */
  public long seed() {
    return seed;
  }
}

package org.propdesk.core.lifecycle;

import java.util.Optional;

/**
 * The answer of a lifecycle to "may these roles fire this trigger now?" (迁移许可).
 *
 * <p>Exactly one of three outcomes: {@link Outcome#PERMITTED} with the target state, {@link
 * Outcome#NOT_IN_STATE} or {@link Outcome#ROLE_NOT_PERMITTED}. Immutable.
 *
 * @param outcome the outcome
 * @param target the target state when permitted
 * @param <S> the state type
 * @since 0.1.0
 */
public record Permission<S extends Enum<S>>(Outcome outcome, Optional<S> target) {
  /** The three possible outcomes. */
  public enum Outcome {
    /** The trigger may fire. */
    PERMITTED,
    /** The trigger is not defined from the current state. */
    NOT_IN_STATE,
    /** The trigger is defined, but none of the roles may fire it. */
    ROLE_NOT_PERMITTED
  }

  /** Whether the trigger may fire. */
  public boolean isPermitted() {
    return outcome == Outcome.PERMITTED;
  }
}

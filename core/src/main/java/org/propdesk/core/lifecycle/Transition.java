package org.propdesk.core.lifecycle;

import java.util.Set;

import com.google.common.collect.ImmutableSet;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.Role;

/**
 * One row of a lifecycle table (状态迁移): from a state, a trigger leads to a state, and only the named
 * roles may fire it.
 *
 * @param from the source state
 * @param trigger what fires it
 * @param to the target state (may equal {@code from}: the trigger records something without moving)
 * @param roles the roles allowed to fire it, never empty
 * @param <S> the state type
 * @param <T> the trigger type
 * @since 0.1.0
 */
public record Transition<S extends Enum<S>, T extends Enum<T>>(S from, T trigger, S to, Set<Role> roles) {
  /** Checks the parts. */
  public Transition {
    Check.present("from", from);
    Check.present("trigger", trigger);
    Check.present("to", to);
    roles = ImmutableSet.copyOf(Check.present("roles", roles));
    Check.that(!roles.isEmpty(), "roles", "a transition names at least one role");
  }

  /** Whether any of {@code held} may fire this transition. */
  public boolean permits(java.util.Set<Role> held) {
    return held.stream().anyMatch(roles::contains);
  }
}

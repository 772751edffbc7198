/**
 * Lifecycles as data (状态机): a table of (state, trigger) → state, with the roles allowed to fire
 * each transition.
 *
 * <p>A {@link org.propdesk.core.lifecycle.Lifecycle} is built once, verifies itself when built (every
 * state reachable, no dead ends, terminal states absorbing), has no side effects and exports a Mermaid
 * diagram. Immutable and thread-safe; nothing is {@code null}.
 */
@NullMarked
package org.propdesk.core.lifecycle;

import org.jspecify.annotations.NullMarked;

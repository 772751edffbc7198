package org.propdesk.workflows;

import org.propdesk.core.common.Result;
import org.propdesk.core.spi.TimerEntry;

/**
 * What a due timer of one kind does to its aggregate (定时处理), registered on the aggregate's {@link
 * AggregateRoute}. The timer sweep claims the timer, loads the aggregate, calls this in the same
 * transaction, records an accepted change (save, journal, outbox, timers) and marks the timer fired.
 *
 * <p>Must be pure apart from {@link CommandContext#schedule}: it is called again if the transaction
 * meets a concurrent writer. A rejection, or an accepted result with the same version, changes nothing.
 * Implementations must be thread-safe (sweeps may run on several threads); arguments are non-null.
 *
 * @param <A> the aggregate's class
 * @since 0.1.0
 */
@FunctionalInterface
public interface TimerHandler<A> {
  /** Decides what the timer does to {@code current}, as the system actor at the context's clock. */
  Result<A> fire(A current, TimerEntry timer, CommandContext context);
}

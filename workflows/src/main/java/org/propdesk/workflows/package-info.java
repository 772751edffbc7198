/**
 * The procedure kernel and the facade (流程内核与门面): {@link org.propdesk.workflows.PropDesk} and its
 * builder; the one command pipeline every procedure runs through ({@link
 * org.propdesk.workflows.Kernel}, {@link org.propdesk.workflows.CommandContext}); the descriptors a
 * procedure plugs in with ({@link org.propdesk.workflows.Procedure}, {@link
 * org.propdesk.workflows.AggregateRoute}, {@link org.propdesk.workflows.TimerHandler}); the SLA timer
 * sweep, the outbox relay and the audit trail; the Jackson codecs.
 *
 * <p>No class here but the facade names a procedure; each procedure's use cases live in a sub-package
 * ({@code complaint}, {@code supervision}, {@code visitor}, ...). A command reads like the procedure:
 * load, decide (the aggregate), save with the expected version, journal, outbox, timers, one log line,
 * result. Logging goes through the SLF4J API only (no binding is shipped) and never contains raw
 * personal data. Nothing is {@code null} unless marked.
 */
@NullMarked
package org.propdesk.workflows;

import org.jspecify.annotations.NullMarked;

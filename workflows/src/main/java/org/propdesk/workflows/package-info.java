/**
 * The procedures as use cases (业务流程), behind the {@link org.propdesk.workflows.PropDesk} facade:
 * complaint handling, the SLA timer sweep, the outbox relay and the daily review.
 *
 * <p>Each command handler reads like the procedure: load, decide (the aggregate), save with the
 * expected version, journal, outbox, log one line, return the result. Logging goes through the SLF4J
 * API only (no binding is shipped) and never contains raw personal data. Nothing is {@code null}.
 */
@NullMarked
package org.propdesk.workflows;

import org.jspecify.annotations.NullMarked;

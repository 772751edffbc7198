/**
 * Incident and repair reports as use cases (报事报修管理, PROCEDURES §6): {@link
 * org.propdesk.workflows.ticket.TicketDesk} and the procedure's descriptor {@link
 * org.propdesk.workflows.ticket.Tickets}. Not built in: register {@code Tickets.PROCEDURE} with the
 * facade's builder. The subpackage {@code port} is the call port other procedures open reports through.
 */
@NullMarked
package org.propdesk.workflows.ticket;

import org.jspecify.annotations.NullMarked;

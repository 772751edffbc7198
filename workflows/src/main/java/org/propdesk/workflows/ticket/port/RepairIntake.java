package org.propdesk.workflows.ticket.port;

import org.propdesk.core.common.Result;
import org.propdesk.core.ticket.port.RepairReference;
import org.propdesk.core.ticket.port.RepairRequest;
import org.propdesk.workflows.CommandContext;

/**
 * The repair procedure's published call port (报事报修受理端口): another procedure opens a repair or
 * incident report through it, e.g. a complaint about a broken light, or a patrol finding. Find it with
 * {@code kernel.port(RepairIntake.class)}; it is present when the repair procedure ({@code
 * Tickets.procedure(...)}) is registered with the facade.
 *
 * <p>The report is opened inside the caller's command transaction, so the caller's own change (e.g.
 * the complaint recording the link) and the new report commit together or not at all. The request's
 * origin must be {@link org.propdesk.core.ticket.port.RepairOrigin#COMPLAINT} or {@code PATROL} with
 * the caller's record as its reference. The same checks as a registration at the desk apply: the desk,
 * unit and owner must be of one office the acting staff member may see, and the actor must be allowed
 * to register reports. Implementations are thread-safe; arguments are non-null.
 *
 * @since 0.1.0
 */
public interface RepairIntake {
  /**
   * Opens a report in the caller's transaction.
   *
   * @return the report's reference, or the rejection a desk registration would give
   * @throws org.propdesk.core.common.InvalidInputException naming {@code origin} when the request's
   *     origin is not one another procedure may use
   */
  Result<RepairReference> open(CommandContext context, RepairRequest request);
}

/**
 * The repair procedure's published call port, workflows half (报事报修调用端口): {@link
 * org.propdesk.workflows.ticket.port.RepairIntake}, through which complaints and patrol findings open a
 * report in their own transaction. It imports only the kernel and the core half of the port, so a user
 * never reaches the procedure behind it (ARCHITECTURE §2).
 */
@NullMarked
package org.propdesk.workflows.ticket.port;

import org.jspecify.annotations.NullMarked;

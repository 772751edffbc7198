/**
 * The repair procedure's published call port, core half (报事报修调用端口): what another procedure may
 * name when it opens a repair or incident report — {@link org.propdesk.core.ticket.port.RepairRequest},
 * {@link org.propdesk.core.ticket.port.RepairCategory} and {@link
 * org.propdesk.core.ticket.port.RepairOrigin}. It imports only the kernel, so a complaint or a patrol
 * finding can use it without reaching the procedure behind it (ARCHITECTURE §2). Immutable values;
 * nothing is {@code null}.
 */
@NullMarked
package org.propdesk.core.ticket.port;

import org.jspecify.annotations.NullMarked;

/**
 * The special-service procedure's published call port, workflows half (特约服务调用端口): {@link
 * org.propdesk.workflows.service.port.RepairCharges}, through which the repair procedure opens the order
 * of a paid repair and learns of the owner's consent. It imports only the kernel and the core half of
 * the port (ARCHITECTURE §2).
 */
@NullMarked
package org.propdesk.workflows.service.port;

import org.jspecify.annotations.NullMarked;

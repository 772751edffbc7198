/**
 * The special-service procedure's published call port, core half (特约服务调用端口): {@link
 * org.propdesk.core.service.port.PaidRepair}, what the repair procedure hands over when paid work needs
 * an order. It imports only the kernel (ARCHITECTURE §2). Immutable values; nothing is {@code null}.
 */
@NullMarked
package org.propdesk.core.service.port;

import org.jspecify.annotations.NullMarked;

/**
 * Special contracted services as use cases (特约服务, PROCEDURES §12): {@link
 * org.propdesk.workflows.service.ServiceDesk} and the procedure's descriptor {@link
 * org.propdesk.workflows.service.Services}. Not built in: register {@code Services.PROCEDURE} with the
 * facade's builder. The subpackage {@code port} is the call port the repair procedure charges paid
 * repairs through.
 */
@NullMarked
package org.propdesk.workflows.service;

import org.jspecify.annotations.NullMarked;

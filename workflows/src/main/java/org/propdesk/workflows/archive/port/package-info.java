/**
 * The archive procedure's call port (档案调用端口): {@link org.propdesk.workflows.archive.port.OwnerFiling},
 * through which the home-handover procedure announces that an owner's file is due. It imports only the
 * kernel.
 */
@NullMarked
package org.propdesk.workflows.archive.port;

import org.jspecify.annotations.NullMarked;

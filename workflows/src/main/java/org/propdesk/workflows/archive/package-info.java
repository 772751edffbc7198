/**
 * Property archives as use cases (物业档案管理, PROCEDURES §9): {@link
 * org.propdesk.workflows.archive.ArchiveDesk} and the procedure's descriptor {@link
 * org.propdesk.workflows.archive.Archives}. Not built in: register {@code Archives.PROCEDURE} with the
 * facade's builder. The subpackage {@code port} is the call port the home-handover procedure announces a
 * completed move-in through.
 */
@NullMarked
package org.propdesk.workflows.archive;

import org.jspecify.annotations.NullMarked;

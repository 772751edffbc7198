/**
 * Complaint handling as use cases (投诉处理, manual procedure 5): {@link
 * org.propdesk.workflows.complaint.ComplaintDesk}, its commands, and the procedure's descriptor {@link
 * org.propdesk.workflows.complaint.Complaints} (who hears of which event, the timers a registration
 * sets and what each does when due). Built in: the facade registers it.
 */
@NullMarked
package org.propdesk.workflows.complaint;

import org.jspecify.annotations.NullMarked;

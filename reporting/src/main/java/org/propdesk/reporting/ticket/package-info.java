/**
 * The incident and repair summary (报事报修汇总分析, PROCEDURES §16): {@link
 * org.propdesk.reporting.ticket.RepairAnalyst} reads {@link org.propdesk.reporting.ticket.RepairSummary}
 * through the kernel's aggregations (SQL on JDBC), and {@link
 * org.propdesk.reporting.ticket.RepairSummaryReport} renders it in every format.
 */
@NullMarked
package org.propdesk.reporting.ticket;

import org.jspecify.annotations.NullMarked;

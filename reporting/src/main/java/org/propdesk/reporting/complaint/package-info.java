/**
 * The complaint analysis report (《客户投诉分析报告》, PROCEDURES §16): figures computed by storage
 * aggregations through the kernel's read port, and their tables and charts.
 */
@NullMarked
package org.propdesk.reporting.complaint;

import org.jspecify.annotations.NullMarked;

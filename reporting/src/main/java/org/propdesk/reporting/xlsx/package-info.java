/**
 * Excel output of the reports (Excel导出), streamed with fastexcel: one sheet per table.
 */
@NullMarked
package org.propdesk.reporting.xlsx;

import org.jspecify.annotations.NullMarked;

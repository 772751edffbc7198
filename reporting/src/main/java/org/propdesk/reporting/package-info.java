/**
 * The report model (报表模型): a {@link org.propdesk.reporting.Report} is data (tables, charts, locale-neutral
 * {@link org.propdesk.reporting.Text}s) rendered by one writer per format; a register of any procedure
 * is a query plus a {@link org.propdesk.reporting.Table}, with no formatting code of its own.
 */
@NullMarked
package org.propdesk.reporting;

import org.jspecify.annotations.NullMarked;

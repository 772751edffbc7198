/**
 * JSON output of the reports (JSON导出), in the documented shape {@code propdesk-report/1}.
 */
@NullMarked
package org.propdesk.reporting.json;

import org.jspecify.annotations.NullMarked;

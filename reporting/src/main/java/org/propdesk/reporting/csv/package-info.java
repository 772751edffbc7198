/**
 * CSV output of the reports (CSV导出): UTF-8 with a byte-order mark, RFC 4180 quoting, formula
 * injection defused, personal data masked unless the caller holds the permission.
 */
@NullMarked
package org.propdesk.reporting.csv;

import org.jspecify.annotations.NullMarked;

/**
 * The daily-clear and weekly-summary records (日清周结) of an office, as a report in every format.
 */
@NullMarked
package org.propdesk.reporting.supervision;

import org.jspecify.annotations.NullMarked;

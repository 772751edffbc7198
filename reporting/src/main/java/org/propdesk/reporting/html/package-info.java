/**
 * HTML output of the reports (网页导出): one self-contained file with charts drawn as inline SVG.
 */
@NullMarked
package org.propdesk.reporting.html;

import org.jspecify.annotations.NullMarked;

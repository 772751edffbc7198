/**
 * Supervision of the front desk (日清周结, seed 4.5.1 and 4.5.5): the daily work log of each desk,
 * derived from what happened, and the customer supervisor's daily review of it.
 *
 * <p>Immutable values; nothing is {@code null}.
 */
@NullMarked
package org.propdesk.core.supervision;

import org.jspecify.annotations.NullMarked;

/**
 * The visitor and appointment log (来访/预约登记, seed 4.4.5): a visitor is registered, the person
 * visited is told, arrival and departure are recorded, and a visitor still on site at the office's
 * closing time is flagged. The aggregate {@link org.propdesk.core.visitor.Visit}, its lifecycle table,
 * its policy {@link org.propdesk.core.visitor.VisitRules} and its events.
 */
@NullMarked
package org.propdesk.core.visitor;

import org.jspecify.annotations.NullMarked;

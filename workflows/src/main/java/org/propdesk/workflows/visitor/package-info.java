/**
 * The visitor and appointment log as use cases (来访/预约登记, seed 4.4.5): {@link
 * org.propdesk.workflows.visitor.VisitorLog} and the procedure's descriptor {@link
 * org.propdesk.workflows.visitor.Visits}. Not built in: register {@code Visits.PROCEDURE} with the
 * facade's builder.
 */
@NullMarked
package org.propdesk.workflows.visitor;

import org.jspecify.annotations.NullMarked;

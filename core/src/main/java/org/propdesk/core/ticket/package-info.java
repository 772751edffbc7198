/**
 * Incident and repair reports (报事报修, PROCEDURES §6, with the front-desk rules of §4): the {@link
 * org.propdesk.core.ticket.Ticket} aggregate, its lifecycle table {@link
 * org.propdesk.core.ticket.TicketLifecycle#TABLE}, its policies ({@link
 * org.propdesk.core.ticket.TicketClocks} per category, {@link org.propdesk.core.ticket.CallbackSampling},
 * {@link org.propdesk.core.ticket.TicketPolicies}) and its events.
 *
 * <p>Invariants: every change increments the version by exactly one and appends to the history; the
 * resolution clock never runs while the work is paused, so a pause moves the deadline by exactly its
 * length; a transfer to another technician keeps every clock; terminal reports never change. The
 * subpackage {@code port} is the procedure's published call port. Immutables style: hidden {@code
 * Immutable*} implementations, strict builders. Nothing is {@code null}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    strictBuilder = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package org.propdesk.core.ticket;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

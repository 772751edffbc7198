/**
 * Supervision as use cases (日清周结, seed 4.5): each desk's daily work log, derived from the
 * procedure-neutral activity feed of every registered procedure, and the customer supervisor's daily
 * review. Built in: the facade registers it.
 */
@NullMarked
package org.propdesk.workflows.supervision;

import org.jspecify.annotations.NullMarked;

/**
 * Complaint handling (投诉处理, manual procedure 5, with the front-desk rules of procedure 4).
 *
 * <p>The {@link org.propdesk.core.complaint.Complaint} aggregate is an immutable snapshot; its command
 * methods return a {@link org.propdesk.core.common.Result} with the next snapshot and its events, or a
 * rejection. Its lifecycle is the table {@link org.propdesk.core.complaint.ComplaintLifecycle#TABLE}.
 * Policies ({@link org.propdesk.core.complaint.ComplaintClassifier}, {@link
 * org.propdesk.core.complaint.ComplaintRouting}, {@link org.propdesk.core.complaint.ReplyWording},
 * {@link org.propdesk.core.complaint.ComplaintTimers}, {@link
 * org.propdesk.core.complaint.RepeatMatching}) carry every rule and default.
 *
 * <p>Invariants: every change increments the version by exactly one and appends to the history;
 * class never moves down except by an authorised {@code DOWNGRADE} with a reason; the automatic
 * upgrade (criterion c) happens at most once; terminal complaints never change. Immutables style:
 * hidden {@code Immutable*} implementations, strict builders, Guava collections. Nothing is {@code
 * null}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    strictBuilder = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package org.propdesk.core.complaint;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

/**
 * Runnable examples (示例): {@link org.propdesk.examples.MonthDemo}, a simulated month of complaints for
 * a company with three management offices, and {@link org.propdesk.examples.CustomNotifierExample}, an
 * integrator's own notifier. {@link org.propdesk.examples.ReadmeDiagrams} regenerates the README's
 * lifecycle diagrams.
 *
 * <p>Examples read time only from their own simulated clock; a logging binding is present at run time
 * only. Nothing is {@code null}.
 */
@NullMarked
package org.propdesk.examples;

import org.jspecify.annotations.NullMarked;

package org.propdesk.core.complaint;

import org.propdesk.core.common.Check;

/**
 * The callback to the owner after resolution (回访).
 *
 * @param outcome satisfied, unsatisfied or unreachable
 * @param comment what was said, or why the owner could not be reached; 1-1000 characters
 * @since 0.1.0
 */
public record Callback(CallbackOutcome outcome, String comment) {
  /** Checks the parts. */
  public Callback {
    Check.present("outcome", outcome);
    comment = Check.text("comment", comment, 1000);
  }
}

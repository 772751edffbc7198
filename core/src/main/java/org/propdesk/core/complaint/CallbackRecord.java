package org.propdesk.core.complaint;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * A recorded callback (回访记录). Immutable.
 *
 * @param at when
 * @param outcome the owner's answer
 * @param comment what was said
 * @param by who called
 * @param byName their name
 * @since 0.1.0
 */
public record CallbackRecord(Instant at, CallbackOutcome outcome, String comment, StaffId by, String byName) {
  /** Checks the parts. */
  public CallbackRecord {
    Check.present("at", at);
    Check.present("outcome", outcome);
    Check.present("comment", comment);
    Check.present("by", by);
    Check.present("byName", byName);
  }
}

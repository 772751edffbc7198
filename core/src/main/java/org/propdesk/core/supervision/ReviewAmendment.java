package org.propdesk.core.supervision;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * An amendment of a daily review (检查记录更正), PROCEDURES §4: the note it replaced, why, by whom and
 * when. Amendments are appended, never changed. Immutable and thread-safe; no component is null.
 *
 * @param at when it was amended
 * @param by the supervisor who amended it
 * @param byName their name
 * @param previousNote the note before the amendment (may be empty text)
 * @param reason why it was amended, 1-1000 characters
 * @since 0.1.0
 */
public record ReviewAmendment(Instant at, StaffId by, String byName, String previousNote, String reason) {
  /** Checks the parts. */
  public ReviewAmendment {
    Check.present("at", at);
    Check.present("by", by);
    Check.present("byName", byName);
    Check.present("previousNote", previousNote);
    Check.present("reason", reason);
  }
}

package org.propdesk.core.complaint;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * One line of a complaint's history (处理记录): a trigger fired by someone at an instant, and the state
 * it led to. The registration is the first line and has no trigger.
 *
 * @param at when
 * @param trigger what fired; empty for the registration
 * @param to the state after it
 * @param by who fired it
 * @param byName their name, recorded as the handler (处理人)
 * @param note a short note: the reply, the reason, the outcome
 * @since 0.1.0
 */
public record HistoryEntry(
    Instant at, Optional<ComplaintTrigger> trigger, ComplaintState to, StaffId by, String byName, String note) {
  /** Checks the parts. */
  public HistoryEntry {
    Check.present("at", at);
    Check.present("trigger", trigger);
    Check.present("to", to);
    Check.present("by", by);
    Check.present("byName", byName);
    Check.present("note", note);
  }

  /** Whether this line records {@code fired}; false for the registration line. */
  public boolean records(ComplaintTrigger fired) {
    return trigger.filter(t -> t == fired).isPresent();
  }
}

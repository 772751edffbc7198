package org.propdesk.core.service;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * One line of an order's history (服务记录): a trigger fired by someone at an instant, and the state it
 * led to. The request is the first line and has no trigger. Immutable and thread-safe.
 *
 * @param at when
 * @param trigger what fired; empty for the request
 * @param to the state after it
 * @param by who fired it
 * @param byName their name
 * @param note a short note
 * @since 0.1.0
 */
public record ServiceHistoryEntry(
    Instant at, Optional<ServiceOrderTrigger> trigger, ServiceOrderState to, StaffId by, String byName, String note) {
  /** Checks the parts. */
  public ServiceHistoryEntry {
    Check.present("at", at);
    Check.present("trigger", trigger);
    Check.present("to", to);
    Check.present("by", by);
    Check.present("byName", byName);
    Check.present("note", note);
  }
}

package org.propdesk.core.service;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * One callback attempt on a special-service order (回访记录). Immutable and thread-safe.
 *
 * @param at when
 * @param by who called
 * @param rating the owner's rating; empty when unreachable
 * @param comment what was said, 1-500 characters
 * @since 0.1.0
 */
public record OrderCallback(Instant at, StaffId by, Optional<ServiceRating> rating, String comment) {
  /** Checks the parts. */
  public OrderCallback {
    Check.present("at", at);
    Check.present("by", by);
    Check.present("rating", rating);
    comment = Check.text("comment", comment, 500);
  }
}

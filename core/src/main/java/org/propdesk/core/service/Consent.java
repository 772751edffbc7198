package org.propdesk.core.service;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.StaffId;

/**
 * The owner's signed answer to a quote (业主签字): consent to the price, or a refusal, before any work
 * (PROCEDURES §12). Immutable and thread-safe.
 *
 * @param accepted whether the owner consented
 * @param signedBy the name the owner signed with
 * @param amount the quoted total they answered
 * @param at when they signed
 * @param recordedBy who recorded it
 * @param reason for a refusal, what the owner said
 * @since 0.1.0
 */
public record Consent(boolean accepted, String signedBy, Money amount, Instant at, StaffId recordedBy, Optional<String> reason) {
  /** Checks the parts. */
  public Consent {
    signedBy = Check.line("signedBy", signedBy, 50);
    Check.present("amount", amount);
    Check.present("at", at);
    Check.present("recordedBy", recordedBy);
    Check.present("reason", reason);
  }
}

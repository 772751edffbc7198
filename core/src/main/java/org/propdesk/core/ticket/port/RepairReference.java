package org.propdesk.core.ticket.port;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * The report a caller opened through the repair intake (报事报修回执): its id, office, state and when it
 * counts as reported, so the caller can record the link. Immutable and thread-safe.
 *
 * @param ticketId the report's id
 * @param office its office
 * @param state its state, by name (e.g. {@code REGISTERED})
 * @param reportedAt when it counts as reported
 * @since 0.1.0
 */
public record RepairReference(String ticketId, OfficeId office, String state, Instant reportedAt) {
  /** Checks the parts. */
  public RepairReference {
    Check.id("ticketId", ticketId);
    Check.present("office", office);
    Check.text("state", state, 64);
    Check.present("reportedAt", reportedAt);
  }
}

package org.propdesk.workflows;

import java.time.Clock;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notifier;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.WorkCalendar;

/** The parts a {@link PropDesk} was built from, shared by its services. Immutable. */
record Wiring(
    Clock clock,
    IdSource ids,
    Storage storage,
    Notifier notifier,
    Directory directory,
    WorkCalendar calendar,
    ComplaintPolicies complaintPolicies,
    RetryPolicy retryPolicy) {

  /** The clock's instant, to the millisecond (what every store keeps). */
  java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}

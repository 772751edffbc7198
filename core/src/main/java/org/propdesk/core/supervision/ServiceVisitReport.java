package org.propdesk.core.supervision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.owner.OwnerId;

/**
 * What the customer supervisor reports of a visit to an owner about front-desk service (主管走访记录),
 * seed 4.5.5. Immutable and thread-safe; no component is null.
 *
 * @param office the office whose front desk the visit was about
 * @param owner the owner visited; must live in a unit of the office
 * @param mode how the owner was reached
 * @param visitedAt when, if earlier than the recording (at most 24 hours back); empty means now
 * @param findings what the owner said of the front desk's service and what the supervisor found,
 *     1-2000 characters
 *
 * @since 0.1.0
 */
public record ServiceVisitReport(OfficeId office, OwnerId owner, VisitMode mode, Optional<Instant> visitedAt, String findings) {
  /** The longest findings text, in characters. */
  public static final int MAX_FINDINGS = 2000;

  /** Checks the parts. */
  public ServiceVisitReport {
    Check.present("office", office);
    Check.present("owner", owner);
    Check.present("mode", mode);
    visitedAt = Check.present("visitedAt", visitedAt).map(t -> t.truncatedTo(ChronoUnit.MILLIS));
    findings = Check.text("findings", findings, MAX_FINDINGS);
  }

  /** A visit made now. */
  public static ServiceVisitReport now(OfficeId office, OwnerId owner, VisitMode mode, String findings) {
    return new ServiceVisitReport(office, owner, mode, Optional.empty(), findings);
  }

  /** This report of a visit made at {@code at}. */
  public ServiceVisitReport at(Instant at) {
    return new ServiceVisitReport(office, owner, mode, Optional.of(Check.present("visitedAt", at)), findings);
  }

  /** Shows the findings' length only: they may quote the owner. */
  @Override
  public String toString() {
    return "ServiceVisitReport[office=" + office + ", owner=" + owner + ", mode=" + mode
        + visitedAt.map(t -> ", visitedAt=" + t).orElse("") + ", findings=" + findings.length() + " chars]";
  }
}

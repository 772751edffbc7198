package org.propdesk.core.service.port;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.owner.OwnerId;

/**
 * A paid repair reported through the repair procedure (有偿维修), for which the special-service procedure
 * opens an order that carries its quote, the owner's consent and the charge (PROCEDURES §6 and §12).
 * Part of the special-service procedure's published call port. Immutable and thread-safe; {@code
 * toString} masks the phone. Nothing is {@code null}.
 *
 * @param ticketId the repair report
 * @param office its office
 * @param desk the desk that registered it
 * @param unit the unit concerned, if inside one
 * @param owner the owner or resident, if known
 * @param contactName whom to call, if given
 * @param contactPhone their phone (personal data)
 * @param description what was reported, 1-2000 characters
 * @param reportedAt when the owner reported it: the order is quoted from the price list in force then
 * @since 0.1.0
 */
public record PaidRepair(String ticketId, OfficeId office, FrontDeskId desk, Optional<UnitId> unit, Optional<OwnerId> owner,
    Optional<String> contactName, Optional<PhoneNumber> contactPhone, String description, Instant reportedAt) {
  /** Checks the parts. */
  public PaidRepair {
    Check.id("ticketId", ticketId);
    Check.present("office", office);
    Check.present("desk", desk);
    Check.present("unit", unit);
    Check.present("owner", owner);
    Check.present("contactName", contactName);
    Check.present("contactPhone", contactPhone);
    description = Check.text("description", description, 2000);
    Check.present("reportedAt", reportedAt);
  }

  @Override
  public String toString() {
    return "PaidRepair{" + ticketId + ", " + office + unit.map(u -> ", unit=" + u).orElse("")
        + contactPhone.map(p -> ", phone=" + p).orElse("") + "}";
  }
}

package org.propdesk.core.deposit;

import java.time.Instant;
import java.time.LocalDate;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * A renovation acceptance inspection, recorded as a fact (装修验收记录): when it took place, the
 * inspector (a staff member of the office), whether it passed, and a note. A renovation deposit is
 * refunded only after a passed one; the latest recorded inspection counts. Immutable and thread-safe.
 *
 * @param inspectedOn the day of the inspection, not in the future
 * @param inspector who inspected
 * @param passed whether the renovation passed
 * @param note what was found, at most 200 characters
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 * @since 0.1.0
 */
public record RenovationAcceptance(LocalDate inspectedOn, StaffId inspector, boolean passed, String note, Instant recordedAt,
    StaffId recordedBy) {
  /** Checks the parts. */
  public RenovationAcceptance {
    Check.present("inspectedOn", inspectedOn);
    Check.present("inspector", inspector);
    note = Check.text("note", note, 200);
    Check.present("recordedAt", recordedAt);
    Check.present("recordedBy", recordedBy);
  }
}

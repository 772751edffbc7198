package org.propdesk.core.seal;

import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * A seal to register (印章登记): its type, its name as engraved, its custodian and why it is made.
 * Immutable and thread-safe.
 *
 * @param type what kind of seal
 * @param name its name as engraved, one line of at most 100 characters
 * @param custodian the staff member who keeps it (the office director for an office seal)
 * @param reason why it is made, at most 500 characters
 * @since 0.1.0
 */
public record SealDraft(SealType type, String name, StaffId custodian, String reason) {
  /** Checks the parts. */
  public SealDraft {
    Check.present("type", type);
    name = Check.line("name", name, 100);
    Check.present("custodian", custodian);
    reason = Check.text("reason", reason, 500);
  }
}

package org.propdesk.core.archive;

import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * A witness of a destruction and the name they signed with (监销人签字). Immutable and thread-safe.
 *
 * @param staff the witness, a staff member
 * @param signedName the name they signed, one line of at most 50 characters
 * @since 0.1.0
 */
public record Witness(StaffId staff, String signedName) {
  /** Checks the parts. */
  public Witness {
    Check.present("staff", staff);
    signedName = Check.line("signedName", signedName, 50);
  }
}

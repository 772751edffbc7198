package org.propdesk.core.archive;

import java.time.Instant;
import org.propdesk.core.common.Check;

/**
 * A request to borrow an archive item (借阅申请): which item, what for, whether to take it out of the
 * archive room (reading in the room is the default), and when it comes back. Immutable and thread-safe.
 *
 * @param item the item
 * @param purpose what for, at most 200 characters
 * @param takeOut whether to take it out of the room, which needs the director's approval
 * @param returnBy when it comes back
 * @since 0.1.0
 */
public record LoanDraft(ArchiveItemId item, String purpose, boolean takeOut, Instant returnBy) {
  /** Checks the parts. */
  public LoanDraft {
    Check.present("item", item);
    purpose = Check.text("purpose", purpose, 200);
    Check.present("returnBy", returnBy);
  }

  /** A request to read {@code item} in the archive room until {@code returnBy}. */
  public static LoanDraft inRoom(ArchiveItemId item, String purpose, Instant returnBy) {
    return new LoanDraft(item, purpose, false, returnBy);
  }
}

package org.propdesk.workflows;

import java.util.List;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalVerification;

/**
 * The audit trail (审计追踪): reads and verifies each office's hash-chained journal. For the host's
 * auditors; it is not office-scoped. Thread-safe.
 */
public final class AuditTrail {
  private final Wiring w;

  AuditTrail(Wiring w) {
    this.w = w;
  }

  /** Verifies the office's chain and reports the first broken link. */
  public JournalVerification verify(OfficeId office) {
    Check.present("office", office);
    return w.storage().inTransaction(tx -> tx.journal().verify(office));
  }

  /** Up to {@code limit} entries of the office's chain from {@code fromSeq}, in order. */
  public List<JournalEntry> entries(OfficeId office, long fromSeq, int limit) {
    Check.present("office", office);
    Check.that(fromSeq >= 1, "fromSeq", "must be at least 1");
    Check.that(limit > 0 && limit <= 10_000, "limit", "must be 1-10000");
    return w.storage().inTransaction(tx -> tx.journal().entries(office, fromSeq, limit));
  }
}

package org.propdesk.core.spi;

import java.util.List;
import org.propdesk.core.org.OfficeId;

/**
 * The append-only, hash-chained journal (审计日志), one chain per office.
 *
 * <p>{@link #append} stages an entry in the current transaction; the storage assigns its {@code seq}
 * and hashes when it commits, so concurrent appends to one office never fork the chain: they are
 * serialised per office. Entries are never updated or deleted through the SPI. Reads see committed
 * entries (plus, within a transaction, nothing of its own staged entries). Thread-safety: as the
 * enclosing {@link StorageTransaction}.
 */
public interface Journal {
  /** Stages an entry; it is chained at commit, or discarded on rollback. */
  void append(JournalDraft draft);

  /** Up to {@code limit} committed entries of the office's chain with {@code seq >= fromSeq}, in order. */
  List<JournalEntry> entries(OfficeId office, long fromSeq, int limit);

  /**
   * The office's whole chain in order, read page by page through {@link #entries} so that it is never
   * loaded whole. Use it inside the transaction that gave this journal.
   */
  default Iterable<JournalEntry> chain(OfficeId office) {
    return new JournalPages(this, office);
  }

  /**
   * Verifies the office's whole chain and reports the first broken link. Implementations stream the
   * chain in pages; {@link JournalVerification#of} does the checking.
   */
  default JournalVerification verify(OfficeId office) {
    return JournalVerification.of(office, chain(office));
  }
}

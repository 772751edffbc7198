package org.propdesk.core.spi;

import java.util.List;
import org.propdesk.core.org.OfficeId;

/**
 * The append-only, hash-chained journal (审计日志), one chain per office.
 *
 * <p>{@link #append} stages an entry in the current transaction; it is stored at commit and chained
 * into its office's chain (a {@code seq} from 1 and hashes) either at once or later by {@link #seal}.
 * Appending never holds an office-wide lock through the commit: a storage may store entries unsealed
 * and chain them when {@link #seal} runs (the kernel seals on every timer sweep and before every
 * audit). Entries are never updated or deleted through the SPI, except that sealing sets an unsealed
 * entry's place in the chain once. {@link #entries}, {@link #chain} and {@link #verify} see sealed
 * entries; the {@link #head} moves with each seal. Thread-safety: as the enclosing {@link
 * StorageTransaction}. Contract suite: {@code org.propdesk.testkit.JournalContract}.
 *
 * @since 0.1.0
 */
public interface Journal {
  /** Stages an entry; it is stored at commit (and chained at once or by a later seal), or discarded on rollback. */
  void append(JournalDraft draft);

  /**
   * Chains every committed, unsealed entry of the office, in the order the storage stored them, after
   * the office's head, and moves the head. Takes effect with the transaction; two concurrent seals of
   * one office never fork the chain (one waits for, or fails against, the other). A storage that
   * chains at commit returns 0.
   *
   * @return how many entries were sealed
   */
  long seal(OfficeId office);

  /** The office's head: the last sealed entry's seq and hash, as stored beside the chain. */
  JournalHead head(OfficeId office);

  /** Up to {@code limit} sealed entries of the office's chain with {@code seq >= fromSeq}, in order. */
  List<JournalEntry> entries(OfficeId office, long fromSeq, int limit);

  /**
   * The office's whole sealed chain in order, read page by page through {@link #entries} so that it is
   * never loaded whole. Use it inside the transaction that gave this journal.
   */
  default Iterable<JournalEntry> chain(OfficeId office) {
    return new JournalPages(this, office);
  }

  /**
   * Verifies the office's sealed chain against its stored head and reports the first bad entry:
   * an altered, missing, inserted or reordered entry, or a chain that ends before or after its head.
   */
  default JournalVerification verify(OfficeId office) {
    return JournalVerification.of(office, chain(office), head(office), java.util.Optional.empty());
  }

  /**
   * Verifies as {@link #verify(OfficeId)}, and also that the chain still holds the {@code anchored}
   * head exported earlier: catches a journal rolled back together with its stored head.
   */
  default JournalVerification verify(OfficeId office, JournalHead anchored) {
    return JournalVerification.of(office, chain(office), head(office), java.util.Optional.of(anchored));
  }
}

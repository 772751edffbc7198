package org.propdesk.core.spi;

import java.util.Optional;
import org.propdesk.core.org.OfficeId;

/**
 * The result of verifying one office's journal chain (审计链校验).
 *
 * @param office the office
 * @param entriesChecked how many entries were read
 * @param firstBrokenSeq the first entry whose link or hash does not match; empty when intact
 * @param problem what is wrong at that entry; empty when intact
 */
public record JournalVerification(
    OfficeId office, long entriesChecked, Optional<Long> firstBrokenSeq, Optional<String> problem) {

  /** Whether the chain is intact. */
  public boolean intact() {
    return firstBrokenSeq.isEmpty();
  }

  /** Verifies entries in sequence order, stopping at the first broken link. */
  public static JournalVerification of(OfficeId office, Iterable<JournalEntry> entriesInOrder) {
    String prev = JournalEntry.GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    for (JournalEntry e : entriesInOrder) {
      checked++;
      if (e.seq() != expectedSeq) {
        return broken(office, checked, e.seq(), "expected seq " + expectedSeq + " but found " + e.seq());
      }
      if (!e.prevHash().equals(prev)) {
        return broken(office, checked, e.seq(), "prevHash does not match the previous entry's hash");
      }
      if (!e.draft().office().equals(office)) {
        return broken(office, checked, e.seq(), "entry belongs to office " + e.draft().office());
      }
      if (!JournalEntry.hashOf(e.seq(), e.draft(), e.prevHash()).equals(e.hash())) {
        return broken(office, checked, e.seq(), "content does not match its hash (altered)");
      }
      prev = e.hash();
      expectedSeq++;
    }
    return new JournalVerification(office, checked, Optional.empty(), Optional.empty());
  }

  private static JournalVerification broken(OfficeId office, long checked, long seq, String problem) {
    return new JournalVerification(office, checked, Optional.of(seq), Optional.of(problem));
  }
}

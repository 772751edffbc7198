package org.propdesk.core.spi;

import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * The result of verifying one office's journal chain (审计链校验).
 *
 * @param office the office
 * @param entriesChecked how many entries were read
 * @param firstBrokenSeq the first entry whose link or hash does not match; empty when intact
 * @param problem what is wrong at that entry; empty when intact
 * @since 0.1.0
 */
public record JournalVerification(
    OfficeId office, long entriesChecked, Optional<Long> firstBrokenSeq, Optional<String> problem) {

  /** Whether the chain is intact. */
  public boolean intact() {
    return firstBrokenSeq.isEmpty();
  }

  /**
   * Verifies entries in sequence order, stopping at the first bad one, then compares where the chain
   * ends with the stored head and, if given, the anchored head. The first bad entry is named by the
   * seq it should have had: an altered or forged entry by its own, a missing one by its place, a
   * chain cut short by the first missing seq, extra entries by the first beyond the head.
   */
  public static JournalVerification of(
      OfficeId office, Iterable<JournalEntry> entriesInOrder, JournalHead head, Optional<JournalHead> anchored) {
    String prev = JournalEntry.GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    Optional<String> anchoredHashSeen = Optional.empty();
    for (JournalEntry e : entriesInOrder) {
      checked++;
      if (e.seq() != expectedSeq) {
        return broken(office, checked, expectedSeq, e.seq() > expectedSeq
            ? "entry " + expectedSeq + " is missing (found " + e.seq() + " next)"
            : "entry " + e.seq() + " appears again or out of order where " + expectedSeq + " should be");
      }
      if (!e.prevHash().equals(prev)) {
        return broken(office, checked, expectedSeq, "prevHash does not match the previous entry's hash (inserted, removed or reordered)");
      }
      if (!e.draft().office().equals(office)) {
        return broken(office, checked, expectedSeq, "entry belongs to office " + e.draft().office());
      }
      if (!JournalEntry.hashOf(e.seq(), e.draft(), e.prevHash()).equals(e.hash())) {
        return broken(office, checked, expectedSeq, "content does not match its hash (altered)");
      }
      if (anchored.isPresent() && anchored.get().seq() == e.seq()) {
        anchoredHashSeen = Optional.of(e.hash());
      }
      prev = e.hash();
      expectedSeq++;
    }
    long last = expectedSeq - 1;
    if (last < head.seq()) {
      return broken(office, checked, last + 1, "the chain ends at " + last + " but its head records " + head.seq()
          + " (entries from " + (last + 1) + " were deleted)");
    }
    if (last > head.seq()) {
      return broken(office, checked, head.seq() + 1, "the chain runs past its head " + head.seq() + " to " + last
          + " (entries were added behind the journal's back)");
    }
    if (!prev.equals(head.hash())) {
      return broken(office, checked, Math.max(1, last), "the last entry's hash does not match the head's");
    }
    if (anchored.isPresent()) {
      JournalHead a = anchored.get();
      Check.that(a.office().equals(office), "anchored", "must be a head of office " + office);
      if (a.seq() > last) {
        return broken(office, checked, last + 1, "the chain ends at " + last + " but the anchored head records " + a.seq()
            + " (the journal was rolled back)");
      }
      if (a.seq() > 0 && !anchoredHashSeen.equals(Optional.of(a.hash()))) {
        return broken(office, checked, a.seq(), "entry " + a.seq() + " does not match the anchored head (rewritten)");
      }
    }
    return new JournalVerification(office, checked, Optional.empty(), Optional.empty());
  }

  private static JournalVerification broken(OfficeId office, long checked, long seq, String problem) {
    return new JournalVerification(office, checked, Optional.of(seq), Optional.of(problem));
  }
}

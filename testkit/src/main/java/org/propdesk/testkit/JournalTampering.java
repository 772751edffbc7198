package org.propdesk.testkit;

import java.util.List;
import java.util.SplittableRandom;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.JournalEntry;

/**
 * One seeded random tampering of an office's stored journal (审计日志篡改), as an attacker with write
 * access to the rows would make it: modify a field of an entry (payload, time, actor, action), delete an
 * entry anywhere (the newest included), insert a forged entry, swap two entries, or truncate the tail.
 * Used by {@link JournalContract} on synthetic chains and by the procedures' tests on the journals their
 * commands wrote, so both meet the same attacks. Stateless and thread-safe.
 *
 * @param what what was done, for a failure message
 * @param firstBadSeq the seq verification must name as the first bad entry
 * @since 0.1.0
 */
public record JournalTampering(String what, long firstBadSeq) {
  /**
   * Tampers with {@code office}'s sealed rows, whose current content is {@code chain} (at least two
   * entries, seq 1..n), drawing from {@code random}; {@code forged} is the draft a forged insert carries.
   */
  public static JournalTampering apply(JournalRows rows, OfficeId office, List<JournalEntry> chain, SplittableRandom random,
      JournalDraft forged) {
    int length = chain.size();
    if (length < 2) {
      throw new IllegalArgumentException("a tampering needs at least two entries");
    }
    switch (random.nextInt(5)) {
      case 0 -> {
        JournalEntry e = chain.get(random.nextInt(length));
        JournalDraft d = e.draft();
        JournalDraft altered = switch (random.nextInt(4)) {
          case 0 -> new JournalDraft(d.office(), d.at(), d.actor(), d.aggregateType(), d.aggregateId(), d.action(), d.fromState(),
              d.toState(), d.payload() + " ");
          case 1 -> new JournalDraft(d.office(), d.at().plusMillis(1), d.actor(), d.aggregateType(), d.aggregateId(), d.action(),
              d.fromState(), d.toState(), d.payload());
          case 2 -> new JournalDraft(d.office(), d.at(), "S-EVIL", d.aggregateType(), d.aggregateId(), d.action(), d.fromState(),
              d.toState(), d.payload());
          default -> new JournalDraft(d.office(), d.at(), d.actor(), d.aggregateType(), d.aggregateId(),
              d.action().equals("CLOSE") ? "REOPEN" : "CLOSE", d.fromState(), "CLOSED", d.payload());
        };
        rows.overwrite(office, e.seq(), new JournalEntry(e.seq(), altered, e.prevHash(), e.hash()));
        return new JournalTampering("modify " + e.seq(), e.seq());
      }
      case 1 -> {
        long seq = 1 + random.nextInt(length);
        rows.delete(office, seq);
        return new JournalTampering("delete " + seq + " of " + length, seq);
      }
      case 2 -> {
        long seq = 1 + random.nextInt(length + 1);
        rows.renumber(office, seq, 1);
        rows.insert(JournalEntry.chain(seq, forged, "f".repeat(64)));
        return new JournalTampering("insert at " + seq + " of " + length, seq);
      }
      case 3 -> {
        int i = random.nextInt(length - 1);
        int j = i + 1 + random.nextInt(length - 1 - i);
        JournalEntry a = chain.get(i);
        JournalEntry b = chain.get(j);
        rows.overwrite(office, a.seq(), new JournalEntry(a.seq(), b.draft(), b.prevHash(), b.hash()));
        rows.overwrite(office, b.seq(), new JournalEntry(b.seq(), a.draft(), a.prevHash(), a.hash()));
        return new JournalTampering("swap " + a.seq() + " and " + b.seq(), a.seq());
      }
      default -> {
        long from = 1 + random.nextInt(length);
        for (long seq = length; seq >= from; seq--) {
          rows.delete(office, seq);
        }
        return new JournalTampering("truncate from " + from + " of " + length, from);
      }
    }
  }

  /** Puts {@code original}, the office's rows before a tampering, back in place of whatever is stored now. */
  public static void restore(JournalRows rows, OfficeId office, List<JournalEntry> original) {
    for (JournalEntry e : rows.sealed(office)) {
      rows.delete(office, e.seq());
    }
    original.forEach(rows::insert);
  }
}

package org.propdesk.core.spi;

import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * The head of an office's sealed journal chain (审计链头): the sequence number and hash of its last
 * sealed entry. Export it (e.g. daily, to another system or to paper) to anchor the chain: verifying
 * against an anchored head also catches a journal rolled back together with its stored head.
 *
 * <p>An empty chain has {@code seq} 0 and {@link JournalEntry#GENESIS} as its hash. Immutable and
 * thread-safe; every part is non-null.
 *
 * @param office the office
 * @param seq the last sealed entry's sequence number; 0 for an empty chain
 * @param hash the last sealed entry's hash
 * @since 0.1.0
 */
public record JournalHead(OfficeId office, long seq, String hash) {
  /** Checks the parts. */
  public JournalHead {
    Check.present("office", office);
    Check.that(seq >= 0, "seq", "must not be negative");
    Check.that(hash != null && hash.matches("[0-9a-f]{64}"), "hash", "must be 64 lower-case hex digits");
  }

  /** The head of an empty chain. */
  public static JournalHead empty(OfficeId office) {
    return new JournalHead(office, 0, JournalEntry.GENESIS);
  }

  /** E.g. {@code O-1@42:9f86d0…}, the form to write down when anchoring. */
  public String asText() {
    return office + "@" + seq + ":" + hash;
  }
}

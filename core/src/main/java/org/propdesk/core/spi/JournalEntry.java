package org.propdesk.core.spi;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.propdesk.core.common.Check;

/**
 * A chained journal entry (审计日志): a draft with its place in its office's chain.
 *
 * <p>Invariants: {@code seq} starts at 1 per office and grows by one; {@code prevHash} is the previous
 * entry's hash ({@link #GENESIS} for the first); {@code hash} is {@link #hashOf} of the rest. Any
 * change to a stored entry breaks the chain at that entry. Immutable and thread-safe.
 *
 * @param seq the position in the office's chain, from 1
 * @param draft what happened
 * @param prevHash the previous entry's hash
 * @param hash this entry's hash, lower-case hex SHA-256
 * @since 0.1.0
 */
public record JournalEntry(long seq, JournalDraft draft, String prevHash, String hash) {
  /** The {@code prevHash} of the first entry of a chain. */
  public static final String GENESIS = "0".repeat(64);

  /** Checks the parts. */
  public JournalEntry {
    Check.that(seq >= 1, "seq", "must be at least 1");
    Check.present("draft", draft);
    Check.present("prevHash", prevHash);
    Check.present("hash", hash);
  }

  /** Chains {@code draft} after the entry with {@code prevHash} at position {@code seq}. */
  public static JournalEntry chain(long seq, JournalDraft draft, String prevHash) {
    return new JournalEntry(seq, draft, prevHash, hashOf(seq, draft, prevHash));
  }

  /**
   * The SHA-256 of the entry's canonical text: every field, length-prefixed, in declaration order,
   * with the instant as ISO-8601 text. Length prefixes make the encoding unambiguous.
   */
  public static String hashOf(long seq, JournalDraft d, String prevHash) {
    StringBuilder sb = new StringBuilder(256);
    for (String part :
        new String[] {
          Long.toString(seq),
          d.office().value(),
          d.at().toString(),
          d.actor(),
          d.aggregateType(),
          d.aggregateId(),
          d.action(),
          d.fromState(),
          d.toState(),
          d.payload(),
          prevHash
        }) {
      sb.append(part.length()).append(':').append(part).append(';');
    }
    return Hashing.sha256().hashString(sb, StandardCharsets.UTF_8).toString();
  }
}

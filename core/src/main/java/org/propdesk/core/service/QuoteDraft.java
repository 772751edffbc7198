package org.propdesk.core.service;

import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Check;

/**
 * A quote to be made (报价草案): its lines, and what the owner is told, if anything. Immutable and
 * thread-safe.
 *
 * @param lines 1-50 lines
 * @param note what the owner is told, 1-500 characters (checked against the forbidden phrases)
 * @since 0.1.0
 */
public record QuoteDraft(List<QuoteLineDraft> lines, Optional<String> note) {
  /** Checks the parts. */
  public QuoteDraft {
    lines = List.copyOf(Check.present("lines", lines));
    Check.that(!lines.isEmpty() && lines.size() <= Quote.MAX_LINES, "lines", "must hold 1-" + Quote.MAX_LINES + " lines");
    Check.present("note", note);
    note = note.map(n -> Check.text("note", n, 500));
  }

  /** A quote of these lines with no note. */
  public static QuoteDraft of(QuoteLineDraft... lines) {
    return new QuoteDraft(List.of(Check.present("lines", lines)), Optional.empty());
  }

  /** This quote with a note to the owner. */
  public QuoteDraft withNote(String note) {
    return new QuoteDraft(lines, Optional.of(Check.present("note", note)));
  }

  /** Whether any line is unlisted work. */
  public boolean hasUnlistedWork() {
    return lines.stream().anyMatch(l -> !l.isListed());
  }
}

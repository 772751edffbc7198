package org.propdesk.core.service;

import java.time.Instant;
import java.util.List;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.Actor;

/**
 * A version of the price list to publish (收费标准草案): when it comes into force, its items and a note
 * of what changed. Immutable and thread-safe.
 *
 * @param effectiveFrom when it comes into force: now or later
 * @param items its items, 1-500 with distinct codes
 * @param note what changed, 1-500 characters
 * @since 0.1.0
 */
public record PriceListDraft(Instant effectiveFrom, List<PriceItem> items, String note) {
  /** Checks the parts. */
  public PriceListDraft {
    Check.present("effectiveFrom", effectiveFrom);
    Check.present("items", items);
    items = List.copyOf(items);
    note = Check.text("note", note, 500);
    // the same checks the published version makes, so a bad draft fails here, naming its field
    new PriceListVersion(1, effectiveFrom, items, effectiveFrom, org.propdesk.core.org.StaffId.of("draft"), note);
  }

  PriceListVersion toVersion(int number, Instant now, Actor actor) {
    return new PriceListVersion(number, effectiveFrom, items, now, actor.staffId(), note);
  }
}

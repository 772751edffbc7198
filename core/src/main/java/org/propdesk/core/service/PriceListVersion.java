package org.propdesk.core.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * One published version of an office's price list (收费标准版本): its number, when it comes into force,
 * its items, and who published it. Never changed once published. Immutable and thread-safe.
 *
 * @param number 1 for the first version, one more for each
 * @param effectiveFrom when it comes into force
 * @param items its items, 1-500, with distinct codes
 * @param publishedAt when it was published
 * @param publishedBy who published it
 * @param note what changed, 1-500 characters
 * @since 0.1.0
 */
public record PriceListVersion(int number, Instant effectiveFrom, List<PriceItem> items, Instant publishedAt, StaffId publishedBy,
    String note) {
  /** The most items a version holds. */
  public static final int MAX_ITEMS = 500;

  /** Checks the parts. */
  public PriceListVersion {
    Check.that(number >= 1, "number", "must be at least 1");
    Check.present("effectiveFrom", effectiveFrom);
    Check.present("items", items);
    items = List.copyOf(items);
    Check.that(!items.isEmpty() && items.size() <= MAX_ITEMS, "items", "must hold 1-" + MAX_ITEMS + " items");
    Set<String> codes = new HashSet<>();
    for (PriceItem i : items) {
      Check.that(codes.add(i.code()), "items", "must not repeat the code " + i.code());
    }
    Check.present("publishedAt", publishedAt);
    Check.present("publishedBy", publishedBy);
    note = Check.text("note", note, 500);
  }

  /** The item with this code. */
  public Optional<PriceItem> item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst();
  }
}

package org.propdesk.core.service;

import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;

/**
 * One line of a quote to be made (报价明细草案): a listed item of the price list and a quantity, or
 * unlisted work described and priced by a supervisor (非标项目). Immutable and thread-safe.
 *
 * @param itemCode for a listed item, its code in the price list
 * @param description for unlisted work, what it is, 1-100 characters on one line
 * @param unit for unlisted work, the unit priced, 1-20 characters on one line
 * @param quantity how many units, 1-1000
 * @param unitPrice for unlisted work, the price per unit, more than zero
 * @since 0.1.0
 */
public record QuoteLineDraft(Optional<String> itemCode, Optional<String> description, Optional<String> unit, int quantity,
    Optional<Money> unitPrice) {
  /** The largest quantity on a line. */
  public static final int MAX_QUANTITY = 1000;

  /** Checks the parts: a line is listed (a code, nothing else) or unlisted (a description, a unit and a price). */
  public QuoteLineDraft {
    Check.present("itemCode", itemCode);
    Check.present("description", description);
    Check.present("unit", unit);
    Check.present("unitPrice", unitPrice);
    itemCode = itemCode.map(c -> Check.id("itemCode", c));
    description = description.map(d -> Check.line("description", d, 100));
    unit = unit.map(u -> Check.line("unit", u, 20));
    Check.that(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity", "must be 1-" + MAX_QUANTITY);
    boolean listed = itemCode.isPresent();
    Check.that(listed ? description.isEmpty() && unit.isEmpty() && unitPrice.isEmpty()
        : description.isPresent() && unit.isPresent() && unitPrice.isPresent(), listed ? "itemCode" : "description",
        "a line is either a listed item with a quantity, or unlisted work with a description, a unit and a price");
    unitPrice.ifPresent(p -> Check.that(p.fen() > 0, "unitPrice", "must be more than zero"));
  }

  /** {@code quantity} of the listed item {@code code}. */
  public static QuoteLineDraft listed(String code, int quantity) {
    return new QuoteLineDraft(Optional.of(Check.present("itemCode", code)), Optional.empty(), Optional.empty(), quantity,
        Optional.empty());
  }

  /** Unlisted work, priced by a supervisor. */
  public static QuoteLineDraft unlisted(String description, String unit, int quantity, Money unitPrice) {
    return new QuoteLineDraft(Optional.empty(), Optional.of(Check.present("description", description)),
        Optional.of(Check.present("unit", unit)), quantity, Optional.of(Check.present("unitPrice", unitPrice)));
  }

  /** Whether it is a listed item. */
  public boolean isListed() {
    return itemCode.isPresent();
  }
}

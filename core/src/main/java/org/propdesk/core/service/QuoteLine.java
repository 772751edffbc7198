package org.propdesk.core.service;

import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;

/**
 * One priced line of a quote (报价明细), its price copied from the price list version in force when the
 * order was requested, or set by a supervisor for unlisted work; later price-list versions never change
 * it. Immutable and thread-safe.
 *
 * @param itemCode the price-list item, if listed
 * @param description what it is
 * @param unit the unit priced
 * @param quantity how many
 * @param unitPrice the price per unit
 * @param amount quantity × unit price
 * @since 0.1.0
 */
public record QuoteLine(Optional<String> itemCode, String description, String unit, int quantity, Money unitPrice, Money amount) {
  /** Checks the parts, and that the amount is the quantity times the unit price. */
  public QuoteLine {
    Check.present("itemCode", itemCode);
    Check.present("description", description);
    Check.present("unit", unit);
    Check.that(quantity >= 1, "quantity", "must be at least 1");
    Check.present("unitPrice", unitPrice);
    Check.present("amount", amount);
    Check.that(amount.equals(times(unitPrice, quantity)), "amount", "must be the quantity times the unit price");
  }

  /** {@code price} × {@code n}, exact; fails loudly on overflow. */
  static Money times(Money price, int n) {
    try {
      return Money.ofFen(Math.multiplyExact(price.fen(), (long) n));
    } catch (ArithmeticException e) {
      throw new org.propdesk.core.common.InvalidInputException("quantity", "makes an amount too large to hold");
    }
  }
}

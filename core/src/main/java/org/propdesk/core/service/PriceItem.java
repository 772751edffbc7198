package org.propdesk.core.service;

import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;

/**
 * One line of the price list (收费项目): a code, what it is, its unit and its price per unit.
 * Immutable and thread-safe.
 *
 * @param code the item's code, 1-32 id characters, unique in a version (e.g. {@code "WD-03"})
 * @param name what it is, e.g. "更换水龙头", 1-100 characters on one line
 * @param unit the unit priced, e.g. "个" or "次", 1-20 characters on one line
 * @param price the price per unit, more than zero
 * @param kind the kind of service it belongs to
 * @since 0.1.0
 */
public record PriceItem(String code, String name, String unit, Money price, ServiceKind kind) {
  /** The longest code. */
  public static final int CODE_LENGTH = 32;

  /** Checks the parts. */
  public PriceItem {
    Check.id("code", code);
    Check.that(code.length() <= CODE_LENGTH, "code", "must be at most " + CODE_LENGTH + " characters");
    name = Check.line("name", name, 100);
    unit = Check.line("unit", unit, 20);
    Check.present("price", price);
    Check.that(price.fen() > 0, "price", "must be more than zero");
    Check.present("kind", kind);
  }
}

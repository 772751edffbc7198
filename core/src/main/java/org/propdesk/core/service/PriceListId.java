package org.propdesk.core.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a price list (收费标准编号). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record PriceListId(@JsonValue String value) {
  /** Checks the text. */
  public PriceListId {
    value = Check.id("priceListId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static PriceListId of(String value) {
    return new PriceListId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

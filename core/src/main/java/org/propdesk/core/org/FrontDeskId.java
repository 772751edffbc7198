package org.propdesk.core.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a front desk (前台) of a management office. Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record FrontDeskId(@JsonValue String value) {
  /** Checks the text. */
  public FrontDeskId {
    value = Check.id("frontDeskId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static FrontDeskId of(String value) {
    return new FrontDeskId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

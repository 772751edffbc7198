package org.propdesk.core.deposit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a deposit (押金编号). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record DepositId(@JsonValue String value) {
  /** Checks the text. */
  public DepositId {
    value = Check.id("depositId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static DepositId of(String value) {
    return new DepositId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

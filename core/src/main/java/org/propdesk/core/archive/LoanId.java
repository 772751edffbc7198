package org.propdesk.core.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of an archive loan (借阅编号). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record LoanId(@JsonValue String value) {
  /** Checks the text. */
  public LoanId {
    value = Check.id("loanId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static LoanId of(String value) {
    return new LoanId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

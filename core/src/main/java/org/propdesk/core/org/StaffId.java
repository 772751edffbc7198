package org.propdesk.core.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a staff member (员工). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record StaffId(@JsonValue String value) {
  /** Checks the text. */
  public StaffId {
    value = Check.id("staffId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static StaffId of(String value) {
    return new StaffId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.propdesk.core.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a unit (房屋/单元). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record UnitId(@JsonValue String value) {
  /** Checks the text. */
  public UnitId {
    value = Check.id("unitId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

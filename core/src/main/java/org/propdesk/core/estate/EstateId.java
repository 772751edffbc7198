package org.propdesk.core.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of an estate (小区/项目). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record EstateId(@JsonValue String value) {
  /** Checks the text. */
  public EstateId {
    value = Check.id("estateId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static EstateId of(String value) {
    return new EstateId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

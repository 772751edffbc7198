package org.propdesk.core.owner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of an owner or resident (业主/住户). Immutable; 1-64 characters of letters, digits,
 * {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record OwnerId(@JsonValue String value) {
  /** Checks the text. */
  public OwnerId {
    value = Check.id("ownerId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static OwnerId of(String value) {
    return new OwnerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.propdesk.core.seal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a registered seal (印章编号). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record SealId(@JsonValue String value) {
  /** Checks the text. */
  public SealId {
    value = Check.id("sealId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static SealId of(String value) {
    return new SealId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

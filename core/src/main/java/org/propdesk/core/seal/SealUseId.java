package org.propdesk.core.seal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a seal use request (用印申请编号). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record SealUseId(@JsonValue String value) {
  /** Checks the text. */
  public SealUseId {
    value = Check.id("sealUseId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static SealUseId of(String value) {
    return new SealUseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

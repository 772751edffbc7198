package org.propdesk.core.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a management office (管理处). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record OfficeId(@JsonValue String value) {
  /** Checks the text. */
  public OfficeId {
    value = Check.id("officeId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static OfficeId of(String value) {
    return new OfficeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

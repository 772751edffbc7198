package org.propdesk.core.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a property-management company (物业公司). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record CompanyId(@JsonValue String value) {
  /** Checks the text. */
  public CompanyId {
    value = Check.id("companyId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static CompanyId of(String value) {
    return new CompanyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.propdesk.core.supervision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a supervisor's service visit (走访编号). Immutable; 1-64 characters of letters, digits,
 * {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record ServiceVisitId(@JsonValue String value) {
  /** Checks the text. */
  public ServiceVisitId {
    value = Check.id("serviceVisitId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static ServiceVisitId of(String value) {
    return new ServiceVisitId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

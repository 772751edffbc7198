package org.propdesk.core.visitor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a visit (来访编号). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record VisitId(@JsonValue String value) {
  /** Checks the text. */
  public VisitId {
    value = Check.id("visitId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static VisitId of(String value) {
    return new VisitId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

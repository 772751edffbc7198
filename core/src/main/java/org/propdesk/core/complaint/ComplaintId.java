package org.propdesk.core.complaint;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a complaint (投诉编号). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record ComplaintId(@JsonValue String value) {
  /** Checks the text. */
  public ComplaintId {
    value = Check.id("complaintId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static ComplaintId of(String value) {
    return new ComplaintId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

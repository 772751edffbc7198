package org.propdesk.core.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a special-service order (特约服务单号). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record ServiceOrderId(@JsonValue String value) {
  /** Checks the text. */
  public ServiceOrderId {
    value = Check.id("serviceOrderId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static ServiceOrderId of(String value) {
    return new ServiceOrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

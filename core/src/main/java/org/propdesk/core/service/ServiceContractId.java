package org.propdesk.core.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a recurring service contract (特约服务合同编号). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record ServiceContractId(@JsonValue String value) {
  /** Checks the text. */
  public ServiceContractId {
    value = Check.id("serviceContractId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static ServiceContractId of(String value) {
    return new ServiceContractId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.propdesk.core.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a building (楼栋). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record BuildingId(@JsonValue String value) {
  /** Checks the text. */
  public BuildingId {
    value = Check.id("buildingId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static BuildingId of(String value) {
    return new BuildingId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

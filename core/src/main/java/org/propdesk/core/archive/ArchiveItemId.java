package org.propdesk.core.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of an archive item (档案编号). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record ArchiveItemId(@JsonValue String value) {
  /** Checks the text. */
  public ArchiveItemId {
    value = Check.id("archiveItemId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static ArchiveItemId of(String value) {
    return new ArchiveItemId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.propdesk.core.common;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A refused command (拒绝): a reason code, a message for people and, where one field is to blame, its
 * name.
 *
 * <p>The message never contains raw personal data. Immutable and thread-safe.
 *
 * @param code the stable reason code
 * @param message a human-readable explanation naming the rule
 * @param field the command field at fault, when there is one
 */
public record Rejection(RejectionCode code, String message, Optional<String> field) {
  /** Checks the parts. */
  public Rejection {
    Check.present("code", code);
    Check.text("message", message);
    Check.present("field", field);
  }

  /** A rejection not tied to one field. */
  public static Rejection of(RejectionCode code, String message) {
    return new Rejection(code, message, Optional.empty());
  }

  /** A rejection blaming one field. */
  public static Rejection ofField(RejectionCode code, String field, String message) {
    return new Rejection(code, field + ": " + message, Optional.of(field));
  }

  /** The field at fault, or null. */
  public @Nullable String fieldOrNull() {
    return field.orElse(null);
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}

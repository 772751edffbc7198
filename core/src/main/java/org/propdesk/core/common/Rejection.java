package org.propdesk.core.common;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A refused command (拒绝): a reason code, a message for developers and logs (English) and, where one
 * field is to blame, its name; and, for a refusal staff may see, its {@link StaffText} to show them in
 * their language ({@link #messageIn}, or {@code PropDesk.explain}).
 *
 * <p>The message never contains raw personal data. Immutable and thread-safe; no component is null.
 *
 * @param code the stable reason code
 * @param message a human-readable explanation naming the rule, in English
 * @param field the command field at fault, when there is one
 * @param staffText the text to show staff, when the refusal has one
 * @since 0.1.0
 */
public record Rejection(RejectionCode code, String message, Optional<String> field, Optional<StaffText> staffText) {
  /** Checks the parts. */
  public Rejection {
    Check.present("code", code);
    Check.text("message", message);
    Check.present("field", field);
    Check.present("staffText", staffText);
  }

  /** A rejection without a staff text: its message is shown as it is. */
  public Rejection(RejectionCode code, String message, Optional<String> field) {
    this(code, message, field, Optional.empty());
  }

  /** A rejection not tied to one field, whose message is {@code text} in English. */
  public static Rejection of(RejectionCode code, StaffText text) {
    return new Rejection(code, text.render(Locale.ENGLISH), Optional.empty(), Optional.of(text));
  }

  /** A rejection blaming one field, whose message is the field and {@code text} in English. */
  public static Rejection ofField(RejectionCode code, String field, StaffText text) {
    return new Rejection(code, field + ": " + text.render(Locale.ENGLISH), Optional.of(field), Optional.of(text));
  }

  /**
   * What to show staff in {@code locale}'s language (Chinese for any {@code zh} locale, English
   * otherwise): the staff text when there is one, else the message.
   */
  public String messageIn(Locale locale) {
    Check.present("locale", locale);
    return staffText.map(t -> t.render(locale)).orElse(message);
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

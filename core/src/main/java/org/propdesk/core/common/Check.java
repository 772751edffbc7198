package org.propdesk.core.common;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks that raise {@link InvalidInputException} naming the field and the rule.
 *
 * <p>Stateless and thread-safe. Every method returns its (trimmed where stated) argument so that
 * constructors can check and assign in one expression.
 *
 * @since 0.1.0
 */
public final class Check {
  private Check() {}

  /** Returns {@code value} or fails with "must be given". */
  public static <T> T present(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidInputException(field, "must be given");
    }
    return value;
  }

  /** Returns {@code value} trimmed, or fails when it is null or blank. */
  public static String text(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "must not be blank");
    }
    return value.strip();
  }

  /**
   * Returns {@code value} trimmed, or fails when it is blank, longer than {@code max} characters, or
   * holds a control character other than a line break or tab.
   */
  public static String text(String field, @Nullable String value, int max) {
    String s = text(field, value);
    if (s.codePointCount(0, s.length()) > max) {
      throw new InvalidInputException(field, "must be at most " + max + " characters");
    }
    if (s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw new InvalidInputException(field, "must not contain control characters");
    }
    return s;
  }

  /**
   * Returns a one-line value (a name, a subject) trimmed, or fails when it is blank, longer than {@code
   * max} characters, or holds any control character, line breaks included.
   */
  public static String line(String field, @Nullable String value, int max) {
    String s = text(field, value, max);
    if (s.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(field, "must be one line without control characters");
    }
    return s;
  }

  /**
   * Returns an identifier value: 1-64 characters of letters, digits, {@code . _ : -}.
   */
  public static String id(String field, @Nullable String value) {
    String s = text(field, value);
    if (s.length() > 64 || !s.chars().allMatch(Check::idCharacter)) {
      throw new InvalidInputException(
          field, "must be 1-64 characters of letters, digits, '.', '_', ':' or '-'");
    }
    return s;
  }

  /** Whether {@code c} may appear in an identifier: an ASCII letter or digit, or one of {@code . _ : -}. */
  private static boolean idCharacter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' || c == '-';
  }

  /** Fails with {@code rule} when {@code condition} is false. */
  public static void that(boolean condition, String field, String rule) {
    if (!condition) {
      throw new InvalidInputException(field, rule);
    }
  }
}

package org.propdesk.core.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A resident identity card number (居民身份证号码) of 18 characters, checked by the GB 11643-1999
 * check digit.
 *
 * <p>Invariants: 17 digits then a digit or {@code X} (a lower-case {@code x} is accepted and
 * upper-cased); the birth date in characters 7-14 is a real date; the check digit matches the ISO 7064
 * MOD 11-2 sum. Personal data: {@link #toString()} masks it as {@code 110105********002X}; the raw
 * value is read only through {@link #reveal(PersonalDataPermit)}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IdCardNumber extends PersonalData {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";

  private IdCardNumber(String value) {
    super(value);
  }

  /**
   * Parses and checks an ID number.
   *
   * @throws InvalidInputException naming {@code field} and the broken rule; the message does not
   *     repeat the input
   */
  public static IdCardNumber parse(String field, @Nullable String text) {
    String s = Check.text(field, text).toUpperCase(java.util.Locale.ROOT);
    if (s.length() != 18 || !s.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidInputException(field, "must be 18 characters: 17 digits then a digit or X");
    }
    char last = s.charAt(17);
    if (!(last == 'X' || (last >= '0' && last <= '9'))) {
      throw new InvalidInputException(field, "must end with a digit or X");
    }
    try {
      LocalDate.of(
          Integer.parseInt(s.substring(6, 10)),
          Integer.parseInt(s.substring(10, 12)),
          Integer.parseInt(s.substring(12, 14)));
    } catch (DateTimeException e) {
      throw new InvalidInputException(field, "characters 7-14 must be a real birth date (yyyyMMdd)");
    }
    if (checkChar(s) != last) {
      throw new InvalidInputException(field, "check digit does not match (GB 11643)");
    }
    return new IdCardNumber(s);
  }

  /** Parses with the field name {@code "idCardNumber"}. */
  public static IdCardNumber of(@Nullable String text) {
    return parse("idCardNumber", text);
  }

  /** The GB 11643 check character for the first 17 digits of {@code s}. */
  static char checkChar(String s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  /** The masked form: the region code, eight stars and the last four, e.g. {@code 110105********002X}. */
  @Override
  public String masked() {
    String value = canonical();
    return value.substring(0, 6) + "********" + value.substring(14);
  }
}

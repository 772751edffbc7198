package org.propdesk.core.deposit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.InvalidInputException;

/**
 * The number of an official receipt (收据号), unique per office. Parsed leniently as staff type it:
 * surrounding spaces are dropped, full-width characters become their ASCII forms (NFKC) and letters are
 * upper-cased, so {@code "ａｂ-００１２"} and {@code "AB-0012"} are the same receipt. The result is 1-32
 * characters of {@code A-Z}, {@code 0-9} and inner hyphens.
 *
 * <p>Immutable and thread-safe; never personal data.
 *
 * @param value the normalised number
 * @since 0.1.0
 */
public record ReceiptNumber(@JsonValue String value) {
  /** The longest receipt number. */
  public static final int MAX_LENGTH = 32;

  private static final Pattern FORM = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{0,30}[A-Z0-9])?");

  /** Checks the normalised text. */
  public ReceiptNumber {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidInputException("receiptNo",
          "must be 1-" + MAX_LENGTH + " letters, digits and inner hyphens (a receipt number such as AB-0012)");
    }
  }

  /**
   * Parses a receipt number as typed.
   *
   * @throws InvalidInputException naming {@code receiptNo} when it is null, blank, too long or holds
   *     anything but letters, digits and inner hyphens
   */
  @JsonCreator
  public static ReceiptNumber parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("receiptNo", "must not be blank");
    }
    if (text.length() > 4 * MAX_LENGTH) {
      throw new InvalidInputException("receiptNo", "must be at most " + MAX_LENGTH + " characters");
    }
    String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    if (s.length() > MAX_LENGTH) {
      throw new InvalidInputException("receiptNo", "must be at most " + MAX_LENGTH + " characters");
    }
    return new ReceiptNumber(s);
  }

  @Override
  public String toString() {
    return value;
  }
}

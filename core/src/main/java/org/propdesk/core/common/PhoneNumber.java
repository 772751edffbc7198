package org.propdesk.core.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A mainland-China phone number (电话号码): a mobile number or a landline with its area code.
 *
 * <p>Accepted forms, after removing spaces and hyphens: an 11-digit mobile number {@code 1[3-9]xxxxxxxxx},
 * optionally prefixed by {@code +86} or {@code 86}; or a landline {@code 0} + 2-3 digit area code +
 * 7-8 digit number (written with or without a hyphen). The canonical form is the mobile number's 11
 * digits, or {@code area-number} for a landline.
 *
 * <p>Personal data: {@link #toString()} masks it ({@code 138****5678}, {@code 010-****5678}); the raw
 * value is read only through {@link #reveal(PersonalDataPermit)}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PhoneNumber extends PersonalData {
  private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
  private static final Pattern LANDLINE = Pattern.compile("(0(?:10|2\\d|[3-9]\\d{2}))-?([2-9]\\d{6,7})");

  private final boolean mobile;

  private PhoneNumber(String canonical, boolean mobile) {
    super(canonical);
    this.mobile = mobile;
  }

  /**
   * Parses a phone number.
   *
   * @throws InvalidInputException naming {@code field} when the text is not a mainland mobile or
   *     landline number; the message does not repeat the input
   */
  public static PhoneNumber parse(String field, @Nullable String text) {
    String raw = Check.text(field, text).replace(" ", "");
    Matcher m = MOBILE.matcher(raw.replace("-", ""));
    if (m.matches()) {
      return new PhoneNumber(m.group(1), true);
    }
    Matcher l = LANDLINE.matcher(raw);
    if (l.matches()) {
      return new PhoneNumber(l.group(1) + "-" + l.group(2), false);
    }
    throw new InvalidInputException(
        field,
        "must be a mainland mobile number (11 digits starting 13-19) or a landline with area code"
            + " (e.g. 010-12345678)");
  }

  /** Parses with the field name {@code "phone"}. */
  public static PhoneNumber of(@Nullable String text) {
    return parse("phone", text);
  }

  /** Whether this is a mobile number (it can receive SMS). */
  public boolean isMobile() {
    return mobile;
  }

  /** The masked form, e.g. {@code 138****5678} or {@code 010-****5678}. */
  @Override
  public String masked() {
    String canonical = canonical();
    if (mobile) {
      return canonical.substring(0, 3) + "****" + canonical.substring(7);
    }
    int dash = canonical.indexOf('-');
    return canonical.substring(0, dash) + "-****" + canonical.substring(canonical.length() - 4);
  }
}

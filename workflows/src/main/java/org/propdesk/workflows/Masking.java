package org.propdesk.workflows;

import java.util.regex.Pattern;

/**
 * Scrubs text of anything that looks like a phone or ID number before it is logged or stored as an
 * error (脱敏). Stateless and thread-safe.
 */
final class Masking {
  private static final Pattern ID_CARD = Pattern.compile("(?<!\\d)(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?!\\d)");
  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");
  private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3}-?)\\d{3,4}(\\d{4})(?!\\d)");

  private Masking() {}

  /** The text with ID numbers, mobiles and landlines masked, cut to {@code max} characters. */
  static String scrub(String text, int max) {
    String s = ID_CARD.matcher(text).replaceAll("$1********$2");
    s = MOBILE.matcher(s).replaceAll("$1****$2");
    s = LANDLINE.matcher(s).replaceAll("$1****$2");
    return s.length() > max ? s.substring(0, max) + "…" : s;
  }
}

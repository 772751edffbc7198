package org.propdesk.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal numbers inside free text (脱敏) before it reaches a log line, an exception message, a
 * stored error or a default export.
 *
 * <p>It catches every written form that {@link PhoneNumber#parse} and {@link IdCardNumber#parse}
 * accept, wherever it stands in the text: digits split by spaces or hyphens ({@code 139 1234 5678},
 * {@code 139-1234-5678}), with a country prefix ({@code +8613912345678}, {@code 86 139…}), landlines
 * with or without the area code's hyphen, and ID numbers ending in {@code X} or {@code x}. The masks are
 * those of {@link PersonalData#masked()}: a mobile keeps its first 3 and last 4 digits, a landline its
 * area code and last 4 digits, an ID number its first 6 and last 4 characters. Separators and any
 * prefix stay where they were, so the text keeps its shape.
 *
 * <p>How: a run of digits joined by spaces or hyphens is cut at its separators into pieces; from the
 * left, the longest run of consecutive pieces (at most 18 characters) whose digits together form a
 * phone or ID number is masked. A number is only recognised whole: digits glued to a longer run of digits (an epoch time, a
 * sequence) are left alone, so ids and dates keep their value.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Redaction {
  /** Digits joined by spaces or hyphens, optionally after a {@code +}, optionally ending in X. */
  private static final Pattern GROUP = Pattern.compile("(?<![\\d+])\\+?\\d(?:[ \\-]*\\d)*(?:[ \\-]*[Xx](?![\\dA-Za-z]))?");
  private static final Pattern PIECE = Pattern.compile("\\+?[\\dXx]+");
  private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
  private static final Pattern LANDLINE = Pattern.compile("(0(?:10|2\\d|[3-9]\\d{2}))([2-9]\\d{6,7})");
  private static final Pattern ID_CARD = Pattern.compile("\\d{17}[\\dXx]");

  private Redaction() {}

  /** {@code text} with every phone and ID number masked; {@code null} stays {@code null}. */
  public static String scrub(String text) {
    if (text == null || !mayHoldANumber(text)) {
      return text;
    }
    Matcher g = GROUP.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    while (g.find()) {
      String masked = maskGroup(g.group());
      if (!masked.equals(g.group())) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, g.start()).append(masked);
        copied = g.end();
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Whether some stretch of {@code text} made only of digits, spaces, hyphens, plus signs and X holds
   * at least {@link #SHORTEST} digits or X: every number {@link #GROUP} can find lies in such a
   * stretch, so text without one (most text: dates, times, amounts, ids) is returned as it is without
   * running the patterns.
   */
  private static boolean mayHoldANumber(String text) {
    int count = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9' || c == 'X' || c == 'x') {
        if (++count >= SHORTEST) {
          return true;
        }
      } else if (c != ' ' && c != '-' && c != '+') {
        count = 0;
      }
    }
    return false;
  }

  /** {@link #scrub(String)}, then cut to {@code max} characters with an ellipsis. */
  public static String scrub(String text, int max) {
    String s = scrub(text);
    return s != null && s.length() > max ? s.substring(0, max) + "…" : s;
  }

  /** The most characters a number has: an ID number's 18 (a mobile with {@code +86} has 14). */
  private static final int LONGEST = 18;

  /** The fewest characters a number has: a landline's 10 (a mobile has 11, an ID number 18). */
  private static final int SHORTEST = 10;

  private static String maskGroup(String group) {
    int characters = 0;
    for (int k = 0; k < group.length(); k++) {
      char c = group.charAt(k);
      if (c >= '0' && c <= '9' || c == 'X' || c == 'x') {
        characters++;
      }
    }
    if (characters < SHORTEST) {
      return group; // a date, a time, an amount: too short to hold any number
    }
    List<int[]> pieces = new ArrayList<>();
    Matcher p = PIECE.matcher(group);
    while (p.find()) {
      pieces.add(new int[] {p.start(), p.end()});
    }
    char[] chars = group.toCharArray();
    int i = 0;
    while (i < pieces.size()) {
      int matched = -1;
      StringBuilder digits = new StringBuilder();
      for (int j = i; j < pieces.size(); j++) {
        String piece = group.substring(pieces.get(j)[0], pieces.get(j)[1]);
        boolean joinable = j == i || !piece.startsWith("+") && Character.isDigit(digits.charAt(digits.length() - 1));
        if (!joinable || digits.length() + piece.length() > LONGEST) {
          break;
        }
        digits.append(piece);
        if (isNumber(digits)) {
          matched = j;
        }
      }
      if (matched >= 0) {
        mask(chars, pieces.get(i)[0], pieces.get(matched)[1]);
        i = matched + 1;
      } else {
        i++;
      }
    }
    return new String(chars);
  }

  private static boolean isNumber(CharSequence digits) {
    return MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches() || ID_CARD.matcher(digits).matches();
  }

  /** Masks the number written in {@code chars[from, to)}, separators left in place. */
  private static void mask(char[] chars, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (chars[k] != ' ' && chars[k] != '-') {
        sb.append(chars[k]);
      }
    }
    String digits = sb.toString();
    int keepHead;
    int keepTail = 4;
    Matcher m = MOBILE.matcher(digits);
    if (m.matches()) {
      keepHead = m.start(1) + 3;
    } else if ((m = LANDLINE.matcher(digits)).matches()) {
      keepHead = m.end(1);
    } else {
      keepHead = 6;
    }
    int n = 0;
    for (int k = from; k < to; k++) {
      char c = chars[k];
      if (c == ' ' || c == '-') {
        continue;
      }
      if (n >= keepHead && n < digits.length() - keepTail) {
        chars[k] = '*';
      }
      n++;
    }
  }
}

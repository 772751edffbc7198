package org.propdesk.core.common;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Policy: phrases never to be said to an owner (服务禁语), PROCEDURES §4, checked by every procedure on
 * every staff text addressed to an owner: replies, resolution summaries, what staff said in a follow-up
 * contact, callback comments, and any later procedure's messages to owners (a repair report's reply,
 * a special-service quote's note). The complaint procedure's {@code ReplyWording} wraps one.
 *
 * <p>A text is refused when it contains a forbidden phrase anywhere, also inside a longer sentence and
 * also when anything that is not a letter or a number stands between its characters: spaces of every
 * kind (full-width, no-break, narrow no-break), punctuation ({@code 不.知.道}, {@code 不-行}), symbols
 * and invisible format characters (zero-width space and joiners, soft hyphen, word joiner). Text is
 * compared after Unicode NFKC normalisation, so full-width and compatibility forms match too. Harmless
 * words that contain a phrase (e.g. {@code 不行驶}, "does not drive") can be allowed: an occurrence of
 * a phrase that lies wholly inside an occurrence of an allowed word does not count.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OwnerWording {
  /** The bundle of the kernel's refusals, zh-CN and English. */
  public static final String BUNDLE = "org.propdesk.core.common.CommonRejections";

  private final ImmutableList<String> phrases;
  private final ImmutableList<String> allowed;

  private OwnerWording(List<String> phrases, List<String> allowed) {
    this.phrases = phrases.stream().map(OwnerWording::normalise).collect(ImmutableList.toImmutableList());
    this.allowed = allowed.stream().map(OwnerWording::normalise).collect(ImmutableList.toImmutableList());
  }

  /**
   * The seed's list (provenance [seed] 4.3.1.3, 4.3.2.3, 4.4.4.2): 不知道, 不行, 我现在很忙, 我不清楚,
   * 找开发商, 没办法; allowing the harmless words 不行驶 ("does not drive") and 不行使 ("does not
   * exercise", as in a right).
   */
  public static OwnerWording seedDefaults() {
    return forbidding("不知道", "不行", "我现在很忙", "我不清楚", "找开发商", "没办法").allowing("不行驶", "不行使");
  }

  /**
   * A policy forbidding exactly these phrases, and allowing no word.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code phrases} when a phrase is
   *     null, blank, or has no letter or number
   */
  public static OwnerWording forbidding(String... phrases) {
    Check.present("phrases", phrases);
    for (String p : phrases) {
      Check.that(!normalise(Check.text("phrases", p)).isEmpty(), "phrases", "each phrase must hold a letter or number");
    }
    return new OwnerWording(List.of(phrases), List.of());
  }

  /**
   * This policy, also allowing these harmless words: a phrase found only inside one of them is not
   * refused.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code words} when a word is null,
   *     blank, or has no letter or number
   */
  public OwnerWording allowing(String... words) {
    Check.present("words", words);
    List<String> all = new ArrayList<>(allowed);
    for (String w : words) {
      Check.that(!normalise(Check.text("words", w)).isEmpty(), "words", "each word must hold a letter or number");
      all.add(w);
    }
    return new OwnerWording(phrases, all);
  }

  /** The first forbidden phrase the text contains, in the order the policy lists them. */
  public Optional<String> forbiddenPhraseIn(String text) {
    return forbiddenPhrasesIn(text).stream().findFirst();
  }

  /** Every forbidden phrase the text contains, in the order the policy lists them; empty if none. */
  public List<String> forbiddenPhrasesIn(String text) {
    String t = normalise(Check.present("text", text));
    return phrases.stream().filter(p -> occursOutsideAllowedWords(t, p)).toList();
  }

  /**
   * The refusal of {@code text}, said to an owner in {@code field}, when it holds forbidden phrases:
   * {@link RejectionCode#FORBIDDEN_PHRASE}, naming the field and every phrase found, so the writer can
   * mend them all at once.
   */
  public Optional<Rejection> refusalOf(String field, String text) {
    List<String> found = forbiddenPhrasesIn(text);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Rejection.ofField(RejectionCode.FORBIDDEN_PHRASE, field, StaffText.of(BUNDLE, "forbiddenPhrase",
        quoted(found))));
  }

  /** The phrases found, each in corner brackets, joined with the enumeration comma: 「不行」、「没办法」. */
  public static String quoted(List<String> found) {
    return found.stream().map(p -> "「" + p + "」").collect(java.util.stream.Collectors.joining("、"));
  }

  /** The phrases, normalised. */
  public List<String> phrases() {
    return phrases;
  }

  /** The allowed words, normalised. */
  public List<String> allowedWords() {
    return allowed;
  }

  private boolean occursOutsideAllowedWords(String text, String phrase) {
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      if (!insideAllowedWord(text, at, at + phrase.length())) {
        return true;
      }
    }
    return false;
  }

  private boolean insideAllowedWord(String text, int from, int to) {
    for (String word : allowed) {
      for (int w = text.indexOf(word, Math.max(0, to - word.length())); w >= 0 && w <= from; w = text.indexOf(word, w + 1)) {
        if (w + word.length() >= to) {
          return true;
        }
      }
    }
    return false;
  }

  /** NFKC, then only letters and numbers: every separator, mark, symbol and invisible character goes. */
  private static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    n.codePoints().filter(OwnerWording::counts).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Whether a character is a letter or a number (decimal, letter-like such as Ⅻ, or other such as ①). */
  private static boolean counts(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  @Override
  public String toString() {
    return "OwnerWording" + phrases + (allowed.isEmpty() ? "" : " allowing " + allowed);
  }
}

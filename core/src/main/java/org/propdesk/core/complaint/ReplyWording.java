package org.propdesk.core.complaint;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Check;

/**
 * Policy: phrases never to be said to an owner (服务禁语).
 *
 * <p>A text is refused when it contains a forbidden phrase anywhere, also inside a longer sentence and
 * also when spaces (including the full-width space) or zero-width characters are put between its
 * characters. Immutable and thread-safe.
 */
public final class ReplyWording {
  private final ImmutableList<String> phrases;

  private ReplyWording(List<String> phrases) {
    this.phrases = phrases.stream().map(ReplyWording::normalise).collect(ImmutableList.toImmutableList());
  }

  /**
   * The seed's list (provenance [seed] 4.3.1.3, 4.3.2.3, 4.4.4.2): 不知道, 不行, 我现在很忙, 我不清楚,
   * 找开发商, 没办法.
   */
  public static ReplyWording seedDefaults() {
    return forbidding("不知道", "不行", "我现在很忙", "我不清楚", "找开发商", "没办法");
  }

  /** A policy forbidding exactly these phrases. */
  public static ReplyWording forbidding(String... phrases) {
    for (String p : phrases) {
      Check.text("phrases", p);
    }
    return new ReplyWording(List.of(phrases));
  }

  /** The first forbidden phrase the text contains, in the order the policy lists them. */
  public Optional<String> forbiddenPhraseIn(String text) {
    String t = normalise(text);
    return phrases.stream().filter(t::contains).findFirst();
  }

  /** The phrases, normalised. */
  public List<String> phrases() {
    return phrases;
  }

  private static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0x200B && c != 0x200C
            && c != 0x200D && c != 0xFEFF)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  @Override
  public String toString() {
    return "ReplyWording" + phrases;
  }
}

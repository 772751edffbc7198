package org.propdesk.core.complaint;

import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.OwnerWording;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;

/**
 * Policy: phrases never to be said to an owner (服务禁语), PROCEDURES §4, as the complaint procedure
 * applies it to replies, resolution summaries, what staff said in a follow-up contact, agreed-time
 * reasons and callback comments. The matching is the kernel's {@link OwnerWording} (every procedure
 * uses the same rule); this type keeps the complaint's own refusal text.
 *
 * <p>A text is refused when it contains a forbidden phrase anywhere, also inside a longer sentence and
 * also when anything that is not a letter or a number stands between its characters; harmless words
 * that contain a phrase (e.g. {@code 不行驶}) can be allowed. See {@link OwnerWording} for the rules.
 *
 * <p>Immutable and thread-safe. Never null in a {@link ComplaintPolicies}.
 *
 * @since 0.1.0
 */
public final class ReplyWording {
  private final OwnerWording rule;

  private ReplyWording(OwnerWording rule) {
    this.rule = rule;
  }

  /**
   * The seed's list (provenance [seed] 4.3.1.3, 4.3.2.3, 4.4.4.2): 不知道, 不行, 我现在很忙, 我不清楚,
   * 找开发商, 没办法; allowing the harmless words 不行驶 ("does not drive") and 不行使 ("does not
   * exercise", as in a right).
   */
  public static ReplyWording seedDefaults() {
    return new ReplyWording(OwnerWording.seedDefaults());
  }

  /**
   * A policy forbidding exactly these phrases, and allowing no word.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code phrases} when a phrase is
   *     null, blank, or has no letter or number
   */
  public static ReplyWording forbidding(String... phrases) {
    return new ReplyWording(OwnerWording.forbidding(phrases));
  }

  /** The complaint procedure's wording with the same phrases and allowed words as {@code rule}. */
  public static ReplyWording of(OwnerWording rule) {
    return new ReplyWording(Check.present("rule", rule));
  }

  /**
   * This policy, also allowing these harmless words: a phrase found only inside one of them is not
   * refused.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code words} when a word is null,
   *     blank, or has no letter or number
   */
  public ReplyWording allowing(String... words) {
    return new ReplyWording(rule.allowing(words));
  }

  /** The kernel's rule this policy applies, for other procedures' texts to the same owners. */
  public OwnerWording rule() {
    return rule;
  }

  /** The first forbidden phrase the text contains, in the order the policy lists them. */
  public Optional<String> forbiddenPhraseIn(String text) {
    return rule.forbiddenPhraseIn(text);
  }

  /** Every forbidden phrase the text contains, in the order the policy lists them; empty if none. */
  public List<String> forbiddenPhrasesIn(String text) {
    return rule.forbiddenPhrasesIn(text);
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
    return Optional.of(ComplaintRejections.ofField(RejectionCode.FORBIDDEN_PHRASE, field, "forbiddenPhrase",
        OwnerWording.quoted(found)));
  }

  /** The phrases, normalised. */
  public List<String> phrases() {
    return rule.phrases();
  }

  /** The allowed words, normalised. */
  public List<String> allowedWords() {
    return rule.allowedWords();
  }

  @Override
  public String toString() {
    return "ReplyWording" + phrases() + (allowedWords().isEmpty() ? "" : " allowing " + allowedWords());
  }
}

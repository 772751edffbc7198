package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.core.complaint.Given.CLERK;
import static org.propdesk.core.complaint.Given.at;
import static org.propdesk.core.complaint.Given.registered;

import org.junit.jupiter.api.Test;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;

/** Seed 4.3.1.3: phrases never said to an owner. */
class ForbiddenPhrasesAreRefusedTest {
  private final ReplyWording wording = ReplyWording.seedDefaults();

  @Test
  void aForbiddenPhraseInsideALongerSentenceIsRefusedNamingThePhrase() {
    Complaint c = registered("2026-03-02T09:00:00");
    Result<Complaint> r = c.reply(Reply.of("对不起，这件事我现在很忙，明天再说。"), CLERK, wording, at("2026-03-02T09:05"));
    Rejection no = r.rejection().orElseThrow();
    assertThat(no.code()).isEqualTo(RejectionCode.FORBIDDEN_PHRASE);
    assertThat(no.field()).contains("text");
    assertThat(no.message()).contains("我现在很忙");
    assertThat(r.value()).isEmpty();
  }

  @Test
  void everySeedPhraseIsRefusedAlsoWithSpacesInside() {
    for (String p : new String[] {"不知道", "不行", "我现在很忙", "我不清楚", "找开发商", "没办法"}) {
      String spaced = String.join(" ", p.split("")) + "。";
      assertThat(wording.forbiddenPhraseIn("您好，" + spaced)).as(p).contains(p);
      assertThat(wording.forbiddenPhraseIn("您好\u3000" + p.charAt(0) + "\u200B" + p.substring(1))).as(p).contains(p);
    }
  }

  @Test
  void aCourteousReplyPasses() {
    assertThat(wording.forbiddenPhraseIn("对不起，请稍等，我马上请工程部上门处理。")).isEmpty();
  }

  @Test
  void anIntegratorMayForbidItsOwnPhrases() {
    ReplyWording own = ReplyWording.forbidding("稍后再说");
    assertThat(own.forbiddenPhraseIn("这个稍后再说吧")).contains("稍后再说");
    assertThat(own.forbiddenPhraseIn("不知道")).isEmpty();
  }

  @Test
  void aHarmlessWordHidesOnlyThePhraseInsideIt() {
    assertThat(wording.forbiddenPhraseIn("车辆不行驶时请熄火")).isEmpty();
    assertThat(wording.forbiddenPhraseIn("业主不行使表决权")).isEmpty();
    assertThat(wording.forbiddenPhraseIn("车辆不行驶，但这样不行")).contains("不行");
    assertThat(ReplyWording.forbidding("不行").forbiddenPhraseIn("车辆不行驶")).contains("不行");
    assertThat(wording.forbiddenPhraseIn("不行驶不行")).contains("不行");
  }

  @Test
  void anAllowedWordCoversAPhraseAtItsVeryStartOrVeryEnd() {
    ReplyWording ends = ReplyWording.forbidding("不行").allowing("可不行", "不行驶");
    assertThat(ends.forbiddenPhraseIn("可不行")).isEmpty();
    assertThat(ends.forbiddenPhraseIn("不行驶")).isEmpty();
    assertThat(ends.forbiddenPhraseIn("可不")).isEmpty();
    assertThat(ends.forbiddenPhraseIn("不行")).contains("不行");
    assertThat(ends.allowedWords()).containsExactly("可不行", "不行驶");
    assertThat(ends.phrases()).containsExactly("不行");
    assertThat(ends.toString()).contains("不行").contains("allowing");
  }

  @Test
  void punctuationSymbolsAndInvisibleCharactersBetweenTheCharactersDoNotHideAPhrase() {
    for (String text : new String[] {"不.知.道", "不-行", "我现在很\u202F忙", "没\u00AD办\u2060法", "找【开发商】", "不★知☆道", "（我）不清楚"}) {
      assertThat(wording.forbiddenPhraseIn(text)).as(text).isPresent();
    }
  }

  @Test
  void theRefusalNamesEveryPhraseFoundSoTheWriterCanMendThemAtOnce() {
    Rejection no = wording.refusalOf("summary", "没办法，找开发商").orElseThrow();
    assertThat(no.field()).contains("summary");
    assertThat(no.message()).contains("「找开发商」").contains("「没办法」");
    assertThat(wording.refusalOf("summary", "已处理完毕")).isEmpty();
  }

  @Test
  void aPhraseOrAllowedWordWithoutALetterIsRefusedNamingTheList() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReplyWording.forbidding("..."))
        .isInstanceOfSatisfying(org.propdesk.core.common.InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("phrases"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> wording.allowing(" - "))
        .isInstanceOfSatisfying(org.propdesk.core.common.InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("words"));
  }
}

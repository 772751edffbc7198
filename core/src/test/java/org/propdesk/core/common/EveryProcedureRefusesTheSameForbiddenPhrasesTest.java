package org.propdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.ReplyWording;

/**
 * PROCEDURES §4: the forbidden phrases apply to anything staff say to an owner, in every procedure. The
 * kernel's rule and the complaint procedure's wrapper of it find the same phrases, and the kernel's
 * refusal names the field and every phrase in the staff's language.
 */
class EveryProcedureRefusesTheSameForbiddenPhrasesTest {
  @Test
  void theSeedListRefusesEveryPhraseEvenSpacedOutAndAllowsTheHarmlessWords() {
    OwnerWording rule = OwnerWording.seedDefaults();

    assertThat(rule.forbiddenPhrasesIn("我 不.知.道，没办法")).containsExactly("不知道", "没办法");
    assertThat(rule.forbiddenPhrasesIn("车辆不行驶时请熄火")).isEmpty();
    assertThat(rule.forbiddenPhrasesIn("这样不行")).containsExactly("不行");
    assertThat(rule.forbiddenPhrasesIn("维修师傅十分钟内到")).isEmpty();
  }

  @Test
  void theRefusalNamesTheFieldAndEveryPhraseInChineseAndEnglish() {
    Rejection no = OwnerWording.seedDefaults().refusalOf("note", "不知道，找开发商").orElseThrow();

    assertThat(no.code()).isEqualTo(RejectionCode.FORBIDDEN_PHRASE);
    assertThat(no.field()).contains("note");
    assertThat(no.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("服务禁语").contains("「不知道」、「找开发商」");
    assertThat(no.messageIn(Locale.ENGLISH)).contains("forbidden phrase").contains("「不知道」、「找开发商」");
  }

  @Test
  void theComplaintWordingAppliesTheKernelRule() {
    ReplyWording complaint = ReplyWording.of(OwnerWording.forbidding("稍后再说").allowing("稍后再说明"));

    assertThat(complaint.forbiddenPhrasesIn("稍后 再说")).containsExactly("稍后再说");
    assertThat(complaint.forbiddenPhrasesIn("稍后再说明原因")).isEmpty();
    assertThat(complaint.rule().forbiddenPhrasesIn("稍后再说")).containsExactly("稍后再说");
    assertThat(ReplyWording.seedDefaults().phrases()).isEqualTo(OwnerWording.seedDefaults().phrases());
  }
}

package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.workflows.PropDesk;

/**
 * Refusals shown to staff come from resource bundles, Chinese first and English second (brief: staff
 * texts), while the message for logs stays English.
 */
class RefusalsSpeakTheStaffsLanguageTest {
  private static PropDesk desk(Locale locale) {
    PropDesk.Builder b = PropDesk.builder().clock(MutableClock.shanghai("2026-03-02T09:00")).ids(IdSource.sequential())
        .storage(InMemoryStorage.create()).notifier(RecordingNotifier.create()).directory(Fixtures.directory());
    return (locale == null ? b : b.staffLocale(locale)).build();
  }

  private static Complaint registered(PropDesk d) {
    return d.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
  }

  @Test
  void byDefaultAClerkWhoTriesToJudgeIsToldInChineseWhoJudgesAndTheLogMessageStaysEnglish() {
    PropDesk d = desk(null);
    Complaint c = registered(d);
    Rejection no = d.complaints().judge(Fixtures.clerk(OFFICE_1), c.id(), Judgement.valid(false, false)).rejection().orElseThrow();

    assertThat(d.staffLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(d.explain(no)).isEqualTo("“判定有效”须由以下岗位之一办理：客户主管、管理处主任、客户服务中心、公司总经理；您的岗位为：前台客户服务管理员。");
    assertThat(no.message()).startsWith("JUDGE_VALID needs one of");
  }

  @Test
  void anEnglishDeskExplainsTheSameRefusalInEnglish() {
    PropDesk d = desk(Locale.UK);
    Complaint c = registered(d);
    Rejection no = d.complaints().judge(Fixtures.clerk(OFFICE_1), c.id(), Judgement.valid(false, false)).rejection().orElseThrow();
    assertThat(d.explain(no)).isEqualTo("'judge valid' needs one of: the customer supervisor, the office director, the service centre,"
        + " the general manager; you act as: the front-desk clerk.");
  }

  @Test
  void aCommandInTheWrongStateAForbiddenPhraseAndAnUnknownComplaintAreExplainedInChinese() {
    PropDesk d = desk(Locale.CHINA);
    Complaint c = registered(d);
    assertThat(d.explain(d.complaints().resolve(Fixtures.assistant(OFFICE_1), c.id(), "已处理").rejection().orElseThrow()))
        .isEqualTo("记录当前为“已登记”，不能执行“处理完毕”。");
    assertThat(d.explain(d.complaints().reply(Fixtures.clerk(OFFICE_1), c.id(), Reply.of("没办法，找开发商")).rejection().orElseThrow()))
        .isEqualTo("含有服务禁语「找开发商」、「没办法」（4.3.1.3），请换一种说法。");
    assertThat(d.explain(d.complaints().judge(Fixtures.supervisor(OFFICE_1), ComplaintId.of("C-404"), Judgement.valid(false, false))
        .rejection().orElseThrow())).isEqualTo("在您所属的管理处中未找到记录 C-404。");
  }

  @Test
  void anAssistantResolvingAnImportantComplaintIsToldWhoHasTheAuthority() {
    PropDesk d = desk(null);
    Complaint c = registered(d);
    d.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
    Rejection no = d.complaints().resolve(Fixtures.assistant(OFFICE_1), c.id(), "已修复").rejection().orElseThrow();
    assertThat(d.explain(no)).isEqualTo("重要投诉须由管理处主任或更高权限的人员处理（严禁越权处理，4.6.3）。");
    assertThat(no.messageIn(Locale.ENGLISH))
        .isEqualTo("this important complaint is resolved by the office director or above (no acting beyond one's authority, seed 4.6.3)");
  }

  @Test
  void aHostRewordsTheRefusalsItNamesAndKeepsTheOthers() {
    java.util.ResourceBundle ours = new java.util.ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"org.propdesk.core.complaint.ComplaintRejections/resolve.authority", "请转交{1}处理（{0}）"}};
      }
    };
    PropDesk d = PropDesk.builder().clock(MutableClock.shanghai("2026-03-02T09:00")).ids(IdSource.sequential())
        .storage(InMemoryStorage.create()).notifier(RecordingNotifier.create()).directory(Fixtures.directory())
        .refusalTexts(ours).build();
    Complaint c = registered(d);
    d.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
    Rejection authority = d.complaints().resolve(Fixtures.assistant(OFFICE_1), c.id(), "已修复").rejection().orElseThrow();
    assertThat(d.explain(authority)).isEqualTo("请转交管理处主任处理（重要投诉）");
    Rejection rude = d.complaints().reply(Fixtures.clerk(OFFICE_1), c.id(), Reply.of("不知道")).rejection().orElseThrow();
    assertThat(d.explain(rude)).startsWith("含有服务禁语「不知道」");
  }

  @Test
  void aHostPatternThatIsNotAMessageFormatIsRefusedWhenBuilt() {
    java.util.ResourceBundle broken = new java.util.ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"org.propdesk.core.complaint.ComplaintRejections/agreed.same", "坏的{0"}};
      }
    };
    PropDesk.Builder b = PropDesk.builder().clock(MutableClock.shanghai("2026-03-02T09:00")).ids(IdSource.sequential())
        .storage(InMemoryStorage.create()).notifier(RecordingNotifier.create()).directory(Fixtures.directory())
        .refusalTexts(broken);
    org.assertj.core.api.Assertions.assertThatThrownBy(b::build)
        .isInstanceOf(org.propdesk.workflows.PropDeskConfigurationException.class).hasMessageContaining("agreed.same");
  }
}

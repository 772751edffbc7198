package org.propdesk.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every staff-text bundle (员工提示文本) has a Chinese and an English file with the same keys, and each
 * key uses the same MessageFormat placeholders in both, so no language loses a fact.
 */
class StaffTextBundlesAgreeTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  @ParameterizedTest
  @ValueSource(strings = {"org/propdesk/workflows/complaint/ComplaintMessages", "org/propdesk/workflows/visitor/VisitMessages",
      "org/propdesk/core/lifecycle/LifecycleMessages", "org/propdesk/core/org/Labels", "org/propdesk/core/complaint/Labels",
      "org/propdesk/core/complaint/ComplaintRejections", "org/propdesk/core/visitor/Labels",
      "org/propdesk/core/visitor/VisitRejections", "org/propdesk/core/supervision/SupervisionRejections", "org/propdesk/core/supervision/Labels",
      "org/propdesk/core/common/CommonRejections", "org/propdesk/workflows/ticket/TicketMessages",
      "org/propdesk/core/ticket/TicketRejections", "org/propdesk/core/ticket/Labels", "org/propdesk/core/ticket/port/Labels",
      "org/propdesk/workflows/service/ServiceMessages", "org/propdesk/core/service/ServiceRejections", "org/propdesk/core/service/Labels",
      "org/propdesk/workflows/deposit/DepositMessages", "org/propdesk/core/deposit/DepositRejections", "org/propdesk/core/deposit/Labels",
      "org/propdesk/workflows/seal/SealMessages", "org/propdesk/core/seal/SealRejections", "org/propdesk/core/seal/Labels",
      "org/propdesk/workflows/archive/ArchiveMessages", "org/propdesk/core/archive/ArchiveRejections", "org/propdesk/core/archive/Labels"})
  void chineseAndEnglishHoldTheSameKeysAndPlaceholders(String base) throws IOException {
    Properties zh = load(base + "_zh_CN.properties");
    Properties en = load(base + ".properties");

    assertThat(zh.stringPropertyNames()).as("keys of %s", base).isNotEmpty().isEqualTo(en.stringPropertyNames());
    Map<String, Set<String>> zhArgs = placeholders(zh);
    Map<String, Set<String>> enArgs = placeholders(en);
    assertThat(zhArgs).as("placeholders of %s", base).isEqualTo(enArgs);
    zh.stringPropertyNames().forEach(k -> assertThat(zh.getProperty(k)).as("%s in Chinese", k).isNotBlank()
        .doesNotContain("TODO"));
  }

  @ParameterizedTest
  @ValueSource(classes = {org.propdesk.core.org.Role.class, org.propdesk.core.complaint.ComplaintState.class,
      org.propdesk.core.complaint.ComplaintTrigger.class, org.propdesk.core.complaint.ComplaintClass.class,
      org.propdesk.core.complaint.Department.class, org.propdesk.core.complaint.ComplaintValidity.class,
      org.propdesk.core.complaint.ComplaintCategory.class, org.propdesk.core.complaint.Channel.class,
      org.propdesk.core.complaint.MajorCriterion.class, org.propdesk.core.complaint.CallbackOutcome.class,
      org.propdesk.core.supervision.VisitMode.class, org.propdesk.core.visitor.VisitState.class,
      org.propdesk.core.visitor.VisitTrigger.class, org.propdesk.core.ticket.TicketState.class,
      org.propdesk.core.ticket.TicketTrigger.class, org.propdesk.core.ticket.PauseReason.class,
      org.propdesk.core.ticket.OwnerRating.class, org.propdesk.core.ticket.CallbackReason.class,
      org.propdesk.core.ticket.port.RepairCategory.class, org.propdesk.core.ticket.port.RepairOrigin.class,
      org.propdesk.core.service.ServiceOrderState.class, org.propdesk.core.service.ServiceOrderTrigger.class,
      org.propdesk.core.service.ServiceKind.class, org.propdesk.core.service.ServiceOrigin.class,
      org.propdesk.core.service.PaymentMethod.class, org.propdesk.core.service.ServiceRating.class,
      org.propdesk.core.service.PriceListState.class, org.propdesk.core.service.PriceListTrigger.class,
      org.propdesk.core.service.ContractState.class, org.propdesk.core.service.ContractTrigger.class,
      org.propdesk.core.service.HolidayRule.class, org.propdesk.core.deposit.DepositState.class,
      org.propdesk.core.deposit.DepositTrigger.class, org.propdesk.core.deposit.DepositType.class,
      org.propdesk.core.deposit.DepositMethod.class, org.propdesk.core.deposit.DeductionKind.class,
      org.propdesk.core.deposit.ApplicantRelation.class, org.propdesk.core.deposit.EntryKind.class,
      org.propdesk.core.deposit.LedgerAccount.class,
      org.propdesk.core.seal.SealType.class, org.propdesk.core.seal.SealState.class, org.propdesk.core.seal.SealTrigger.class,
      org.propdesk.core.seal.SealRequestKind.class, org.propdesk.core.seal.LossKind.class, org.propdesk.core.seal.SealUseState.class,
      org.propdesk.core.seal.SealUseTrigger.class, org.propdesk.core.archive.ArchiveCategory.class,
      org.propdesk.core.archive.Confidentiality.class, org.propdesk.core.archive.ArchiveItemState.class,
      org.propdesk.core.archive.ArchiveItemTrigger.class, org.propdesk.core.archive.LoanState.class,
      org.propdesk.core.archive.LoanTrigger.class})
  void everyConstantOfAnEnumShownToStaffHasALabelInBothLanguages(Class<?> type) throws IOException {
    String base = type.getPackageName().replace('.', '/') + "/Labels";
    for (String file : new String[] {base + ".properties", base + "_zh_CN.properties"}) {
      Properties labels = load(file);
      for (Object constant : type.getEnumConstants()) {
        assertThat(labels.getProperty(type.getSimpleName() + "." + ((Enum<?>) constant).name())).as("%s in %s", constant, file)
            .isNotBlank();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"org/propdesk/core/lifecycle/LifecycleMessages", "org/propdesk/core/complaint/ComplaintRejections",
      "org/propdesk/core/visitor/VisitRejections", "org/propdesk/core/supervision/SupervisionRejections", "org/propdesk/core/supervision/Labels",
      "org/propdesk/core/common/CommonRejections", "org/propdesk/core/ticket/TicketRejections",
      "org/propdesk/core/service/ServiceRejections", "org/propdesk/core/deposit/DepositRejections",
      "org/propdesk/core/seal/SealRejections", "org/propdesk/core/archive/ArchiveRejections"})
  void everyRefusalReadsInChineseWithoutEnglishWordsOrStrayPlaceholders(String base) throws IOException {
    Properties zh = load(base + "_zh_CN.properties");
    for (String key : zh.stringPropertyNames()) {
      String text = new java.text.MessageFormat(zh.getProperty(key)).format(new Object[] {"X", "Y", "Z"});
      assertThat(text).as(key).containsPattern("\\p{IsHan}").doesNotContainPattern("[a-z]{4,}").doesNotContain("{");
    }
  }

  private static Properties load(String path) throws IOException {
    try (InputStream in = StaffTextBundlesAgreeTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  private static Map<String, Set<String>> placeholders(Properties p) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      Set<String> args = new TreeSet<>();
      Matcher m = PLACEHOLDER.matcher(p.getProperty(key));
      while (m.find()) {
        args.add(m.group(1));
      }
      out.put(key, args);
    }
    return out;
  }
}

package org.propdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.ComplaintClass;

/** The adapter examples: each main runs, and each shows what its Javadoc promises. */
class AdapterExamplesTest {
  private static String printed(ThrowingRunnable main) throws Exception {
    PrintStream before = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(before);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void everyAdapterExamplesMainRuns() throws Exception {
    assertThat(printed(() -> WebhookNotifierExample.main(new String[0]))).contains("receiver: 200 accepted");
    assertThat(printed(() -> CustomPoliciesExample.main(new String[0]))).contains("company's policies");
    assertThat(printed(() -> BrokerRelayExample.main(new String[0]))).contains("consumer: propdesk.complaint");
  }

  @Test
  void theWebhookSignsEachPostIsRetriedWhenBusyAndARepeatIsAcceptedOnce() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> accepted = WebhookNotifierExample.run(new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    // one notification (the director's) and two domain events (registered, judged), each accepted once
    assertThat(accepted).hasSize(3);
    assertThat(accepted).filteredOn(b -> b.startsWith("{\"kind\":\"notification\"")).hasSize(1);
    assertThat(accepted).filteredOn(b -> b.startsWith("{\"kind\":\"event\"")).hasSize(2);
    // the two events go first and meet the busy receiver; the notification gets through; the events are retried
    assertThat(printed).contains("first run (the receiver is busy twice): RelayReport[delivered=1, failed=2, dead=0, published=0]");
    assertThat(printed).contains("30 s later, the retries:               RelayReport[delivered=0, failed=0, dead=0, published=2]");
    assertThat(printed.split("503 busy", -1)).hasSize(3);
    assertThat(printed).containsOnlyOnce("200 repeat ignored").doesNotContain("401");
    assertThat(String.join("\n", accepted)).doesNotContain("13901000007");
  }

  @Test
  void aSignatureChecksTheBodyAndTheTimestamp() {
    byte[] secret = "s".getBytes(StandardCharsets.UTF_8);
    String sig = WebhookNotifierExample.signature(secret, 1_772_413_200L, "{\"a\":1}");
    assertThat(sig).hasSize(64).isEqualTo(WebhookNotifierExample.signature(secret, 1_772_413_200L, "{\"a\":1}"));
    assertThat(WebhookNotifierExample.signature(secret, 1_772_413_201L, "{\"a\":1}")).isNotEqualTo(sig);
    assertThat(WebhookNotifierExample.signature(secret, 1_772_413_200L, "{\"a\":2}")).isNotEqualTo(sig);
  }

  @Test
  void theCompanysPoliciesChangeTheAlarmThePhrasesTheClassAndTheBankingDay() {
    List<CustomPoliciesExample.Day> days = CustomPoliciesExample.run(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8));
    CustomPoliciesExample.Day manual = days.get(0);
    CustomPoliciesExample.Day company = days.get(1);
    // the first sweep (every 30 s) after the deadline: 15 minutes by the manual, 10 by the company
    assertThat(manual.firstReplyAlarmAfter()).isEqualTo("15:30");
    assertThat(company.firstReplyAlarmAfter()).isEqualTo("10:30");
    assertThat(manual.ownPhraseRefused()).isFalse();
    assertThat(company.ownPhraseRefused()).isTrue();
    assertThat(manual.vaguePhraseRefused()).isFalse();
    assertThat(company.vaguePhraseRefused()).isTrue();
    assertThat(manual.allowedWordsAccepted()).isTrue();
    assertThat(company.allowedWordsAccepted()).isTrue();
    assertThat(manual.thirdRaisingClass()).contains(ComplaintClass.GENERAL);
    assertThat(company.thirdRaisingClass()).contains(ComplaintClass.IMPORTANT);
    // collected Thursday 5 March 2026: next working day Friday 6; the company's anniversary moves it to Monday 9
    assertThat(manual.bankingDue()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(company.bankingDue()).isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  void theBrokerGetsEveryEventKeyedByItsAggregateAndTheConsumerHandlesARedeliveryOnce() {
    List<String> log = BrokerRelayExample.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(log).filteredOn(l -> l.startsWith("propdesk.complaint key=")).extracting(l -> l.substring(l.lastIndexOf(' ') + 1))
        .startsWith("Registered");
    assertThat(log).filteredOn(l -> l.startsWith("propdesk.complaint key=")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(log).last().asString().startsWith("repeat of ").endsWith(" ignored");
  }
}

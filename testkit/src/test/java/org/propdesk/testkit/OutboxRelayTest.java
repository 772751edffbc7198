package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notifier;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.workflows.RelayReport;

/** Notifications are delivered after commit, at least once, retried with back-off, then dead. */
class OutboxRelayTest {

  /** A notifier that fails while {@link #down} is set, and records what it delivered. */
  static final class Switchable implements Notifier {
    final AtomicBoolean down = new AtomicBoolean(true);
    final List<Notification> delivered = new ArrayList<>();

    @Override
    public synchronized void deliver(Notification n) {
      if (down.get()) {
        throw new IllegalStateException("SMS gateway unreachable for 13800130001");
      }
      delivered.add(n);
    }
  }

  @Test
  void aFailingNotifierIsRetriedWithBackOffThenGoesDeadAndCanBeRetriedByHand() {
    Switchable sms = new Switchable();
    Desks d = new Desks(sms);
    Complaint c = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();

    // the two domain events (registered, judged valid) go to the event sink; the one notification (to the
    // office director, who handles an important complaint) fails
    assertThat(d.desk.outbox().deliverDue()).isEqualTo(new RelayReport(0, 1, 0, 2));
    assertThat(d.desk.outbox().deliverDue()).isEqualTo(new RelayReport(0, 0, 0, 0));
    d.clock.advance(Duration.ofSeconds(30));
    assertThat(d.desk.outbox().deliverDue()).isEqualTo(new RelayReport(0, 1, 0, 0));
    d.clock.advance(Duration.ofSeconds(59));
    assertThat(d.desk.outbox().deliverDue()).isEqualTo(new RelayReport(0, 0, 0, 0));
    d.clock.advance(Duration.ofSeconds(1));
    assertThat(d.desk.outbox().deliverDue()).isEqualTo(new RelayReport(0, 0, 1, 0));

    List<OutboxMessage> dead = d.desk.outbox().dead(10);
    assertThat(dead).singleElement().satisfies(m -> {
      assertThat(m.attempts()).isEqualTo(3);
      assertThat(m.lastError()).hasValueSatisfying(e -> assertThat(e).contains("138****0001").doesNotContain("13800130001"));
    });
    sms.down.set(false);
    assertThat(d.desk.outbox().retryDead(dead.get(0).eventId())).isTrue();
    assertThat(d.desk.outbox().deliverDue()).isEqualTo(new RelayReport(1, 0, 0, 0));
    assertThat(sms.delivered).extracting(Notification::eventId).containsExactly(dead.get(0).eventId());
    assertThat(d.desk.outbox().counts()).containsEntry(OutboxMessage.Status.DELIVERED, 3L);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"+8613912345678", "139-1234-5678", "139 1234 5678",
      "86 139 1234 5678", "13912345678"})
  void aGatewayErrorNamingAPhoneInAnyFormTheParserAcceptsIsMaskedInTheOutboxAndInTheLog(String written) {
    org.propdesk.core.common.PhoneNumber.of(written); // a form the parser accepts
    Desks d = new Desks(n -> {
      throw new IllegalStateException("SMS gateway refused " + written);
    });
    Complaint c = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();

    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      for (int attempt = 0; attempt < 3; attempt++) {
        d.desk.outbox().deliverDue();
        d.clock.advance(Duration.ofMinutes(10));
      }
    } finally {
      System.setErr(err);
    }

    OutboxMessage dead = d.desk.outbox().dead(10).get(0);
    String lastError = dead.lastError().orElseThrow();
    String logged = log.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(logged).contains("is dead after 3 attempts");
    for (String text : List.of(lastError, logged)) {
      assertThat(text).doesNotContain(written).contains("SMS gateway refused");
      assertThat(text.replaceAll("[ -]", "")).doesNotContain("1234").contains("139****5678");
    }
  }

  @Test
  void nothingIsDeliveredBeforeTheCommandCommits() {
    Desks d = new Desks();
    Complaint c = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
    assertThat(d.notifier.deliveries()).isEmpty();
    assertThat(d.desk.outbox().deliverDue().delivered()).isEqualTo(1);
    assertThat(d.notifier.deliveries()).singleElement()
        .satisfies(n -> assertThat(n.subject()).isEqualTo("投诉 " + c.id().value() + "（重要投诉）由您处理"));
  }

  @Test
  void staffTextsAreChineseByDefaultEnglishOnRequestAndReplaceableByTheHost() {
    java.util.function.Function<org.propdesk.workflows.PropDesk.Builder, Notification> judgedValid = b -> {
      RecordingNotifierHolder h = new RecordingNotifierHolder();
      org.propdesk.workflows.PropDesk desk = b.clock(MutableClock.shanghai("2026-03-02T09:00"))
          .ids(org.propdesk.core.spi.IdSource.sequential()).storage(org.propdesk.core.memory.InMemoryStorage.create())
          .notifier(h.notifier).directory(Fixtures.directory()).build();
      Complaint c = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
      desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
      desk.outbox().deliverDue();
      return h.notifier.deliveries().get(0);
    };

    Notification zh = judgedValid.apply(org.propdesk.workflows.PropDesk.builder());
    Notification en = judgedValid.apply(org.propdesk.workflows.PropDesk.builder().staffLocale(java.util.Locale.ENGLISH));
    java.util.ResourceBundle own = new java.util.ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        java.util.ResourceBundle base = java.util.ResourceBundle.getBundle("org.propdesk.workflows.complaint.ComplaintMessages",
            java.util.Locale.ENGLISH, java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        return java.util.Collections.list(base.getKeys()).stream()
            .map(k -> new Object[] {k, k.equals("judgedValid.subject") ? "【物业】{0} 请处理" : base.getString(k)})
            .toArray(Object[][]::new);
      }
    };
    Notification hosts = judgedValid.apply(org.propdesk.workflows.PropDesk.builder().complaintTexts(own));

    assertThat(zh.subject()).isEqualTo("投诉 C-000001（重要投诉）由您处理");
    assertThat(zh.body()).isEqualTo("投诉 C-000001 经判定有效，定为重要投诉，转交管理处主任处理。");
    assertThat(en.subject()).isEqualTo("Complaint C-000001 (important complaint) is yours to handle");
    assertThat(hosts.subject()).isEqualTo("【物业】C-000001 请处理");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.propdesk.workflows.PropDesk.builder()
            .complaintTexts(new java.util.ListResourceBundle() {
              @Override
              protected Object[][] getContents() {
                return new Object[][] {{"judgedValid.subject", "x"}};
              }
            }).clock(MutableClock.shanghai("2026-03-02T09:00")).ids(org.propdesk.core.spi.IdSource.sequential())
            .storage(org.propdesk.core.memory.InMemoryStorage.create()).notifier(n -> {}).directory(Fixtures.directory()).build())
        .isInstanceOfSatisfying(org.propdesk.core.common.InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("texts");
          assertThat(e.rule()).contains("judgedValid.body");
        });
  }

  /** A recording notifier per desk. */
  private static final class RecordingNotifierHolder {
    final org.propdesk.core.memory.RecordingNotifier notifier = org.propdesk.core.memory.RecordingNotifier.create();
  }
}

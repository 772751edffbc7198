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
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();

    // the two domain events (registered, judged valid) go to the event sink; the one notification fails
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
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();
    assertThat(d.notifier.deliveries()).isEmpty();
    assertThat(d.desk.outbox().deliverDue().delivered()).isEqualTo(1);
    assertThat(d.notifier.deliveries()).singleElement()
        .satisfies(n -> assertThat(n.subject()).contains(c.id().value()).contains("GENERAL"));
  }
}

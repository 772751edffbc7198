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

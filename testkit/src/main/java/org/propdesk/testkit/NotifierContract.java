package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notifier;

/**
 * The contract every {@link Notifier} must pass (通知契约测试): it accepts every audience, tolerates the
 * same event delivered twice (at-least-once delivery), and is safe to call from many threads.
 * Implement it in a test class and supply {@link #newNotifier()}; where the notifier can be observed,
 * also override {@link #deliveredEventIds(Notifier)} so that the suite checks what arrived.
 *
 * @since 0.1.0
 */
public interface NotifierContract {
  /** A new notifier, ready to deliver. */
  Notifier newNotifier();

  /**
   * The distinct event ids the notifier has delivered, if it can tell; empty when it cannot be
   * observed (e.g. it sends SMS).
   */
  default Optional<java.util.Set<String>> deliveredEventIds(Notifier notifier) {
    return Optional.empty();
  }

  private static Notification sample(String eventId, Notification.Audience audience) {
    return new Notification(eventId, Fixtures.OFFICE_1, audience,
        audience == Notification.Audience.OFFICE_ROLE ? Optional.of(Role.CUSTOMER_SUPERVISOR) : Optional.empty(),
        "FirstReplyOverdue", "C-000001", "First reply overdue on complaint C-000001",
        "Nothing was said to the owner by 2026-03-02T01:15:00Z.", Instant.parse("2026-03-02T01:16:00Z"));
  }

  @Test
  default void everyAudienceIsAccepted() {
    Notifier n = newNotifier();
    int i = 0;
    for (Notification.Audience a : Notification.Audience.values()) {
      Notification x = sample("E-A" + i++, a);
      assertThatCode(() -> n.deliver(x)).doesNotThrowAnyException();
    }
    deliveredEventIds(n).ifPresent(ids -> org.assertj.core.api.Assertions.assertThat(ids).contains("E-A0", "E-A1", "E-A2"));
  }

  @Test
  default void theSameEventDeliveredTwiceIsHarmless() {
    Notifier n = newNotifier();
    Notification x = sample("E-TWICE", Notification.Audience.GROUP);
    assertThatCode(() -> {
      n.deliver(x);
      n.deliver(x);
    }).doesNotThrowAnyException();
    deliveredEventIds(n).ifPresent(ids -> org.assertj.core.api.Assertions.assertThat(ids).contains("E-TWICE"));
  }

  @Test
  default void manyThreadsMayDeliverAtOnce() throws Exception {
    Notifier n = newNotifier();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int base = t * 100;
        fs.add(pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            n.deliver(sample("E-" + (base + i), Notification.Audience.COMPANY_LEADERSHIP));
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    deliveredEventIds(n).ifPresent(ids -> org.assertj.core.api.Assertions.assertThat(ids).hasSize(200));
  }
}

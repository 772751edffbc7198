package org.propdesk.core.spi;

/**
 * The notifier port (通知发送): delivers a notification by SMS, e-mail, the ERP's inbox or anything
 * else.
 *
 * <p>Called by the outbox relay after the transaction that created the notification committed, never
 * inside it. Delivery is at least once: the same notification (same {@link Notification#eventId()})
 * may arrive more than once after a failure or a crash, so implementations de-duplicate by event id
 * where it matters. Notifications of one office are offered in the order they were created, but a
 * failed one is retried later without holding back the rest.
 *
 * <p>Implementations must be thread-safe. Any {@link RuntimeException} means "not delivered": the
 * relay retries with back-off and finally marks it dead. Contract suite: {@code
 * org.propdesk.testkit.NotifierContract}. Built-ins: {@code org.propdesk.core.memory.RecordingNotifier}
 * and {@code org.propdesk.workflows.LoggingNotifier}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Notifier {
  /**
   * Delivers one notification.
   *
   * @throws RuntimeException when it could not be delivered; the relay will retry
   */
  void deliver(Notification notification);
}

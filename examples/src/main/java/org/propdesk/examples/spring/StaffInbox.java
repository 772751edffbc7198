package org.propdesk.examples.spring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notifier;

/**
 * The example's {@link Notifier} bean (员工消息箱), replacing the starter's logging one: it keeps the
 * last 100 staff notifications for {@code GET /api/inbox}. A real host would post them to WeCom,
 * DingTalk or SMS (see {@code WebhookNotifierExample}). At-least-once delivery: a repeated event id
 * is kept once. Thread-safe.
 */
public class StaffInbox implements Notifier {
  private static final int KEPT = 100;
  private final Deque<Notification> kept = new ArrayDeque<>();

  @Override
  public synchronized void deliver(Notification notification) {
    if (kept.stream().anyMatch(n -> n.eventId().equals(notification.eventId()))) {
      return;
    }
    kept.addFirst(notification);
    while (kept.size() > KEPT) {
      kept.removeLast();
    }
  }

  /** The kept notifications, newest first. */
  public synchronized List<Notification> latest() {
    return List.copyOf(kept);
  }
}

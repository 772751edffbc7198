package org.propdesk.core.memory;

import java.util.Set;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notifier;

/**
 * A notifier that records every delivery in memory (记录型通知器), for tests, demos and hosts that
 * poll for notifications.
 *
 * <p>Every call is recorded, duplicates included, so tests can check at-least-once delivery and
 * de-duplication by event id. Thread-safe; never fails.
 *
 * @since 0.1.0
 */
public final class RecordingNotifier implements Notifier {
  private final List<Notification> deliveries = new ArrayList<>();

  private RecordingNotifier() {}

  /** A new, empty recorder. */
  public static RecordingNotifier create() {
    return new RecordingNotifier();
  }

  @Override
  public synchronized void deliver(Notification notification) {
    deliveries.add(notification);
  }

  /** Every delivery so far, in order, duplicates included. */
  public synchronized List<Notification> deliveries() {
    return ImmutableList.copyOf(deliveries);
  }

  /** The distinct event ids delivered so far. */
  public synchronized Set<String> eventIds() {
    return deliveries.stream().map(Notification::eventId).collect(ImmutableSet.toImmutableSet());
  }

  /** Forgets every delivery. */
  public synchronized void clear() {
    deliveries.clear();
  }

  @Override
  public synchronized String toString() {
    return "RecordingNotifier[" + deliveries.size() + " deliveries]";
  }
}

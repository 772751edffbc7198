package org.propdesk.core.spi;

/**
 * The event sink port (事件发布): receives every committed domain event as JSON from the outbox relay,
 * for a host that relays events to a broker or its own tables.
 *
 * <p>Called by the relay after the transaction that wrote the event committed, never inside it, at
 * least once: the same {@link OutboxEvent#eventId()} may arrive again after a failure or crash, so
 * consumers de-duplicate by it. Events of one office are offered in the order they were written; a
 * failed one is retried later with back-off and finally marked dead, without holding back the rest.
 *
 * <p>Implementations must be thread-safe. Any {@link RuntimeException} means "not published". The
 * default, {@link #discarding()}, accepts and drops every event, so a host that does not consume
 * events pays one outbox row per event and nothing more. The relay's behaviour with a sink is tested
 * in {@code EveryDomainEventReachesTheEventSinkAsJsonTest}; a sink has no contract suite of its own
 * (any {@code publish} that returns normally counts as published).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface EventSink {
  /**
   * Publishes one event.
   *
   * @throws RuntimeException when it could not be published; the relay will retry
   */
  void publish(OutboxEvent event);

  /** Accepts and drops every event: the default when the host consumes none. */
  static EventSink discarding() {
    return event -> {};
  }
}

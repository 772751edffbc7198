package org.propdesk.core.spi;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * A domain event as the outbox relays it to the host's {@link EventSink} (领域事件消息), e.g. for a
 * message broker. The JSON is {@code {"eventId", "type", "schema", "office", "aggregate": {"type",
 * "id"}, "occurredAt", "fields": {...}}}, personal data masked; {@code eventId} is stable across
 * redeliveries, so a consumer de-duplicates by it.
 *
 * <p>Immutable and thread-safe; every part is non-null.
 *
 * @param eventId the stable event id
 * @param office the office the aggregate belongs to
 * @param aggregateType the aggregate's type, e.g. {@code "complaint"}
 * @param aggregateId the aggregate's id (a good partition key)
 * @param type the event's type, e.g. {@code "Registered"}
 * @param occurredAt when it happened
 * @param json the whole event as JSON
 * @since 0.1.0
 */
public record OutboxEvent(
    String eventId, OfficeId office, String aggregateType, String aggregateId, String type, Instant occurredAt, String json) {
  /** Checks the parts. */
  public OutboxEvent {
    Check.present("eventId", eventId);
    Check.present("office", office);
    Check.present("aggregateType", aggregateType);
    Check.present("aggregateId", aggregateId);
    Check.present("type", type);
    Check.present("occurredAt", occurredAt);
    Check.present("json", json);
  }

  /**
   * The event an {@link Notification.Audience#EVENT_STREAM} outbox message carries.
   *
   * @throws org.propdesk.core.common.InvalidInputException when the message is for a person
   */
  public static OutboxEvent of(Notification message) {
    Check.that(message.audience() == Notification.Audience.EVENT_STREAM, "audience", "must be EVENT_STREAM");
    return new OutboxEvent(message.eventId(), message.office(), message.subject(), message.aggregateId(),
        message.eventType(), message.occurredAt(), message.body());
  }

  @Override
  public String toString() {
    return "OutboxEvent[" + eventId + " " + aggregateType + "/" + aggregateId + " " + type + "]";
  }
}

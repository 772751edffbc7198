package org.propdesk.core.spi;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;

/**
 * A notification (通知) to deliver: who should hear what, with a stable event id for de-duplication.
 *
 * <p>The subject and body never contain raw personal data. Immutable and thread-safe.
 *
 * @param eventId stable id: the same notification keeps it through every delivery attempt
 * @param office the office it concerns
 * @param audience who should hear it
 * @param role for {@link Audience#OFFICE_ROLE}, the role in {@code office}; otherwise empty
 * @param eventType the domain event's type, e.g. {@code "BecameMajor"}
 * @param aggregateId the record it concerns, e.g. a complaint id
 * @param subject a one-line subject; for {@link Audience#EVENT_STREAM}, the aggregate type
 * @param body the text; for {@link Audience#EVENT_STREAM}, the event as JSON
 * @param occurredAt when the event happened
 * @since 0.1.0
 */
public record Notification(
    String eventId,
    OfficeId office,
    Audience audience,
    Optional<Role> role,
    String eventType,
    String aggregateId,
    String subject,
    String body,
    Instant occurredAt) {

  /** Who a notification is for. */
  public enum Audience {
    /** Staff holding a role in the office. */
    OFFICE_ROLE,
    /** The company's leadership (公司领导). */
    COMPANY_LEADERSHIP,
    /** The group's customer service centre (集团客户服务中心). */
    GROUP,
    /**
     * Not a person: the host's event stream (事件流). The message is a domain event as JSON (see {@link
     * OutboxEvent}), relayed to the {@link EventSink}, never to the {@link Notifier}.
     */
    EVENT_STREAM
  }

  /** The longest body of a human notification. */
  public static final int BODY_LENGTH = 4000;

  /** The longest body of an {@link Audience#EVENT_STREAM} message (the event's JSON). */
  public static final int EVENT_BODY_LENGTH = 100_000;

  /** Checks the parts. */
  public Notification {
    eventId = Check.id("eventId", eventId);
    Check.present("office", office);
    Check.present("audience", audience);
    Check.present("role", role);
    Check.that(role.isPresent() == (audience == Audience.OFFICE_ROLE), "role", "is given exactly for OFFICE_ROLE");
    eventType = Check.text("eventType", eventType, 100);
    aggregateId = Check.text("aggregateId", aggregateId, 64);
    subject = Check.text("subject", subject, 200);
    body = Check.text("body", body, audience == Audience.EVENT_STREAM ? EVENT_BODY_LENGTH : BODY_LENGTH);
    Check.present("occurredAt", occurredAt);
  }

  /** E.g. {@code "OFFICE_ROLE:CUSTOMER_SUPERVISOR@O-1"}. */
  public String recipient() {
    return audience + role.map(r -> ":" + r).orElse("") + "@" + office;
  }
}

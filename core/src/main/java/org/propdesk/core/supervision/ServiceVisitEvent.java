package org.propdesk.core.supervision;

import java.time.Instant;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.owner.OwnerId;

/**
 * What happened to a supervisor's service visit (走访事件). Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ServiceVisitEvent extends DomainEvent {
  /** The visit. */
  ServiceVisitId visitId();

  /** Its office. */
  OfficeId office();

  /** When. */
  Instant at();

  @Override
  default Instant occurredAt() {
    return at();
  }

  @Override
  default String aggregateId() {
    return visitId().value();
  }

  @Override
  default String officeId() {
    return office().value();
  }

  /**
   * A visit was recorded (走访已记录).
   *
   * @param visitId the visit
   * @param office its office
   * @param at when it was recorded
   * @param owner the owner visited
   * @param visitedAt when the visit took place
   */
  record Recorded(ServiceVisitId visitId, OfficeId office, Instant at, OwnerId owner, Instant visitedAt)
      implements ServiceVisitEvent {}

  /**
   * A fix the visit led to was recorded (整改已记录).
   *
   * @param visitId the visit
   * @param office its office
   * @param at when
   */
  record FixRecorded(ServiceVisitId visitId, OfficeId office, Instant at) implements ServiceVisitEvent {}
}

package org.propdesk.core.seal;

import java.time.Instant;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * What happened to a seal use request (用印事件). Every event names the request, its office and the
 * instant. Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface SealUseEvent extends DomainEvent {
  /** The request. */
  SealUseId useId();

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
    return useId().value();
  }

  @Override
  default String officeId() {
    return office().value();
  }

  /**
   * Requested (已申请).
   *
   * @param useId the request
   * @param office its office
   * @param at when
   * @param seal the seal
   * @param copies how many copies
   */
  record Requested(SealUseId useId, OfficeId office, Instant at, SealId seal, int copies) implements SealUseEvent {}

  /**
   * Reviewed and approved (已审核).
   *
   * @param useId the request
   * @param office its office
   * @param at when
   * @param by the reviewer
   */
  record Reviewed(SealUseId useId, OfficeId office, Instant at, StaffId by) implements SealUseEvent {}

  /**
   * Registered by the seal's keeper (已登记).
   *
   * @param useId the request
   * @param office its office
   * @param at when
   * @param seal the seal
   */
  record Registered(SealUseId useId, OfficeId office, Instant at, SealId seal) implements SealUseEvent {}

  /**
   * Stamped (已用印).
   *
   * @param useId the request
   * @param office its office
   * @param at when
   * @param seal the seal
   * @param impressions how many impressions
   */
  record Stamped(SealUseId useId, OfficeId office, Instant at, SealId seal, int impressions) implements SealUseEvent {}

  /**
   * Refused (未获批准).
   *
   * @param useId the request
   * @param office its office
   * @param at when
   * @param by who refused
   */
  record Refused(SealUseId useId, OfficeId office, Instant at, StaffId by) implements SealUseEvent {}

  /**
   * Withdrawn (已撤销).
   *
   * @param useId the request
   * @param office its office
   * @param at when
   */
  record Cancelled(SealUseId useId, OfficeId office, Instant at) implements SealUseEvent {}
}

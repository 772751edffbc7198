package org.propdesk.core.visitor;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * What happened to a visit (来访事件). Every event names the visit, its office and the instant; none
 * carries the visitor's phone or ID number. Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface VisitEvent extends DomainEvent {
  /** The visit. */
  VisitId visitId();

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
   * Registered (已登记).
   *
   * @param visitId the visit
   * @param office its office
   * @param at when
   * @param desk the desk
   * @param host the staff member visited
   * @param appointmentAt for a booked visit, when it is expected
   * @param closingCheckAt when the closing-time check runs
   */
  record Registered(VisitId visitId, OfficeId office, Instant at, FrontDeskId desk, StaffId host,
      Optional<Instant> appointmentAt, Instant closingCheckAt) implements VisitEvent {}

  /**
   * The person visited was told (已通知被访人).
   *
   * @param visitId the visit
   * @param office its office
   * @param at when
   * @param host the staff member visited
   */
  record HostNotified(VisitId visitId, OfficeId office, Instant at, StaffId host) implements VisitEvent {}

  /**
   * The person visited declined (被访人谢绝).
   *
   * @param visitId the visit
   * @param office its office
   * @param at when
   * @param reason what the visitor was told
   */
  record HostDeclined(VisitId visitId, OfficeId office, Instant at, String reason) implements VisitEvent {}

  /**
   * The visitor arrived and was let in (到访).
   *
   * @param visitId the visit
   * @param office its office
   * @param at when
   * @param late for a booked visit, whether it arrived after the appointment
   */
  record Arrived(VisitId visitId, OfficeId office, Instant at, boolean late) implements VisitEvent {}

  /**
   * The visitor left (离开).
   *
   * @param visitId the visit
   * @param office its office
   * @param at when
   * @param afterClosing whether they had been flagged at closing time
   */
  record Left(VisitId visitId, OfficeId office, Instant at, boolean afterClosing) implements VisitEvent {}

  /**
   * The visit was cancelled before arrival (取消).
   *
   * @param visitId the visit
   * @param office its office
   * @param at when
   * @param reason why
   */
  record Cancelled(VisitId visitId, OfficeId office, Instant at, String reason) implements VisitEvent {}

  /**
   * The visitor never arrived by closing time (未到访).
   *
   * @param visitId the visit
   * @param office its office
   * @param at when the check ran
   */
  record Expired(VisitId visitId, OfficeId office, Instant at) implements VisitEvent {}

  /**
   * A visitor was still on site at closing time (闭馆时仍在访): the supervisor and the guard must look.
   *
   * @param visitId the visit
   * @param office its office
   * @param at when the check ran
   * @param desk the desk that registered the visit
   * @param host the staff member visited
   */
  record StillOnSiteAtClosing(VisitId visitId, OfficeId office, Instant at, FrontDeskId desk, StaffId host)
      implements VisitEvent {}
}

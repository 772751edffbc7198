package org.propdesk.core.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairOrigin;

/**
 * What happened to a repair or incident report (报事报修事件). Every event names the report, its office
 * and the instant; none carries the contact's phone. Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface TicketEvent extends DomainEvent {
  /** The report. */
  TicketId ticketId();

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
    return ticketId().value();
  }

  @Override
  default String officeId() {
    return office().value();
  }

  /**
   * Registered (已登记).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when it was entered
   * @param reportedAt when the owner reported it
   * @param desk the desk
   * @param category what it is about
   * @param origin where it came from
   * @param originRef the complaint or patrol finding that opened it
   * @param paid whether it is paid work
   * @param firstReplyDue the last instant of an on-time first reply
   * @param dispatchDue the last instant of an on-time dispatch
   * @param resolutionDue the resolution deadline, before any pause
   * @param warningAt when the resolution warning sounds
   * @param firstFollowUpDay the first day that needs a follow-up contact
   */
  record Registered(TicketId ticketId, OfficeId office, Instant at, Instant reportedAt, FrontDeskId desk,
      RepairCategory category, RepairOrigin origin, Optional<String> originRef, boolean paid, Instant firstReplyDue,
      Instant dispatchDue, Instant resolutionDue, Instant warningAt, LocalDate firstFollowUpDay) implements TicketEvent {}

  /**
   * The owner was answered (答复).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param first whether it was the first reply
   * @param onTime for the first reply, whether it was within its limit
   */
  record Replied(TicketId ticketId, OfficeId office, Instant at, boolean first, boolean onTime) implements TicketEvent {}

  /**
   * A follow-up contact (跟进).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   */
  record FollowedUp(TicketId ticketId, OfficeId office, Instant at) implements TicketEvent {}

  /**
   * Sent to a technician (派工).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param technician who
   * @param onTime whether within the dispatch limit
   * @param arrivalDue when the technician must be on site
   */
  record Dispatched(TicketId ticketId, OfficeId office, Instant at, StaffId technician, boolean onTime, Instant arrivalDue)
      implements TicketEvent {}

  /**
   * Handed to another technician; every clock keeps running (转派).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param from the technician before
   * @param to the technician now
   * @param reason why
   */
  record Transferred(TicketId ticketId, OfficeId office, Instant at, StaffId from, StaffId to, String reason)
      implements TicketEvent {}

  /**
   * The technician took the job (接单).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param technician who
   */
  record Accepted(TicketId ticketId, OfficeId office, Instant at, StaffId technician) implements TicketEvent {}

  /**
   * The technician arrived (到场).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param technician who
   * @param onTime whether by the arrival deadline
   */
  record Arrived(TicketId ticketId, OfficeId office, Instant at, StaffId technician, boolean onTime) implements TicketEvent {}

  /**
   * The work started (开始维修).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param consentedAt for paid work, when the owner signed the price
   */
  record Started(TicketId ticketId, OfficeId office, Instant at, Optional<Instant> consentedAt) implements TicketEvent {}

  /**
   * The work stands still; the resolution clock stops (暂停).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param reason why
   */
  record Paused(TicketId ticketId, OfficeId office, Instant at, PauseReason reason) implements TicketEvent {}

  /**
   * The work goes on; the resolution clock runs again with its deadline moved by the pause (恢复).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param pausedMinutes how long the pause lasted, in minutes
   * @param resolutionDue the deadline now
   * @param warningAt when its warning sounds
   */
  record Resumed(TicketId ticketId, OfficeId office, Instant at, long pausedMinutes, Instant resolutionDue, Instant warningAt)
      implements TicketEvent {}

  /**
   * The technician reports the work done (完工).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param technician who
   * @param resolutionMinutes from the report to now, less every pause
   * @param onTime whether by the resolution deadline
   * @param unratedAt when the job moves to callback if the owner has not signed
   */
  record Completed(TicketId ticketId, OfficeId office, Instant at, StaffId technician, long resolutionMinutes,
      boolean onTime, Instant unratedAt) implements TicketEvent {}

  /**
   * The owner signed the work off (业主验收签字).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param rating the owner's rating, if given
   * @param callbackReason why a callback is due; empty when the report closes
   */
  record SignedOff(TicketId ticketId, OfficeId office, Instant at, Optional<OwnerRating> rating,
      Optional<CallbackReason> callbackReason) implements TicketEvent {}

  /**
   * The owner did not accept the work; it goes on (验收不通过).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param reason what the owner said
   * @param resolutionDue the deadline, which kept running
   */
  record SignOffRefused(TicketId ticketId, OfficeId office, Instant at, String reason, Instant resolutionDue)
      implements TicketEvent {}

  /**
   * Nobody signed within the time allowed: the callback is due (未评价转回访).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   */
  record MovedToCallback(TicketId ticketId, OfficeId office, Instant at) implements TicketEvent {}

  /**
   * The owner was called back (回访).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param rating what the owner said; empty when they could not be reached
   */
  record CalledBack(TicketId ticketId, OfficeId office, Instant at, Optional<OwnerRating> rating) implements TicketEvent {}

  /**
   * An unsatisfied callback reopened the work, traced to the technician who did it (返修).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param responsible the technician who did the work, who has it again
   * @param resolutionDue the new resolution deadline
   * @param warningAt when its warning sounds
   * @param arrivalDue when the technician must be back on site
   */
  record Reopened(TicketId ticketId, OfficeId office, Instant at, StaffId responsible, Instant resolutionDue,
      Instant warningAt, Instant arrivalDue) implements TicketEvent {}

  /**
   * Closed (关闭).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param ownerUnreachable whether it was closed because the owner could not be reached
   */
  record Closed(TicketId ticketId, OfficeId office, Instant at, boolean ownerUnreachable) implements TicketEvent {}

  /**
   * Rejected (驳回).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param reason what the owner was told
   */
  record Rejected(TicketId ticketId, OfficeId office, Instant at, String reason) implements TicketEvent {}

  /**
   * Cancelled (取消).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param reason why
   */
  record Cancelled(TicketId ticketId, OfficeId office, Instant at, String reason) implements TicketEvent {}

  /**
   * The first reply was not given in time (首次答复超时).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when the sweep found it
   * @param due the deadline missed
   */
  record FirstReplyOverdue(TicketId ticketId, OfficeId office, Instant at, Instant due) implements TicketEvent {}

  /**
   * A day passed without contact (漏跟进).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when the sweep found it
   * @param day the day
   */
  record FollowUpMissed(TicketId ticketId, OfficeId office, Instant at, LocalDate day) implements TicketEvent {}

  /**
   * Not dispatched in time (派工超时).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when the sweep found it
   * @param due the deadline missed
   */
  record DispatchOverdue(TicketId ticketId, OfficeId office, Instant at, Instant due) implements TicketEvent {}

  /**
   * The technician was not on site in time (到场超时).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when the sweep found it
   * @param technician who was expected
   * @param due the deadline missed
   */
  record ArrivalOverdue(TicketId ticketId, OfficeId office, Instant at, StaffId technician, Instant due)
      implements TicketEvent {}

  /**
   * The resolution deadline is near (即将超时).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param due the deadline
   */
  record ResolutionNear(TicketId ticketId, OfficeId office, Instant at, Instant due) implements TicketEvent {}

  /**
   * The resolution deadline passed (处理超时).
   *
   * @param ticketId the report
   * @param office its office
   * @param at when
   * @param due the deadline
   */
  record ResolutionOverdue(TicketId ticketId, OfficeId office, Instant at, Instant due) implements TicketEvent {}
}

package org.propdesk.core.complaint;

import java.util.Set;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;

/**
 * What happened to a complaint (投诉事件). Every event names the complaint, its office and the instant.
 * The workflows turn events into timers, journal entries and notifications. Immutable records.
 *
 * @since 0.1.0
 */
public sealed interface ComplaintEvent extends DomainEvent {
  /** The complaint. */
  ComplaintId complaintId();

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
    return complaintId().value();
  }

  @Override
  default String officeId() {
    return office().value();
  }

  /**
   * Registered (已登记), with its clocks.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param desk the receiving desk
   * @param firstReplyDeadline the last on-time instant for the first reply
   * @param upgradeDue when it becomes major if still unresolved
   * @param firstFollowUpDay the first day that needs a follow-up contact
   */
  record Registered(
      ComplaintId complaintId,
      OfficeId office,
      Instant at,
      FrontDeskId desk,
      Instant firstReplyDeadline,
      Instant upgradeDue,
      LocalDate firstFollowUpDay)
      implements ComplaintEvent {}

  /**
   * Registered as a repeat and merged into the open complaint it repeats (重复投诉).
   *
   * @param complaintId the new, merged complaint
   * @param office its office
   * @param at when
   * @param original the open complaint
   */
  record LinkedAsRepeat(ComplaintId complaintId, OfficeId office, Instant at, ComplaintId original)
      implements ComplaintEvent {}

  /**
   * The owner raised this matter again.
   *
   * @param complaintId the open complaint
   * @param office its office
   * @param at when
   * @param repeat the new complaint merged into this one
   * @param timesRaised how often the matter has now been raised
   */
  record RaisedAgain(ComplaintId complaintId, OfficeId office, Instant at, ComplaintId repeat, int timesRaised)
      implements ComplaintEvent {}

  /**
   * Judged valid, classified and routed.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param complaintClass the class
   * @param handler the handler role
   */
  record JudgedValid(ComplaintId complaintId, OfficeId office, Instant at, ComplaintClass complaintClass, Role handler)
      implements ComplaintEvent {}

  /**
   * A property assistant proposed a judgement (判定建议); the customer supervisor is asked to judge.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param valid whether the proposal is valid
   */
  record JudgementProposed(ComplaintId complaintId, OfficeId office, Instant at, boolean valid) implements ComplaintEvent {}

  /**
   * Judged invalid and closed.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param reason why
   */
  record JudgedInvalid(ComplaintId complaintId, OfficeId office, Instant at, String reason) implements ComplaintEvent {}

  /**
   * The class changed and the complaint was re-routed.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param from the old class
   * @param to the new class
   * @param handler the new handler role
   * @param automatic whether a rule changed it (only ever upward)
   * @param reason the reason given, if any
   */
  record Reclassified(
      ComplaintId complaintId,
      OfficeId office,
      Instant at,
      ComplaintClass from,
      ComplaintClass to,
      Role handler,
      boolean automatic,
      Optional<String> reason)
      implements ComplaintEvent {}

  /**
   * Became major (重大投诉): company leadership and the group are told at once.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param criteria the criteria met
   */
  record BecameMajor(ComplaintId complaintId, OfficeId office, Instant at, Set<MajorCriterion> criteria)
      implements ComplaintEvent {
    /** Keeps an unmodifiable copy of the criteria, in their order. */
    public BecameMajor {
      criteria = ImmutableSet.copyOf(criteria);
    }
  }

  /**
   * Something was said to the owner.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param first whether this was the first reply
   * @param onTime for a first reply, whether within the limit
   */
  record Replied(ComplaintId complaintId, OfficeId office, Instant at, boolean first, boolean onTime)
      implements ComplaintEvent {}

  /**
   * A follow-up contact was recorded.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when the contact took place
   * @param channel how
   */
  record FollowedUp(ComplaintId complaintId, OfficeId office, Instant at, ContactChannel channel)
      implements ComplaintEvent {}

  /**
   * The first-reply deadline passed with nothing said (首次回复超时).
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when it was noticed
   * @param deadline the deadline that passed
   */
  record FirstReplyOverdue(ComplaintId complaintId, OfficeId office, Instant at, Instant deadline)
      implements ComplaintEvent {}

  /**
   * A day passed without contact with the owner (漏跟进).
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when it was noticed
   * @param day the day, in the office's zone
   */
  record FollowUpMissed(ComplaintId complaintId, OfficeId office, Instant at, LocalDate day) implements ComplaintEvent {}

  /**
   * Resolution recorded.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param onTarget whether within the class's resolution target
   */
  record Resolved(ComplaintId complaintId, OfficeId office, Instant at, boolean onTarget) implements ComplaintEvent {}

  /**
   * Callback made.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param outcome the owner's answer
   */
  record CalledBack(ComplaintId complaintId, OfficeId office, Instant at, CallbackOutcome outcome)
      implements ComplaintEvent {}

  /**
   * Reopened after an unsatisfied callback.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param handler the handler role it returns to
   */
  record Reopened(ComplaintId complaintId, OfficeId office, Instant at, Role handler) implements ComplaintEvent {}

  /**
   * Signed off by the general manager.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   */
  record SignedOff(ComplaintId complaintId, OfficeId office, Instant at) implements ComplaintEvent {}

  /**
   * Nobody judged the complaint by the end of its first working day (搁置未判定).
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when the alarm was raised
   * @param due the end of the first working day
   */
  record JudgementOverdue(ComplaintId complaintId, OfficeId office, Instant at, Instant due) implements ComplaintEvent {}

  /**
   * An invalid judgement was reversed (撤销无效判定): the complaint awaits a new judgement.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param reason why the invalid judgement was wrong
   */
  record InvalidJudgementReversed(ComplaintId complaintId, OfficeId office, Instant at, String reason)
      implements ComplaintEvent {}

  /**
   * The general manager refused the sign-off (总经理退回), and the complaint went back to handling.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param reason why
   * @param handler who handles it again
   */
  record SignOffRefused(ComplaintId complaintId, OfficeId office, Instant at, String reason, Role handler)
      implements ComplaintEvent {}

  /**
   * Closed because the owner could not be reached (业主无法联系，结案), by the customer supervisor.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param attemptDays the distinct days of unreachable callbacks since the resolution, at least 3
   * @param reason why it is closed without the owner's word
   */
  record ClosedOwnerUnreachable(ComplaintId complaintId, OfficeId office, Instant at, int attemptDays, String reason)
      implements ComplaintEvent {}

  /**
   * Reached a terminal state.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param state the terminal state
   */
  record Closed(ComplaintId complaintId, OfficeId office, Instant at, ComplaintState state) implements ComplaintEvent {}

  /**
   * A handling time was agreed with the owner (约定处理时间), or renegotiated.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param due the agreed time
   * @param renegotiated whether it replaces an earlier agreement
   */
  record HandlingTimeAgreed(ComplaintId complaintId, OfficeId office, Instant at, Instant due, boolean renegotiated)
      implements ComplaintEvent {}

  /**
   * The agreed handling time passed with the matter unresolved (约定时间已过).
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when it was noticed
   * @param due the agreed time that passed
   * @param handler the handler role, once judged valid
   */
  record AgreedTimePassed(ComplaintId complaintId, OfficeId office, Instant at, Instant due, Optional<Role> handler)
      implements ComplaintEvent {}

  /**
   * The resolution target is near (处理时限预警).
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when the warning was given
   * @param target the resolution target
   * @param handler the handler role
   */
  record ResolutionTargetNear(ComplaintId complaintId, OfficeId office, Instant at, Instant target, Role handler)
      implements ComplaintEvent {}

  /**
   * The resolution target passed with the complaint unresolved (处理超时).
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when it was noticed
   * @param target the resolution target that passed
   * @param handler the handler role
   */
  record ResolutionTargetMissed(ComplaintId complaintId, OfficeId office, Instant at, Instant target, Role handler)
      implements ComplaintEvent {}

  /**
   * Who the complaint is about was recorded or corrected (被投诉部门/人员): the department head is told.
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param about the department and, if named, the person
   */
  record ComplainedAboutRecorded(ComplaintId complaintId, OfficeId office, Instant at, ComplainedAbout about)
      implements ComplaintEvent {}

  /**
   * A repair or incident report was opened from the complaint (投诉转报修).
   *
   * @param complaintId the complaint
   * @param office its office
   * @param at when
   * @param ticketId the report opened
   */
  record RepairReportOpened(ComplaintId complaintId, OfficeId office, Instant at, String ticketId) implements ComplaintEvent {}
}

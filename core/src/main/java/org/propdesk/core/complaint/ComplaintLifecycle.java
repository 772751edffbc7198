package org.propdesk.core.complaint;

import java.util.Set;

import static org.propdesk.core.complaint.ComplaintState.AWAITING_SIGN_OFF;
import static org.propdesk.core.complaint.ComplaintState.CLOSED;
import static org.propdesk.core.complaint.ComplaintState.INVALID;
import static org.propdesk.core.complaint.ComplaintState.IN_HANDLING;
import static org.propdesk.core.complaint.ComplaintState.MERGED;
import static org.propdesk.core.complaint.ComplaintState.REGISTERED;
import static org.propdesk.core.complaint.ComplaintState.RESOLVED;
import static org.propdesk.core.complaint.ComplaintTrigger.AGREED_TIME_PASSED;
import static org.propdesk.core.complaint.ComplaintTrigger.AGREE_HANDLING_TIME;
import static org.propdesk.core.complaint.ComplaintTrigger.RECORD_COMPLAINED_ABOUT;
import static org.propdesk.core.complaint.ComplaintTrigger.RESOLUTION_TARGET_MISSED;
import static org.propdesk.core.complaint.ComplaintTrigger.RESOLUTION_TARGET_NEAR;
import static org.propdesk.core.complaint.ComplaintTrigger.AUTO_UPGRADE;
import static org.propdesk.core.complaint.ComplaintTrigger.CALLBACK_SATISFIED;
import static org.propdesk.core.complaint.ComplaintTrigger.CALLBACK_SATISFIED_MAJOR;
import static org.propdesk.core.complaint.ComplaintTrigger.CALLBACK_UNREACHABLE;
import static org.propdesk.core.complaint.ComplaintTrigger.CALLBACK_UNSATISFIED;
import static org.propdesk.core.complaint.ComplaintTrigger.DOWNGRADE;
import static org.propdesk.core.complaint.ComplaintTrigger.FIRST_REPLY_OVERDUE;
import static org.propdesk.core.complaint.ComplaintTrigger.FOLLOW_UP;
import static org.propdesk.core.complaint.ComplaintTrigger.FOLLOW_UP_MISSED;
import static org.propdesk.core.complaint.ComplaintTrigger.CLOSE_OWNER_UNREACHABLE;
import static org.propdesk.core.complaint.ComplaintTrigger.JUDGEMENT_OVERDUE;
import static org.propdesk.core.complaint.ComplaintTrigger.JUDGE_INVALID;
import static org.propdesk.core.complaint.ComplaintTrigger.PROPOSE_JUDGEMENT;
import static org.propdesk.core.complaint.ComplaintTrigger.REFUSE_SIGN_OFF;
import static org.propdesk.core.complaint.ComplaintTrigger.REVERSE_INVALID;
import static org.propdesk.core.complaint.ComplaintTrigger.JUDGE_VALID;
import static org.propdesk.core.complaint.ComplaintTrigger.LINK_AS_REPEAT;
import static org.propdesk.core.complaint.ComplaintTrigger.REPEAT_RAISED;
import static org.propdesk.core.complaint.ComplaintTrigger.REPLY;
import static org.propdesk.core.complaint.ComplaintTrigger.RESOLVE;
import static org.propdesk.core.complaint.ComplaintTrigger.SIGN_OFF;
import static org.propdesk.core.complaint.ComplaintTrigger.UPGRADE;
import static org.propdesk.core.org.Role.CUSTOMER_SUPERVISOR;
import static org.propdesk.core.org.Role.DEPARTMENT_HEAD;
import static org.propdesk.core.org.Role.FRONT_DESK_CLERK;
import static org.propdesk.core.org.Role.GENERAL_MANAGER;
import static org.propdesk.core.org.Role.OFFICE_DIRECTOR;
import static org.propdesk.core.org.Role.PROPERTY_ASSISTANT;
import static org.propdesk.core.org.Role.SERVICE_CENTRE;
import static org.propdesk.core.org.Role.SYSTEM;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.propdesk.core.lifecycle.Lifecycle;
import org.propdesk.core.org.Role;

/**
 * The complaint lifecycle table (投诉状态机), manual procedure 5. The README's diagram is generated from
 * {@link #TABLE}.
 *
 * <p>Who may fire what (seed 3.1-3.6): the front desk receives, replies and calls back; property
 * assistants, the office director, the service centre and the general manager judge and handle;
 * only the general manager signs a major complaint off; the system sweep fires the timer triggers.
 * Authority beyond the role (e.g. resolving an important complaint needs the office director's rank)
 * is checked by the aggregate, not the table.
 *
 * @since 0.1.0
 */
public final class ComplaintLifecycle {
  /** Roles that may register a complaint (受理). */
  public static final Set<Role> REGISTRARS =
      ImmutableSet.of(
          FRONT_DESK_CLERK, CUSTOMER_SUPERVISOR, PROPERTY_ASSISTANT, OFFICE_DIRECTOR, SERVICE_CENTRE, GENERAL_MANAGER);

  /** Roles that may speak to the owner: reply and follow up (答复、跟进). */
  public static final Set<Role> CONTACTS =
      ImmutableSet.of(
          FRONT_DESK_CLERK,
          PROPERTY_ASSISTANT,
          CUSTOMER_SUPERVISOR,
          DEPARTMENT_HEAD,
          OFFICE_DIRECTOR,
          SERVICE_CENTRE,
          GENERAL_MANAGER);

  /**
   * Roles that may judge validity (有效性判定), PROCEDURES §5 Scope: not the property assistant, since the
   * judgement would route the complaint to themselves.
   */
  public static final Set<Role> JUDGES =
      ImmutableSet.of(CUSTOMER_SUPERVISOR, OFFICE_DIRECTOR, SERVICE_CENTRE, GENERAL_MANAGER);

  /** Roles that may propose a judgement without making it (PROCEDURES §5 Scope). */
  public static final Set<Role> PROPOSERS = ImmutableSet.of(PROPERTY_ASSISTANT);

  /** Roles that may record a resolution (处理); the aggregate also checks authority by class. */
  public static final Set<Role> RESOLVERS =
      ImmutableSet.of(PROPERTY_ASSISTANT, OFFICE_DIRECTOR, SERVICE_CENTRE, GENERAL_MANAGER);

  /** Roles that make the callback (回访). */
  public static final Set<Role> CALLERS =
      ImmutableSet.of(FRONT_DESK_CLERK, CUSTOMER_SUPERVISOR, SERVICE_CENTRE);

  /** Roles that may raise the class by hand. */
  public static final Set<Role> UPGRADERS =
      ImmutableSet.of(CUSTOMER_SUPERVISOR, OFFICE_DIRECTOR, SERVICE_CENTRE, GENERAL_MANAGER);

  /** Roles that may lower the class, with a reason; the aggregate also checks authority by class. */
  public static final Set<Role> DOWNGRADERS =
      ImmutableSet.of(OFFICE_DIRECTOR, SERVICE_CENTRE, GENERAL_MANAGER);

  /** Roles that may reverse an invalid judgement (PROCEDURES §5 Scope). */
  public static final Set<Role> REVERSERS = ImmutableSet.of(OFFICE_DIRECTOR, SERVICE_CENTRE);

  /** Roles that may close a complaint whose owner cannot be reached (PROCEDURES §5 Closing). */
  public static final Set<Role> UNREACHABLE_CLOSERS = ImmutableSet.of(CUSTOMER_SUPERVISOR);

  private static final ImmutableSet<Role> GM = ImmutableSet.of(GENERAL_MANAGER);
  private static final ImmutableSet<Role> SWEEP = ImmutableSet.of(SYSTEM);

  /** The table. Built and verified once. */
  public static final Lifecycle<ComplaintState, ComplaintTrigger> TABLE =
      Lifecycle.builder("Complaint", ComplaintState.class, ComplaintTrigger.class)
          .initial(REGISTERED)
          .terminal(MERGED)
          .resting(CLOSED, INVALID)
          .on(REGISTERED, JUDGE_VALID, IN_HANDLING, JUDGES)
          .on(REGISTERED, JUDGE_INVALID, INVALID, JUDGES)
          .stay(List.of(REGISTERED), PROPOSE_JUDGEMENT, PROPOSERS)
          .on(INVALID, REVERSE_INVALID, REGISTERED, REVERSERS)
          .on(REGISTERED, LINK_AS_REPEAT, MERGED, REGISTRARS)
          .stay(List.of(REGISTERED, IN_HANDLING, INVALID), REPLY, CONTACTS)
          .stay(List.of(REGISTERED, IN_HANDLING), FOLLOW_UP, CONTACTS)
          .stay(List.of(REGISTERED, IN_HANDLING), REPEAT_RAISED, REGISTRARS)
          .on(RESOLVED, REPEAT_RAISED, IN_HANDLING, REGISTRARS)
          .on(AWAITING_SIGN_OFF, REPEAT_RAISED, IN_HANDLING, REGISTRARS)
          .on(CLOSED, REPEAT_RAISED, IN_HANDLING, REGISTRARS)
          .stay(List.of(REGISTERED, IN_HANDLING, INVALID), FIRST_REPLY_OVERDUE, SWEEP)
          .stay(List.of(REGISTERED, IN_HANDLING), FOLLOW_UP_MISSED, SWEEP)
          .stay(List.of(REGISTERED), JUDGEMENT_OVERDUE, SWEEP)
          .stay(List.of(IN_HANDLING, RESOLVED), AUTO_UPGRADE, SWEEP)
          .stay(List.of(IN_HANDLING, RESOLVED), UPGRADE, UPGRADERS)
          .stay(List.of(IN_HANDLING, RESOLVED), DOWNGRADE, DOWNGRADERS)
          .on(IN_HANDLING, RESOLVE, RESOLVED, RESOLVERS)
          .on(RESOLVED, CALLBACK_SATISFIED, CLOSED, CALLERS)
          .on(RESOLVED, CALLBACK_SATISFIED_MAJOR, AWAITING_SIGN_OFF, CALLERS)
          .on(RESOLVED, CALLBACK_UNSATISFIED, IN_HANDLING, CALLERS)
          .on(RESOLVED, CALLBACK_UNREACHABLE, RESOLVED, CALLERS)
          .on(RESOLVED, CLOSE_OWNER_UNREACHABLE, CLOSED, UNREACHABLE_CLOSERS)
          .on(AWAITING_SIGN_OFF, SIGN_OFF, CLOSED, GM)
          .on(AWAITING_SIGN_OFF, REFUSE_SIGN_OFF, IN_HANDLING, GM)
          .stay(List.of(REGISTERED, IN_HANDLING), AGREE_HANDLING_TIME, CONTACTS)
          .stay(List.of(REGISTERED, IN_HANDLING, RESOLVED, AWAITING_SIGN_OFF), RECORD_COMPLAINED_ABOUT, REGISTRARS)
          .stay(List.of(REGISTERED, IN_HANDLING), AGREED_TIME_PASSED, SWEEP)
          .stay(List.of(IN_HANDLING), RESOLUTION_TARGET_NEAR, SWEEP)
          .stay(List.of(IN_HANDLING), RESOLUTION_TARGET_MISSED, SWEEP)
          .stay(List.of(REGISTERED, IN_HANDLING), ComplaintTrigger.OPEN_REPAIR_REPORT, CONTACTS)
          .build();

  private ComplaintLifecycle() {}
}

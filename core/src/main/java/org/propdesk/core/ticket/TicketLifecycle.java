package org.propdesk.core.ticket;

import static org.propdesk.core.org.Role.CUSTOMER_SUPERVISOR;
import static org.propdesk.core.org.Role.DEPARTMENT_HEAD;
import static org.propdesk.core.org.Role.ENGINEERING_TECHNICIAN;
import static org.propdesk.core.org.Role.FRONT_DESK_CLERK;
import static org.propdesk.core.org.Role.OFFICE_DIRECTOR;
import static org.propdesk.core.org.Role.PROPERTY_ASSISTANT;
import static org.propdesk.core.org.Role.SECURITY_GUARD;
import static org.propdesk.core.org.Role.SERVICE_CENTRE;
import static org.propdesk.core.org.Role.SYSTEM;
import static org.propdesk.core.ticket.TicketState.ACCEPTED;
import static org.propdesk.core.ticket.TicketState.AWAITING_CALLBACK;
import static org.propdesk.core.ticket.TicketState.CANCELLED;
import static org.propdesk.core.ticket.TicketState.CLOSED;
import static org.propdesk.core.ticket.TicketState.DISPATCHED;
import static org.propdesk.core.ticket.TicketState.DONE;
import static org.propdesk.core.ticket.TicketState.IN_PROGRESS;
import static org.propdesk.core.ticket.TicketState.ON_SITE;
import static org.propdesk.core.ticket.TicketState.PAUSED;
import static org.propdesk.core.ticket.TicketState.REGISTERED;
import static org.propdesk.core.ticket.TicketState.REJECTED;

import java.util.List;
import java.util.Set;
import org.propdesk.core.lifecycle.Lifecycle;
import org.propdesk.core.org.Role;

/**
 * The repair and incident lifecycle table (报事报修状态机), PROCEDURES §6: registered, dispatched,
 * accepted, on site, in progress (paused and resumed), done, signed off by the owner, called back,
 * closed; rejected or cancelled with a reason from any open state. The README's diagram is generated
 * from {@link #TABLE}.
 *
 * <p>Who may fire what [ours, from the duties of §0-§3]: the desk, the assistant, the supervisors and
 * the director register, speak to the owner and dispatch; only a technician takes, attends, starts and
 * completes a job (the aggregate also checks it is the technician it was dispatched to); the owner's
 * sign-off is recorded by the technician on site or by the desk; the callback is made by the desk, the
 * customer supervisor or the service centre, never by the technician; the system sweep fires the
 * timer triggers. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TicketLifecycle {
  /** Roles that register a report (登记): the desk and whoever may take one, e.g. a guard on patrol. */
  public static final Set<Role> REGISTRARS = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR,
      DEPARTMENT_HEAD, OFFICE_DIRECTOR, SERVICE_CENTRE, SECURITY_GUARD);

  /** Roles that speak to the owner: reply and follow up (答复、跟进). */
  public static final Set<Role> CONTACTS = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR,
      DEPARTMENT_HEAD, OFFICE_DIRECTOR, SERVICE_CENTRE);

  /** Roles that send a job to a technician or hand it to another (派工、转派). */
  public static final Set<Role> DISPATCHERS = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR,
      DEPARTMENT_HEAD, OFFICE_DIRECTOR);

  /** Roles that do the work: take, attend, start and complete it (接单、到场、维修、完工). */
  public static final Set<Role> TECHNICIANS = Set.of(ENGINEERING_TECHNICIAN);

  /** Roles that pause and resume the work (暂停、恢复): the technician and the engineering head. */
  public static final Set<Role> PAUSERS = Set.of(ENGINEERING_TECHNICIAN, DEPARTMENT_HEAD);

  /** Roles that record the owner's sign-off or refusal (记录业主验收). */
  public static final Set<Role> SIGN_OFF_RECORDERS = Set.of(ENGINEERING_TECHNICIAN, FRONT_DESK_CLERK, PROPERTY_ASSISTANT,
      CUSTOMER_SUPERVISOR);

  /** Roles that make the callback (回访): never the technician who did the work. */
  public static final Set<Role> CALLERS = Set.of(FRONT_DESK_CLERK, CUSTOMER_SUPERVISOR, SERVICE_CENTRE);

  /** Roles that close a report whose owner cannot be reached (联系不上关闭). */
  public static final Set<Role> UNREACHABLE_CLOSERS = Set.of(CUSTOMER_SUPERVISOR);

  /** Roles that reject a report (驳回). */
  public static final Set<Role> REJECTERS = Set.of(CUSTOMER_SUPERVISOR, DEPARTMENT_HEAD, OFFICE_DIRECTOR);

  /** Roles that cancel a report, e.g. the owner withdrew it (取消). */
  public static final Set<Role> CANCELLERS = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR, OFFICE_DIRECTOR);

  /** The open states: everything but closed, rejected and cancelled. */
  public static final List<TicketState> OPEN =
      List.of(REGISTERED, DISPATCHED, ACCEPTED, ON_SITE, IN_PROGRESS, PAUSED, DONE, AWAITING_CALLBACK);

  /** The states in which the resolution clock runs. */
  public static final List<TicketState> CLOCK_RUNNING = List.of(REGISTERED, DISPATCHED, ACCEPTED, ON_SITE, IN_PROGRESS);

  private static final Set<Role> SWEEP = Set.of(SYSTEM);

  /** The table. Built and verified once. */
  public static final Lifecycle<TicketState, TicketTrigger> TABLE = table();

  private TicketLifecycle() {}

  private static Lifecycle<TicketState, TicketTrigger> table() {
    Lifecycle.Builder<TicketState, TicketTrigger> b = Lifecycle.builder("Ticket", TicketState.class, TicketTrigger.class)
        .initial(REGISTERED)
        .terminal(CLOSED, REJECTED, CANCELLED)
        .stay(OPEN, TicketTrigger.REPLY, CONTACTS)
        .stay(OPEN, TicketTrigger.FOLLOW_UP, CONTACTS)
        .on(REGISTERED, TicketTrigger.DISPATCH, DISPATCHED, DISPATCHERS)
        .on(DISPATCHED, TicketTrigger.TRANSFER, DISPATCHED, DISPATCHERS)
        .on(ACCEPTED, TicketTrigger.TRANSFER, DISPATCHED, DISPATCHERS)
        .stay(List.of(ON_SITE, IN_PROGRESS, PAUSED), TicketTrigger.TRANSFER, DISPATCHERS)
        .on(DISPATCHED, TicketTrigger.ACCEPT, ACCEPTED, TECHNICIANS)
        .on(ACCEPTED, TicketTrigger.ARRIVE, ON_SITE, TECHNICIANS)
        .on(ON_SITE, TicketTrigger.START, IN_PROGRESS, TECHNICIANS)
        .on(IN_PROGRESS, TicketTrigger.PAUSE, PAUSED, PAUSERS)
        .on(PAUSED, TicketTrigger.RESUME, IN_PROGRESS, PAUSERS)
        .on(IN_PROGRESS, TicketTrigger.COMPLETE, DONE, TECHNICIANS)
        .on(DONE, TicketTrigger.OWNER_SIGN_OFF, CLOSED, SIGN_OFF_RECORDERS)
        .on(DONE, TicketTrigger.OWNER_SIGN_OFF_FOR_CALLBACK, AWAITING_CALLBACK, SIGN_OFF_RECORDERS)
        .on(DONE, TicketTrigger.OWNER_REFUSE, IN_PROGRESS, SIGN_OFF_RECORDERS)
        .on(DONE, TicketTrigger.UNRATED_TIMEOUT, AWAITING_CALLBACK, SWEEP)
        .on(AWAITING_CALLBACK, TicketTrigger.CALLBACK_SATISFIED, CLOSED, CALLERS)
        .on(AWAITING_CALLBACK, TicketTrigger.CALLBACK_UNSATISFIED, DISPATCHED, CALLERS)
        .stay(List.of(AWAITING_CALLBACK), TicketTrigger.CALLBACK_UNREACHABLE, CALLERS)
        .on(AWAITING_CALLBACK, TicketTrigger.CLOSE_UNREACHABLE, CLOSED, UNREACHABLE_CLOSERS)
        .stay(OPEN, TicketTrigger.FIRST_REPLY_OVERDUE, SWEEP)
        .stay(OPEN, TicketTrigger.FOLLOW_UP_MISSED, SWEEP)
        .stay(List.of(REGISTERED), TicketTrigger.DISPATCH_OVERDUE, SWEEP)
        .stay(List.of(DISPATCHED, ACCEPTED), TicketTrigger.ARRIVAL_OVERDUE, SWEEP)
        .stay(CLOCK_RUNNING, TicketTrigger.RESOLUTION_NEAR, SWEEP)
        .stay(CLOCK_RUNNING, TicketTrigger.RESOLUTION_OVERDUE, SWEEP);
    for (TicketState s : OPEN) {
      b.on(s, TicketTrigger.REJECT, REJECTED, REJECTERS);
      b.on(s, TicketTrigger.CANCEL, CANCELLED, CANCELLERS);
    }
    return b.build();
  }
}

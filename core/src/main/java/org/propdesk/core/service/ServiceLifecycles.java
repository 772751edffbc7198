package org.propdesk.core.service;

import static org.propdesk.core.org.Role.CUSTOMER_SUPERVISOR;
import static org.propdesk.core.org.Role.DEPARTMENT_HEAD;
import static org.propdesk.core.org.Role.ENGINEERING_TECHNICIAN;
import static org.propdesk.core.org.Role.FINANCE;
import static org.propdesk.core.org.Role.FRONT_DESK_CLERK;
import static org.propdesk.core.org.Role.GENERAL_MANAGER;
import static org.propdesk.core.org.Role.OFFICE_DIRECTOR;
import static org.propdesk.core.org.Role.PROPERTY_ASSISTANT;
import static org.propdesk.core.org.Role.SERVICE_CENTRE;
import static org.propdesk.core.org.Role.SYSTEM;
import static org.propdesk.core.service.ServiceOrderState.ACCEPTED;
import static org.propdesk.core.service.ServiceOrderState.CANCELLED;
import static org.propdesk.core.service.ServiceOrderState.CHARGED;
import static org.propdesk.core.service.ServiceOrderState.CLOSED;
import static org.propdesk.core.service.ServiceOrderState.DONE;
import static org.propdesk.core.service.ServiceOrderState.IN_PROGRESS;
import static org.propdesk.core.service.ServiceOrderState.QUOTED;
import static org.propdesk.core.service.ServiceOrderState.REFUSED;
import static org.propdesk.core.service.ServiceOrderState.REQUESTED;
import static org.propdesk.core.service.ServiceOrderState.SCHEDULED;

import java.util.List;
import java.util.Set;
import org.propdesk.core.lifecycle.Lifecycle;
import org.propdesk.core.org.Role;

/**
 * The special-service lifecycle tables (特约服务状态机), PROCEDURES §12: the order (requested, quoted,
 * accepted or refused, scheduled, in progress, done and accepted, charged, callback, closed), the
 * price list and the recurring contract. The README's diagrams are generated from them.
 *
 * <p>Who may fire what [ours, from the duties of §0-§3]: the desk and the assistant take requests,
 * quote listed work, record the owner's signature and take the money; only a supervisor or the
 * director quotes unlisted work (the aggregate checks it); finance also takes money; the technician and
 * the engineering head do the work; the callback is made by the desk, the customer supervisor or the
 * service centre; the director (or, company-wide, the general manager and the service centre)
 * publishes the price list. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ServiceLifecycles {
  /** Roles that take requests, quote listed work, schedule and cancel (受理、报价、排期). */
  public static final Set<Role> DESK = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR, OFFICE_DIRECTOR);

  /**
   * Roles that cancel an order before the work (取消): the desk, and the engineering head, who also ends
   * the paid repair reports that orders come from.
   */
  public static final Set<Role> CANCELLERS = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR, OFFICE_DIRECTOR,
      DEPARTMENT_HEAD);

  /** Roles that may quote unlisted work (非标项目报价): the supervisor assesses it. */
  public static final Set<Role> UNLISTED_QUOTERS = Set.of(CUSTOMER_SUPERVISOR, OFFICE_DIRECTOR);

  /** Roles that record the owner's signature: consent, refusal, acceptance (记录业主签字). */
  public static final Set<Role> SIGNATURE_RECORDERS = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR,
      ENGINEERING_TECHNICIAN);

  /** Roles that do the work (服务人员). */
  public static final Set<Role> WORKERS = Set.of(ENGINEERING_TECHNICIAN, DEPARTMENT_HEAD);

  /** Roles that take the money (收费). */
  public static final Set<Role> CASHIERS = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, FINANCE);

  /** Roles that make the callback (回访). */
  public static final Set<Role> CALLERS = Set.of(FRONT_DESK_CLERK, CUSTOMER_SUPERVISOR, SERVICE_CENTRE);

  /** Roles that publish the price list (发布收费标准). */
  public static final Set<Role> PUBLISHERS = Set.of(OFFICE_DIRECTOR, GENERAL_MANAGER, SERVICE_CENTRE);

  /** Roles that sign a recurring contract for the office, or end it early (签订、终止合同). */
  public static final Set<Role> CONTRACTORS = Set.of(PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR, OFFICE_DIRECTOR);

  private static final Set<Role> SWEEP = Set.of(SYSTEM);

  /** The order table. */
  public static final Lifecycle<ServiceOrderState, ServiceOrderTrigger> ORDER =
      Lifecycle.builder("ServiceOrder", ServiceOrderState.class, ServiceOrderTrigger.class)
          .initial(REQUESTED)
          .terminal(CLOSED, REFUSED, CANCELLED)
          .on(REQUESTED, ServiceOrderTrigger.QUOTE, QUOTED, DESK)
          .stay(List.of(QUOTED), ServiceOrderTrigger.QUOTE, DESK)
          .on(QUOTED, ServiceOrderTrigger.CONSENT, ACCEPTED, SIGNATURE_RECORDERS)
          .on(QUOTED, ServiceOrderTrigger.REFUSE, REFUSED, SIGNATURE_RECORDERS)
          .on(ACCEPTED, ServiceOrderTrigger.SCHEDULE, SCHEDULED, DESK)
          .stay(List.of(SCHEDULED), ServiceOrderTrigger.SCHEDULE, DESK)
          .on(REQUESTED, ServiceOrderTrigger.GENERATE_VISIT, SCHEDULED, SWEEP)
          .on(SCHEDULED, ServiceOrderTrigger.START, IN_PROGRESS, WORKERS)
          .on(IN_PROGRESS, ServiceOrderTrigger.COMPLETE, DONE, WORKERS)
          .on(ACCEPTED, ServiceOrderTrigger.REPAIR_DONE, DONE, SIGNATURE_RECORDERS)
          .on(DONE, ServiceOrderTrigger.CHARGE, CHARGED, CASHIERS)
          .on(CHARGED, ServiceOrderTrigger.CLOSE_REPAIR, CLOSED, CASHIERS)
          .on(CHARGED, ServiceOrderTrigger.CALLBACK_SATISFIED, CLOSED, CALLERS)
          .on(CHARGED, ServiceOrderTrigger.CALLBACK_UNSATISFIED, CLOSED, CALLERS)
          .stay(List.of(CHARGED), ServiceOrderTrigger.CALLBACK_UNREACHABLE, CALLERS)
          .on(CHARGED, ServiceOrderTrigger.CLOSE_UNREACHABLE, CLOSED, Set.of(CUSTOMER_SUPERVISOR))
          .on(REQUESTED, ServiceOrderTrigger.CANCEL, CANCELLED, CANCELLERS)
          .on(QUOTED, ServiceOrderTrigger.CANCEL, CANCELLED, CANCELLERS)
          .on(ACCEPTED, ServiceOrderTrigger.CANCEL, CANCELLED, CANCELLERS)
          .on(SCHEDULED, ServiceOrderTrigger.CANCEL, CANCELLED, CANCELLERS)
          .stay(List.of(REQUESTED), ServiceOrderTrigger.QUOTE_OVERDUE, SWEEP)
          .build();

  /** The price-list table. */
  public static final Lifecycle<PriceListState, PriceListTrigger> PRICE_LIST =
      Lifecycle.builder("PriceList", PriceListState.class, PriceListTrigger.class)
          .initial(PriceListState.PUBLISHED)
          .terminal(PriceListState.WITHDRAWN)
          .stay(List.of(PriceListState.PUBLISHED), PriceListTrigger.PUBLISH, PUBLISHERS)
          .on(PriceListState.PUBLISHED, PriceListTrigger.WITHDRAW, PriceListState.WITHDRAWN, PUBLISHERS)
          .build();

  /** The recurring-contract table. */
  public static final Lifecycle<ContractState, ContractTrigger> CONTRACT =
      Lifecycle.builder("ServiceContract", ContractState.class, ContractTrigger.class)
          .initial(ContractState.ACTIVE)
          .terminal(ContractState.ENDED, ContractState.TERMINATED)
          .stay(List.of(ContractState.ACTIVE), ContractTrigger.GENERATE_VISIT, SWEEP)
          .on(ContractState.ACTIVE, ContractTrigger.GENERATE_LAST_VISIT, ContractState.ENDED, SWEEP)
          .on(ContractState.ACTIVE, ContractTrigger.TERMINATE, ContractState.TERMINATED, CONTRACTORS)
          .build();

  private ServiceLifecycles() {}
}

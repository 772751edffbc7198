package org.propdesk.core.deposit;

import static org.propdesk.core.deposit.DepositState.APPROVED;
import static org.propdesk.core.deposit.DepositState.ASSESSED;
import static org.propdesk.core.deposit.DepositState.HELD;
import static org.propdesk.core.deposit.DepositState.REFUND_REQUESTED;
import static org.propdesk.core.deposit.DepositState.SETTLED;
import static org.propdesk.core.deposit.DepositState.SIGNED;
import static org.propdesk.core.org.Role.CUSTOMER_SUPERVISOR;
import static org.propdesk.core.org.Role.DEPARTMENT_HEAD;
import static org.propdesk.core.org.Role.ENGINEERING_TECHNICIAN;
import static org.propdesk.core.org.Role.FINANCE;
import static org.propdesk.core.org.Role.FRONT_DESK_CLERK;
import static org.propdesk.core.org.Role.GENERAL_MANAGER;
import static org.propdesk.core.org.Role.OFFICE_DIRECTOR;
import static org.propdesk.core.org.Role.PROPERTY_ASSISTANT;
import static org.propdesk.core.org.Role.SYSTEM;

import java.util.List;
import java.util.Set;
import org.propdesk.core.lifecycle.Lifecycle;
import org.propdesk.core.org.Role;

/**
 * The deposit lifecycle table (押金状态机), PROCEDURES §8: held → refund requested → assessed → signed by
 * the applicant → approved → settled; the approver may refuse and the applicant withdraw, both back to
 * held. Banking, the collection correction and the renovation acceptance happen beside the refund steps.
 * The README's diagram is generated from it.
 *
 * <p>Who may fire what [practice, from the duties of §0]: the desk and finance collect and bank; only
 * finance corrects a collection, countersigns and pays; the desk files the application and records the
 * applicant's signature; the desk, the assistant, the supervisor and the engineering head assess; the
 * office director or the general manager approves, and never the staff member who filed the
 * application (the aggregate checks it). Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DepositLifecycle {
  /** Roles that collect deposits and bank them (收款、存款). */
  public static final Set<Role> CASHIERS = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, FINANCE);

  /** Roles that file an application, record the applicant's signature or its withdrawal (受理退还申请). */
  public static final Set<Role> DESK = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR, OFFICE_DIRECTOR);

  /** Roles that check the deposit and list deductions (核查扣款). */
  public static final Set<Role> ASSESSORS = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR, DEPARTMENT_HEAD,
      OFFICE_DIRECTOR);

  /** Roles that record a renovation acceptance inspection (记录装修验收). */
  public static final Set<Role> INSPECTION_RECORDERS = Set.of(PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR, DEPARTMENT_HEAD,
      ENGINEERING_TECHNICIAN, OFFICE_DIRECTOR);

  /** Roles that approve a refund (审批). */
  public static final Set<Role> APPROVERS = Set.of(OFFICE_DIRECTOR, GENERAL_MANAGER);

  /** Roles that refuse a refund at approval (审批不同意): the approvers and finance. */
  public static final Set<Role> REJECTERS = Set.of(OFFICE_DIRECTOR, GENERAL_MANAGER, FINANCE);

  /** Finance (财务): corrects collections, countersigns and pays. */
  public static final Set<Role> FINANCE_ONLY = Set.of(FINANCE);

  private static final Set<Role> SWEEP = Set.of(SYSTEM);

  private static final List<DepositState> OPEN = List.of(HELD, REFUND_REQUESTED, ASSESSED, SIGNED, APPROVED);

  /** The table. */
  public static final Lifecycle<DepositState, DepositTrigger> TABLE =
      Lifecycle.builder("Deposit", DepositState.class, DepositTrigger.class)
          .initial(HELD)
          .terminal(SETTLED)
          .stay(OPEN, DepositTrigger.BANK, CASHIERS)
          .stay(OPEN, DepositTrigger.BANKING_OVERDUE, SWEEP)
          .stay(List.of(HELD), DepositTrigger.CORRECT_COLLECTION, FINANCE_ONLY)
          .stay(OPEN, DepositTrigger.RECORD_ACCEPTANCE, INSPECTION_RECORDERS)
          .on(HELD, DepositTrigger.APPLY_REFUND, REFUND_REQUESTED, DESK)
          .on(REFUND_REQUESTED, DepositTrigger.ASSESS, ASSESSED, ASSESSORS)
          .stay(List.of(ASSESSED), DepositTrigger.ASSESS, ASSESSORS)
          .on(SIGNED, DepositTrigger.ASSESS, ASSESSED, ASSESSORS)
          .on(ASSESSED, DepositTrigger.SIGN, SIGNED, DESK)
          .stay(List.of(SIGNED, APPROVED), DepositTrigger.COUNTERSIGN, FINANCE_ONLY)
          .on(SIGNED, DepositTrigger.APPROVE, APPROVED, APPROVERS)
          .on(SIGNED, DepositTrigger.REJECT, HELD, REJECTERS)
          .on(APPROVED, DepositTrigger.REJECT, HELD, REJECTERS)
          .on(REFUND_REQUESTED, DepositTrigger.WITHDRAW, HELD, DESK)
          .on(ASSESSED, DepositTrigger.WITHDRAW, HELD, DESK)
          .on(SIGNED, DepositTrigger.WITHDRAW, HELD, DESK)
          .on(APPROVED, DepositTrigger.WITHDRAW, HELD, DESK)
          .on(APPROVED, DepositTrigger.PAY, SETTLED, FINANCE_ONLY)
          .build();

  private DepositLifecycle() {}
}

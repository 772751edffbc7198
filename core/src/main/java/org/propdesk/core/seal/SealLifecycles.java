package org.propdesk.core.seal;

import static org.propdesk.core.org.Role.ARCHIVIST;
import static org.propdesk.core.org.Role.CUSTOMER_SUPERVISOR;
import static org.propdesk.core.org.Role.DEPARTMENT_HEAD;
import static org.propdesk.core.org.Role.ENGINEERING_TECHNICIAN;
import static org.propdesk.core.org.Role.FINANCE;
import static org.propdesk.core.org.Role.FRONT_DESK_CLERK;
import static org.propdesk.core.org.Role.GENERAL_MANAGER;
import static org.propdesk.core.org.Role.OFFICE_DIRECTOR;
import static org.propdesk.core.org.Role.PROPERTY_ASSISTANT;
import static org.propdesk.core.org.Role.SEAL_ADMINISTRATOR;
import static org.propdesk.core.org.Role.SECURITY_GUARD;
import static org.propdesk.core.org.Role.SERVICE_CENTRE;
import static org.propdesk.core.seal.SealState.DESTROYED;
import static org.propdesk.core.seal.SealState.IN_USE;
import static org.propdesk.core.seal.SealState.LOST_OR_DAMAGED;
import static org.propdesk.core.seal.SealState.PENDING_START;
import static org.propdesk.core.seal.SealState.RETIRED;

import java.util.List;
import java.util.Set;
import org.propdesk.core.lifecycle.Lifecycle;
import org.propdesk.core.org.Role;

/**
 * The seal lifecycle tables (印章状态机), PROCEDURES §10: the registered seal (pending start → in use →
 * lost or damaged, or retired → destroyed, each step of starting, stopping and destroying approved by
 * the general manager) and the use request (requested → reviewed by the department head → registered
 * by the seal's keeper → stamped). The README's diagrams are generated from them.
 *
 * <p>Who may fire what [practice]: the information centre's seal administrator and the office director
 * register seals and ask for changes; only the general manager approves or refuses them; keepers (the
 * seal administrator, the office director for the office seal, finance for the finance seal) report a
 * loss, register and stamp uses, and only the seal's named custodian stamps (the aggregate checks it);
 * the department head, the office director or the general manager reviews a use, and never their own
 * request (the aggregate checks it). Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SealLifecycles {
  /** Roles that register seals and ask for starting, stopping or destroying them (印章管理). */
  public static final Set<Role> ADMINISTRATORS = Set.of(SEAL_ADMINISTRATOR, OFFICE_DIRECTOR);

  /** Roles that keep seals: report a loss, register and stamp uses (印章保管). */
  public static final Set<Role> KEEPERS = Set.of(SEAL_ADMINISTRATOR, OFFICE_DIRECTOR, FINANCE);

  /** The general manager (公司总经理), who approves every start, stop and destruction. */
  public static final Set<Role> GENERAL_MANAGER_ONLY = Set.of(GENERAL_MANAGER);

  /** Roles that hand a seal to another custodian (更换保管人). */
  public static final Set<Role> CUSTODY_CHANGERS = Set.of(SEAL_ADMINISTRATOR, OFFICE_DIRECTOR, GENERAL_MANAGER);

  /** Roles that review a use request (部门主管审核). */
  public static final Set<Role> REVIEWERS = Set.of(DEPARTMENT_HEAD, OFFICE_DIRECTOR, GENERAL_MANAGER);

  /** Roles that may ask to use a seal (用印申请): every staff role. */
  public static final Set<Role> REQUESTERS = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR, DEPARTMENT_HEAD,
      OFFICE_DIRECTOR, SERVICE_CENTRE, GENERAL_MANAGER, SEAL_ADMINISTRATOR, ARCHIVIST, FINANCE, SECURITY_GUARD, ENGINEERING_TECHNICIAN);

  private static final Set<Role> REFUSERS_AT_REGISTRATION = Set.of(SEAL_ADMINISTRATOR, OFFICE_DIRECTOR, FINANCE, DEPARTMENT_HEAD,
      GENERAL_MANAGER);

  /** The registered seal's table. */
  public static final Lifecycle<SealState, SealTrigger> SEAL =
      Lifecycle.builder("Seal", SealState.class, SealTrigger.class)
          .initial(PENDING_START)
          .terminal(DESTROYED)
          .resting(RETIRED, LOST_OR_DAMAGED)
          .stay(List.of(PENDING_START), SealTrigger.REQUEST_START, ADMINISTRATORS)
          .on(PENDING_START, SealTrigger.APPROVE_START, IN_USE, GENERAL_MANAGER_ONLY)
          .stay(List.of(IN_USE), SealTrigger.REQUEST_STOP, ADMINISTRATORS)
          .on(IN_USE, SealTrigger.APPROVE_STOP, RETIRED, GENERAL_MANAGER_ONLY)
          .on(IN_USE, SealTrigger.REPORT_LOSS, LOST_OR_DAMAGED, KEEPERS)
          .stay(List.of(LOST_OR_DAMAGED), SealTrigger.APPROVE_LOSS, GENERAL_MANAGER_ONLY)
          .stay(List.of(LOST_OR_DAMAGED), SealTrigger.RECORD_NOTICE, ADMINISTRATORS)
          .stay(List.of(LOST_OR_DAMAGED), SealTrigger.REPLACE, ADMINISTRATORS)
          .stay(List.of(PENDING_START, LOST_OR_DAMAGED, RETIRED), SealTrigger.REQUEST_DESTRUCTION, ADMINISTRATORS)
          .on(PENDING_START, SealTrigger.APPROVE_DESTRUCTION, DESTROYED, GENERAL_MANAGER_ONLY)
          .on(LOST_OR_DAMAGED, SealTrigger.APPROVE_DESTRUCTION, DESTROYED, GENERAL_MANAGER_ONLY)
          .on(RETIRED, SealTrigger.APPROVE_DESTRUCTION, DESTROYED, GENERAL_MANAGER_ONLY)
          .stay(List.of(PENDING_START, IN_USE, LOST_OR_DAMAGED, RETIRED), SealTrigger.REFUSE_REQUEST, GENERAL_MANAGER_ONLY)
          .stay(List.of(PENDING_START, IN_USE), SealTrigger.CHANGE_CUSTODIAN, CUSTODY_CHANGERS)
          .build();

  /** The use request's table. */
  public static final Lifecycle<SealUseState, SealUseTrigger> USE =
      Lifecycle.builder("SealUse", SealUseState.class, SealUseTrigger.class)
          .initial(SealUseState.REQUESTED)
          .terminal(SealUseState.STAMPED, SealUseState.REFUSED, SealUseState.CANCELLED)
          .on(SealUseState.REQUESTED, SealUseTrigger.REVIEW, SealUseState.REVIEWED, REVIEWERS)
          .on(SealUseState.REQUESTED, SealUseTrigger.REFUSE, SealUseState.REFUSED, REVIEWERS)
          .on(SealUseState.REVIEWED, SealUseTrigger.REFUSE, SealUseState.REFUSED, REFUSERS_AT_REGISTRATION)
          .on(SealUseState.REVIEWED, SealUseTrigger.REGISTER, SealUseState.REGISTERED, KEEPERS)
          .on(SealUseState.REGISTERED, SealUseTrigger.STAMP, SealUseState.STAMPED, KEEPERS)
          .on(SealUseState.REQUESTED, SealUseTrigger.CANCEL, SealUseState.CANCELLED, REQUESTERS)
          .on(SealUseState.REVIEWED, SealUseTrigger.CANCEL, SealUseState.CANCELLED, REQUESTERS)
          .on(SealUseState.REGISTERED, SealUseTrigger.CANCEL, SealUseState.CANCELLED, REQUESTERS)
          .build();

  private SealLifecycles() {}
}

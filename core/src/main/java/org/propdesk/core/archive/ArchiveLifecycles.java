package org.propdesk.core.archive;

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
import static org.propdesk.core.org.Role.SERVICE_CENTRE;
import static org.propdesk.core.org.Role.SYSTEM;

import java.util.List;
import java.util.Set;
import org.propdesk.core.lifecycle.Lifecycle;
import org.propdesk.core.org.Role;

/**
 * The archive lifecycle tables (档案状态机), PROCEDURES §9: the item (expected → filed ⇄ on loan; filed →
 * listed for destruction → destroyed) and the loan (requested → approved → issued → returned). The
 * README's diagrams are generated from them.
 *
 * <p>Who may fire what [practice]: the archivist files, moves, issues, takes back and destroys; the
 * office director or an authorised customer supervisor approves reading in the room, and only the
 * director or the general manager approves taking an item out (the aggregate checks it); the director and
 * the general manager each approve a destruction; any staff member may ask to borrow. Stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ArchiveLifecycles {
  /** The archivist (档案管理员), the only one who files and issues. */
  public static final Set<Role> ARCHIVIST_ONLY = Set.of(ARCHIVIST);

  /** Roles that approve a loan (批准借阅): the director or an authorised supervisor; the general manager. */
  public static final Set<Role> LOAN_APPROVERS = Set.of(OFFICE_DIRECTOR, CUSTOMER_SUPERVISOR, GENERAL_MANAGER);

  /** Roles that approve taking an item out of the archive room (批准带出): the director or the general manager. */
  public static final Set<Role> TAKE_OUT_APPROVERS = Set.of(OFFICE_DIRECTOR, GENERAL_MANAGER);

  /** Roles that approve a destruction: both the director and the general manager must (批准销毁). */
  public static final Set<Role> DESTRUCTION_APPROVERS = Set.of(OFFICE_DIRECTOR, GENERAL_MANAGER);

  /** Roles that list an item for destruction or take it off the list (列入/撤出销毁清单). */
  public static final Set<Role> DESTRUCTION_LISTERS = Set.of(ARCHIVIST, OFFICE_DIRECTOR);

  /** Roles that may ask to borrow (借阅申请): every staff role. */
  public static final Set<Role> BORROWERS = Set.of(FRONT_DESK_CLERK, PROPERTY_ASSISTANT, CUSTOMER_SUPERVISOR, DEPARTMENT_HEAD,
      OFFICE_DIRECTOR, SERVICE_CENTRE, GENERAL_MANAGER, SEAL_ADMINISTRATOR, ARCHIVIST, FINANCE, ENGINEERING_TECHNICIAN);

  private static final Set<Role> SWEEP = Set.of(SYSTEM);

  /** The item's table. */
  public static final Lifecycle<ArchiveItemState, ArchiveItemTrigger> ITEM =
      Lifecycle.builder("ArchiveItem", ArchiveItemState.class, ArchiveItemTrigger.class)
          .initial(ArchiveItemState.EXPECTED)
          .terminal(ArchiveItemState.DESTROYED)
          .resting(ArchiveItemState.FILED)
          .on(ArchiveItemState.EXPECTED, ArchiveItemTrigger.FILE, ArchiveItemState.FILED, ARCHIVIST_ONLY)
          .stay(List.of(ArchiveItemState.EXPECTED), ArchiveItemTrigger.FILING_OVERDUE, SWEEP)
          .stay(List.of(ArchiveItemState.FILED), ArchiveItemTrigger.MOVE, ARCHIVIST_ONLY)
          .on(ArchiveItemState.FILED, ArchiveItemTrigger.LEND, ArchiveItemState.ON_LOAN, ARCHIVIST_ONLY)
          .on(ArchiveItemState.ON_LOAN, ArchiveItemTrigger.RETURN, ArchiveItemState.FILED, ARCHIVIST_ONLY)
          .on(ArchiveItemState.FILED, ArchiveItemTrigger.LIST_FOR_DESTRUCTION, ArchiveItemState.LISTED_FOR_DESTRUCTION,
              DESTRUCTION_LISTERS)
          .stay(List.of(ArchiveItemState.LISTED_FOR_DESTRUCTION), ArchiveItemTrigger.APPROVE_DESTRUCTION, DESTRUCTION_APPROVERS)
          .on(ArchiveItemState.LISTED_FOR_DESTRUCTION, ArchiveItemTrigger.CANCEL_DESTRUCTION, ArchiveItemState.FILED,
              DESTRUCTION_LISTERS)
          .on(ArchiveItemState.LISTED_FOR_DESTRUCTION, ArchiveItemTrigger.DESTROY, ArchiveItemState.DESTROYED, ARCHIVIST_ONLY)
          .build();

  /** The loan's table. */
  public static final Lifecycle<LoanState, LoanTrigger> LOAN =
      Lifecycle.builder("ArchiveLoan", LoanState.class, LoanTrigger.class)
          .initial(LoanState.REQUESTED)
          .terminal(LoanState.RETURNED, LoanState.REFUSED, LoanState.CANCELLED)
          .on(LoanState.REQUESTED, LoanTrigger.APPROVE, LoanState.APPROVED, LOAN_APPROVERS)
          .on(LoanState.REQUESTED, LoanTrigger.REFUSE, LoanState.REFUSED, LOAN_APPROVERS)
          .on(LoanState.APPROVED, LoanTrigger.ISSUE, LoanState.ISSUED, ARCHIVIST_ONLY)
          .on(LoanState.ISSUED, LoanTrigger.RETURN, LoanState.RETURNED, ARCHIVIST_ONLY)
          .stay(List.of(LoanState.ISSUED), LoanTrigger.OVERDUE, SWEEP)
          .on(LoanState.REQUESTED, LoanTrigger.CANCEL, LoanState.CANCELLED, BORROWERS)
          .on(LoanState.APPROVED, LoanTrigger.CANCEL, LoanState.CANCELLED, BORROWERS)
          .build();

  private ArchiveLifecycles() {}
}

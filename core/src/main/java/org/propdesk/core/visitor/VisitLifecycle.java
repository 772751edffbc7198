package org.propdesk.core.visitor;

import static org.propdesk.core.org.Role.CUSTOMER_SUPERVISOR;
import static org.propdesk.core.org.Role.FRONT_DESK_CLERK;
import static org.propdesk.core.org.Role.OFFICE_DIRECTOR;
import static org.propdesk.core.org.Role.SECURITY_GUARD;
import static org.propdesk.core.org.Role.SYSTEM;

import java.util.List;
import java.util.Set;
import org.propdesk.core.lifecycle.Lifecycle;
import org.propdesk.core.org.Role;

/**
 * The visit lifecycle table (来访状态机), seed 4.4.5: a visitor is registered, the person visited is
 * told, and arrival and departure are recorded. The README's diagram is generated from {@link #TABLE}.
 *
 * <p>Who may fire what [ours]: the front desk, the security guard at the gate, the customer
 * supervisor and the office director keep the log; only the system's closing-time check fires {@link
 * VisitTrigger#CLOSING_CHECK}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitLifecycle {
  /** Roles that keep the visitor log (登记、通知、到访、离开). */
  public static final Set<Role> KEEPERS = Set.of(FRONT_DESK_CLERK, SECURITY_GUARD, CUSTOMER_SUPERVISOR, OFFICE_DIRECTOR);

  /** The table. */
  public static final Lifecycle<VisitState, VisitTrigger> TABLE =
      Lifecycle.builder("Visit", VisitState.class, VisitTrigger.class)
          .initial(VisitState.REGISTERED)
          .terminal(VisitState.LEFT, VisitState.DECLINED, VisitState.CANCELLED, VisitState.EXPIRED)
          .on(VisitState.REGISTERED, VisitTrigger.NOTIFY_HOST, VisitState.HOST_NOTIFIED, KEEPERS)
          .on(VisitState.HOST_NOTIFIED, VisitTrigger.HOST_DECLINED, VisitState.DECLINED, KEEPERS)
          .on(VisitState.HOST_NOTIFIED, VisitTrigger.ARRIVE, VisitState.ON_SITE, KEEPERS)
          .on(VisitState.ON_SITE, VisitTrigger.LEAVE, VisitState.LEFT, KEEPERS)
          .on(VisitState.REGISTERED, VisitTrigger.CANCEL, VisitState.CANCELLED, KEEPERS)
          .on(VisitState.HOST_NOTIFIED, VisitTrigger.CANCEL, VisitState.CANCELLED, KEEPERS)
          .on(VisitState.REGISTERED, VisitTrigger.CLOSING_CHECK, VisitState.EXPIRED, Set.of(SYSTEM))
          .on(VisitState.HOST_NOTIFIED, VisitTrigger.CLOSING_CHECK, VisitState.EXPIRED, Set.of(SYSTEM))
          .stay(List.of(VisitState.ON_SITE), VisitTrigger.CLOSING_CHECK, Set.of(SYSTEM))
          .build();

  private VisitLifecycle() {}
}

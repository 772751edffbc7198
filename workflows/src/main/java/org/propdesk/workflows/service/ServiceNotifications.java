package org.propdesk.workflows.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.Role;
import org.propdesk.core.service.ServiceOrderEvent;
import org.propdesk.core.service.ServiceRating;
import org.propdesk.core.spi.Notification;
import org.propdesk.workflows.StaffNotices;

/**
 * Who hears of which special-service event (特约服务通知规则), in the staff's language from the bundle
 * {@code org.propdesk.workflows.service.ServiceMessages} (zh-CN, English):
 *
 * <ul>
 *   <li>a request: the customer supervisor, who assesses unlisted work within the quote time;
 *   <li>a quote not made in time: the customer supervisor;
 *   <li>a schedule, and a contract's visit generated: the technicians (the text names the worker)
 *       and the engineering head;
 *   <li>an unsatisfied callback: the customer supervisor;
 *   <li>every other event: nobody.
 * </ul>
 *
 * <p>Texts carry ids, amounts and times, never the contact's name or phone. Immutable and thread-safe.
 */
final class ServiceNotifications {
  private final StaffNotices notices;

  ServiceNotifications(Locale locale) {
    this.notices = StaffNotices.of("org.propdesk.workflows.service.ServiceMessages", locale);
  }

  List<Notification> of(DomainEvent event, Supplier<String> ids) {
    if (!(event instanceof ServiceOrderEvent e)) {
      return List.of();
    }
    String id = e.orderId().value();
    if (e instanceof ServiceOrderEvent.Requested r) {
      return to(ids, e, "requested", List.of(Role.CUSTOMER_SUPERVISOR), id, r.quoteDue().toString());
    }
    if (e instanceof ServiceOrderEvent.QuoteOverdue o) {
      return to(ids, e, "quoteOverdue", List.of(Role.CUSTOMER_SUPERVISOR), id, o.due().toString());
    }
    if (e instanceof ServiceOrderEvent.Scheduled s) {
      return to(ids, e, "scheduled", List.of(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD), id, s.worker().value(),
          s.scheduledFor().toString());
    }
    if (e instanceof ServiceOrderEvent.VisitGenerated v) {
      return to(ids, e, "visitGenerated", List.of(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD), id, v.contract().value(),
          v.scheduledFor().toString());
    }
    if (e instanceof ServiceOrderEvent.CalledBack c && c.rating().equals(Optional.of(ServiceRating.UNSATISFIED))) {
      return to(ids, e, "unsatisfied", List.of(Role.CUSTOMER_SUPERVISOR), id);
    }
    return List.of();
  }

  private List<Notification> to(Supplier<String> ids, ServiceOrderEvent e, String key, List<Role> roles, Object... args) {
    return notices.toRoles(ids, e, e.office(), roles, key, args);
  }

}

package org.propdesk.workflows.ticket;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.ticket.CallbackReason;
import org.propdesk.core.ticket.TicketEvent;
import org.propdesk.workflows.StaffNotices;

/**
 * Who hears of which repair event (报事报修通知规则), in the staff's language from the resource bundle
 * {@code org.propdesk.workflows.ticket.TicketMessages} (zh-CN, English):
 *
 * <ul>
 *   <li>a dispatch, a transfer and a reopening: the office's technicians (the text names the one the
 *       job is with) and, for a reopening, the engineering head (部门主管);
 *   <li>a first reply, dispatch or follow-up missed: the customer supervisor;
 *   <li>a technician late on site, or a resolution deadline near: the technicians and the engineering
 *       head;
 *   <li>a resolution deadline passed: the engineering head, the customer supervisor and the director;
 *   <li>a callback due (after a sign-off, or a job left unrated): the front desk;
 *   <li>every other event: nobody.
 * </ul>
 *
 * <p>Texts carry ids, categories and times, never the contact's name or phone. Immutable and
 * thread-safe.
 */
final class TicketNotifications {
  private final StaffNotices notices;
  private final ResourceBundle labels;

  TicketNotifications(Locale locale) {
    this.notices = StaffNotices.of("org.propdesk.workflows.ticket.TicketMessages", locale);
    this.labels = ResourceBundle.getBundle("org.propdesk.core.ticket.Labels", notices.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  List<Notification> of(TicketEvent e, Supplier<String> ids) {
    String id = e.ticketId().value();
    if (e instanceof TicketEvent.Dispatched d) {
      return to(ids, e, "dispatched", List.of(Role.ENGINEERING_TECHNICIAN), id, d.technician().value(), d.arrivalDue().toString());
    }
    if (e instanceof TicketEvent.Transferred t) {
      return to(ids, e, "transferred", List.of(Role.ENGINEERING_TECHNICIAN), id, t.from().value(), t.to().value());
    }
    if (e instanceof TicketEvent.Reopened r) {
      return to(ids, e, "reopened", List.of(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD), id, r.responsible().value(),
          r.resolutionDue().toString());
    }
    if (e instanceof TicketEvent.FirstReplyOverdue o) {
      return to(ids, e, "firstReplyOverdue", List.of(Role.CUSTOMER_SUPERVISOR), id, o.due().toString());
    }
    if (e instanceof TicketEvent.DispatchOverdue o) {
      return to(ids, e, "dispatchOverdue", List.of(Role.CUSTOMER_SUPERVISOR), id, o.due().toString());
    }
    if (e instanceof TicketEvent.FollowUpMissed m) {
      return to(ids, e, "followUpMissed", List.of(Role.CUSTOMER_SUPERVISOR), id, m.day().toString());
    }
    if (e instanceof TicketEvent.ArrivalOverdue o) {
      return to(ids, e, "arrivalOverdue", List.of(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD), id, o.technician().value(),
          o.due().toString());
    }
    if (e instanceof TicketEvent.ResolutionNear n) {
      return to(ids, e, "resolutionNear", List.of(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD), id, n.due().toString());
    }
    if (e instanceof TicketEvent.ResolutionOverdue o) {
      return to(ids, e, "resolutionOverdue", List.of(Role.DEPARTMENT_HEAD, Role.CUSTOMER_SUPERVISOR, Role.OFFICE_DIRECTOR), id,
          o.due().toString());
    }
    if (e instanceof TicketEvent.SignedOff s && s.callbackReason().isPresent()) {
      return to(ids, e, "callbackDue", List.of(Role.FRONT_DESK_CLERK), id, label(s.callbackReason().get()));
    }
    if (e instanceof TicketEvent.MovedToCallback) {
      return to(ids, e, "callbackDue", List.of(Role.FRONT_DESK_CLERK), id, label(CallbackReason.UNRATED));
    }
    return List.of();
  }

  private List<Notification> to(Supplier<String> ids, TicketEvent e, String key, List<Role> roles, Object... args) {
    return notices.toRoles(ids, e, e.office(), roles, key, args);
  }

  private String label(CallbackReason reason) {
    return labels.getString("CallbackReason." + reason.name());
  }

}

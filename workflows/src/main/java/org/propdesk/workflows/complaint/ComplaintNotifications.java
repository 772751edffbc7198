package org.propdesk.workflows.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.propdesk.core.complaint.ComplaintEvent;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notification.Audience;

/**
 * Who hears of which complaint event (投诉通知规则):
 *
 * <ul>
 *   <li>judged valid, re-routed, reopened or sent back from sign-off: the handler role in the office;
 *   <li>closed because the owner was unreachable: the office director;
 *   <li>invalid judgement reversed: the customer supervisor, to judge again;
 *   <li>became major: company leadership and the group at once (seed 5 duty 6), and the handler;
 *   <li>first-reply deadline passed, or a day without contact: the office's customer supervisor.
 * </ul>
 *
 * <p>Stateless and thread-safe. Texts carry ids and classes, never personal data.
 */
final class ComplaintNotifications {
  private ComplaintNotifications() {}

  static List<Notification> of(ComplaintEvent e, Supplier<String> eventIds) {
    List<Notification> out = new ArrayList<>();
    String id = e.complaintId().value();
    if (e instanceof ComplaintEvent.JudgedValid v) {
      out.add(toRole(eventIds, e, v.handler(), "Complaint " + id + " (" + v.complaintClass() + ") is yours to handle",
          "A " + v.complaintClass() + " complaint was judged valid and routed to " + v.handler() + "."));
    } else if (e instanceof ComplaintEvent.Reclassified r) {
      out.add(toRole(eventIds, e, r.handler(), "Complaint " + id + " is now " + r.to(),
          "Complaint " + id + " moved from " + r.from() + " to " + r.to() + (r.automatic() ? " automatically" : " by hand")
              + r.reason().map(x -> ": " + x).orElse("") + ". It is now handled by " + r.handler() + "."));
    } else if (e instanceof ComplaintEvent.Reopened r) {
      out.add(toRole(eventIds, e, r.handler(), "Complaint " + id + " reopened",
          "The owner was not satisfied at the callback; complaint " + id + " is open again."));
    } else if (e instanceof ComplaintEvent.InvalidJudgementReversed r) {
      out.add(toRole(eventIds, e, Role.CUSTOMER_SUPERVISOR, "Complaint " + id + " awaits a new judgement",
          "The invalid judgement of complaint " + id + " was reversed: " + r.reason() + ". Judge it again."));
    } else if (e instanceof ComplaintEvent.SignOffRefused r) {
      out.add(toRole(eventIds, e, r.handler(), "Complaint " + id + " sent back by the general manager",
          "The general manager refused to sign complaint " + id + " off: " + r.reason() + ". It is open again."));
    } else if (e instanceof ComplaintEvent.ClosedOwnerUnreachable u) {
      out.add(toRole(eventIds, e, Role.OFFICE_DIRECTOR, "Complaint " + id + " closed: owner unreachable",
          "Complaint " + id + " was closed by the customer supervisor after unreachable callbacks on " + u.attemptDays()
              + " days: " + u.reason() + "."));
    } else if (e instanceof ComplaintEvent.BecameMajor m) {
      String subject = "Major complaint (重大投诉) " + id + " in office " + e.office();
      String body = "Complaint " + id + " of office " + e.office() + " is major: " + m.criteria()
          + ". Report progress until it is closed.";
      out.add(broadcast(eventIds, e, Audience.COMPANY_LEADERSHIP, subject, body));
      out.add(broadcast(eventIds, e, Audience.GROUP, subject, body));
    } else if (e instanceof ComplaintEvent.FirstReplyOverdue o) {
      out.add(toRole(eventIds, e, Role.CUSTOMER_SUPERVISOR, "First reply overdue on complaint " + id,
          "Nothing was said to the owner by " + o.deadline() + " (15-minute rule, seed 4.5.3)."));
    } else if (e instanceof ComplaintEvent.FollowUpMissed m) {
      out.add(toRole(eventIds, e, Role.CUSTOMER_SUPERVISOR, "No follow-up on complaint " + id + " on " + m.day(),
          "No contact with the owner was recorded on " + m.day() + " (daily follow-up, seed 4.5.4)."));
    }
    return out;
  }

  private static Notification toRole(Supplier<String> ids, ComplaintEvent e, Role role, String subject, String body) {
    return new Notification(
        ids.get(), e.office(), Audience.OFFICE_ROLE, Optional.of(role), e.type(), e.aggregateId(), subject, body, e.at());
  }

  private static Notification broadcast(
      Supplier<String> ids, ComplaintEvent e, Audience audience, String subject, String body) {
    return new Notification(ids.get(), e.office(), audience, Optional.empty(), e.type(), e.aggregateId(), subject, body, e.at());
  }
}

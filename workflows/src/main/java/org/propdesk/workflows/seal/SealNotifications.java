package org.propdesk.workflows.seal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.Role;
import org.propdesk.core.seal.Seal;
import org.propdesk.core.seal.SealEvent;
import org.propdesk.core.seal.SealType;
import org.propdesk.core.seal.SealUse;
import org.propdesk.core.seal.SealUseEvent;
import org.propdesk.core.spi.Notification;
import org.propdesk.workflows.StaffNotices;

/**
 * Who hears of which seal event (印章通知规则), in the staff's language from the bundle {@code
 * org.propdesk.workflows.seal.SealMessages} (zh-CN, English):
 *
 * <ul>
 *   <li>a request on a seal (start, stop, loss, destruction): the company's leadership, where the general
 *       manager decides;
 *   <li>a loss or damage reported: the leadership and the office director, at once;
 *   <li>a decision: the seal administrator of the office;
 *   <li>a use requested: the department head; reviewed: the seal's keepers (the office director for an
 *       office seal, finance for the finance seal, the seal administrator otherwise);
 *   <li>every other event: nobody.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class SealNotifications {
  private final StaffNotices notices;

  SealNotifications(Locale locale) {
    this.notices = StaffNotices.of("org.propdesk.workflows.seal.SealMessages", locale);
  }

  List<Notification> ofSeal(Seal after, DomainEvent event, Supplier<String> ids) {
    if (!(event instanceof SealEvent e)) {
      return List.of();
    }
    String id = e.sealId().value();
    if (e instanceof SealEvent.LossReported l) {
      List<Notification> out = new ArrayList<>(leadership(ids, e, "lossReported", id, after.name(), l.kind()));
      out.addAll(notices.toRoles(ids, e, e.office(), List.of(Role.OFFICE_DIRECTOR), "lossReported", id, after.name(), l.kind()));
      return out;
    }
    if (e instanceof SealEvent.Requested r && r.kind() != org.propdesk.core.seal.SealRequestKind.LOSS) {
      return leadership(ids, e, "requested", id, after.name(), r.kind());
    }
    if (e instanceof SealEvent.Decided d) {
      return notices.toRoles(ids, e, e.office(), List.of(Role.SEAL_ADMINISTRATOR), d.approved() ? "approved" : "refused", id,
          after.name(), d.kind());
    }
    return List.of();
  }

  List<Notification> ofUse(SealUse after, DomainEvent event, Supplier<String> ids) {
    if (event instanceof SealUseEvent.Requested r) {
      return notices.toRoles(ids, r, r.office(), List.of(Role.DEPARTMENT_HEAD), "useRequested", r.useId().value(), r.seal().value(),
          r.copies());
    }
    if (event instanceof SealUseEvent.Reviewed r) {
      return notices.toRoles(ids, r, r.office(), List.of(keeper(after.sealType())), "useReviewed", r.useId().value(),
          after.seal().value(), after.copies());
    }
    return List.of();
  }

  private static Role keeper(SealType type) {
    return switch (type) {
      case OFFICE -> Role.OFFICE_DIRECTOR;
      case FINANCE -> Role.FINANCE;
      default -> Role.SEAL_ADMINISTRATOR;
    };
  }

  private List<Notification> leadership(Supplier<String> ids, SealEvent e, String key, Object... args) {
    return List.of(new Notification(ids.get(), e.office(), Notification.Audience.COMPANY_LEADERSHIP, Optional.empty(), e.type(),
        e.aggregateId(), notices.text(key + ".subject", args), notices.text(key + ".body", args), e.at()));
  }
}

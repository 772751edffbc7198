package org.propdesk.workflows.deposit;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.DepositEvent;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.Notification;
import org.propdesk.workflows.StaffNotices;

/**
 * Who hears of which deposit event (押金通知规则), in the staff's language from the bundle {@code
 * org.propdesk.workflows.deposit.DepositMessages} (zh-CN, English):
 *
 * <ul>
 *   <li>money not banked by its due day: finance and the office director;
 *   <li>an application signed by the applicant: the office director, who approves, and finance when it
 *       must countersign;
 *   <li>an approval: finance, who pays;
 *   <li>a refusal at approval: the front desk, who tells the applicant;
 *   <li>every other event: nobody.
 * </ul>
 *
 * <p>Texts carry ids, amounts and days, never the payer's name or phone. Immutable and thread-safe.
 */
final class DepositNotifications {
  private final StaffNotices notices;

  DepositNotifications(Locale locale) {
    this.notices = StaffNotices.of("org.propdesk.workflows.deposit.DepositMessages", locale);
  }

  List<Notification> of(Deposit after, DomainEvent event, Supplier<String> ids) {
    if (!(event instanceof DepositEvent e)) {
      return List.of();
    }
    String id = e.depositId().value();
    if (e instanceof DepositEvent.BankingOverdue o) {
      return notices.toRoles(ids, e, e.office(), List.of(Role.FINANCE, Role.OFFICE_DIRECTOR), "bankingOverdue", id,
          o.unbanked().toPlainString(), o.due().toString());
    }
    if (e instanceof DepositEvent.ApplicantSigned) {
      boolean countersign = after.application().map(a -> a.needsCountersign() && a.countersign().isEmpty()).orElse(false);
      return notices.toRoles(ids, e, e.office(), countersign ? List.of(Role.OFFICE_DIRECTOR, Role.FINANCE) : List.of(Role.OFFICE_DIRECTOR),
          countersign ? "toApproveAndCountersign" : "toApprove", id, after.held().toPlainString());
    }
    if (e instanceof DepositEvent.Approved a) {
      return notices.toRoles(ids, e, e.office(), List.of(Role.FINANCE), "toPay", id, a.refundable().toPlainString());
    }
    if (e instanceof DepositEvent.RefundRejected) {
      return notices.toRoles(ids, e, e.office(), List.of(Role.FRONT_DESK_CLERK), "refused", id);
    }
    return List.of();
  }
}

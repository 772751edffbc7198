package org.propdesk.workflows.archive;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.propdesk.core.archive.ArchiveEvent;
import org.propdesk.core.archive.ArchiveItem;
import org.propdesk.core.archive.ArchiveLoan;
import org.propdesk.core.archive.LoanEvent;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.Notification;
import org.propdesk.workflows.StaffNotices;

/**
 * Who hears of which archive event (档案通知规则), in the staff's language from the bundle {@code
 * org.propdesk.workflows.archive.ArchiveMessages} (zh-CN, English):
 *
 * <ul>
 *   <li>an owner's file expected: the archivist; not filed in time: the archivist and the director;
 *   <li>an item listed for destruction: the director, who approves (the general manager approves too);
 *   <li>a loan requested: the director; approved: the archivist, who issues; overdue, or returned
 *       incomplete: the archivist and the director;
 *   <li>every other event: nobody.
 * </ul>
 *
 * <p>Texts carry ids and times, never an owner's name. Immutable and thread-safe.
 */
final class ArchiveNotifications {
  private final StaffNotices notices;

  ArchiveNotifications(Locale locale) {
    this.notices = StaffNotices.of("org.propdesk.workflows.archive.ArchiveMessages", locale);
  }

  List<Notification> ofItem(ArchiveItem after, DomainEvent event, Supplier<String> ids) {
    if (event instanceof ArchiveEvent.Expected e) {
      return notices.toRoles(ids, e, e.office(), List.of(Role.ARCHIVIST), "expected", e.itemId().value(), e.due().toString());
    }
    if (event instanceof ArchiveEvent.FilingOverdue e) {
      return notices.toRoles(ids, e, e.office(), List.of(Role.ARCHIVIST, Role.OFFICE_DIRECTOR), "filingOverdue", e.itemId().value(),
          e.due().toString());
    }
    if (event instanceof ArchiveEvent.ListedForDestruction e) {
      return notices.toRoles(ids, e, e.office(), List.of(Role.OFFICE_DIRECTOR), "listed", e.itemId().value(), after.title());
    }
    return List.of();
  }

  List<Notification> ofLoan(ArchiveLoan after, DomainEvent event, Supplier<String> ids) {
    if (event instanceof LoanEvent.Requested e) {
      return notices.toRoles(ids, e, e.office(), List.of(Role.OFFICE_DIRECTOR), e.takeOut() ? "requestedTakeOut" : "requested",
          e.loanId().value(), e.item().value());
    }
    if (event instanceof LoanEvent.Approved e) {
      return notices.toRoles(ids, e, e.office(), List.of(Role.ARCHIVIST), "approved", e.loanId().value(), after.item().value());
    }
    if (event instanceof LoanEvent.Overdue e) {
      return notices.toRoles(ids, e, e.office(), List.of(Role.ARCHIVIST, Role.OFFICE_DIRECTOR), "overdue", e.loanId().value(),
          after.item().value(), e.returnBy().toString());
    }
    if (event instanceof LoanEvent.Returned e && !e.complete()) {
      return notices.toRoles(ids, e, e.office(), List.of(Role.ARCHIVIST, Role.OFFICE_DIRECTOR), "incomplete", e.loanId().value(),
          after.item().value());
    }
    return List.of();
  }
}

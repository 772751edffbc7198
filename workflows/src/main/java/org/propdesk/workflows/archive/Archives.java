package org.propdesk.workflows.archive;

import java.util.List;
import java.util.Locale;
import org.propdesk.core.archive.ArchiveEvent;
import org.propdesk.core.archive.ArchiveItem;
import org.propdesk.core.archive.ArchiveLoan;
import org.propdesk.core.archive.LoanEvent;
import org.propdesk.core.common.Check;
import org.propdesk.core.spi.TimerEntry;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.Procedure;
import org.propdesk.workflows.archive.port.OwnerFiling;

/**
 * The archive procedure's descriptor (物业档案管理流程, PROCEDURES §9): the routes of its two aggregate types
 * (items and loans), their notifications and timers (an owner's file due, a loan due back), its desk, an
 * {@link ArchiveDesk}, and the call port {@link OwnerFiling} it publishes for move-ins. Both routes
 * journal refused commands. Register it with {@code PropDesk.builder().procedure(Archives.PROCEDURE)}; its
 * tables come with the migration in {@code db/propdesk/archive/}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Archives {
  /** The procedure's name, and the folder of its migrations. */
  public static final String NAME = "archive";

  /** The procedure with notifications in Chinese (zh-CN). */
  public static final Procedure<ArchiveDesk> PROCEDURE = procedure(Locale.SIMPLIFIED_CHINESE);

  private Archives() {}

  /** The procedure with its notifications in {@code locale} (zh-CN or English; any other locale reads English). */
  public static Procedure<ArchiveDesk> procedure(Locale locale) {
    Check.present("locale", locale);
    ArchiveNotifications texts = new ArchiveNotifications(locale);
    AggregateRoute<ArchiveItem> items = AggregateRoute.of(ArchiveItem.TYPE, ArchiveEvent.class)
        .notifications(texts::ofItem)
        .timers((after, e) -> e instanceof ArchiveEvent.Expected ? List.of(ArchiveTimers.filing(after)) : List.<TimerEntry>of())
        .onTimer(ArchiveTimers.FILING_DUE.name(), (a, t, ctx) -> a.onFilingDue(ctx.clock()))
        .journalRefusals()
        .logSummary(a -> " " + a.category() + " " + a.confidentiality())
        .build();
    AggregateRoute<ArchiveLoan> loans = AggregateRoute.of(ArchiveLoan.TYPE, LoanEvent.class)
        .notifications(texts::ofLoan)
        .timers((after, e) -> e instanceof LoanEvent.Issued ? List.of(ArchiveTimers.loan(after)) : List.<TimerEntry>of())
        .onTimer(ArchiveTimers.LOAN_DUE.name(), (l, t, ctx) -> l.onDue(ctx.clock()))
        .journalRefusals()
        .logSummary(l -> " " + l.item() + (l.takeOut() ? " out" : " in room"))
        .build();
    return Procedure.builder(NAME, k -> new ArchiveDesk(k, items, loans)).route(items).route(loans)
        .provides(OwnerFiling.class, ArchiveDesk::ownerFiling)
        .build();
  }
}

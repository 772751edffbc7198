package org.propdesk.workflows.archive;

import org.propdesk.core.archive.ArchiveItem;
import org.propdesk.core.archive.ArchiveLoan;
import org.propdesk.core.spi.TimerEntry;

/**
 * The archive timers the sweep runs (档案定时检查), with deterministic ids:
 *
 * <ul>
 *   <li>{@code FILING_DUE}: one millisecond after an expected owner's file is due;
 *   <li>{@code LOAN_DUE}: one millisecond after an issued loan is due back.
 * </ul>
 */
enum ArchiveTimers {
  FILING_DUE,
  LOAN_DUE;

  static TimerEntry filing(ArchiveItem a) {
    return TimerEntry.pending("archive_item:" + a.id() + ":filing", a.office(), ArchiveItem.TYPE.name(), a.id().value(),
        FILING_DUE.name(), a.filingDue().orElseThrow().plusMillis(1), "");
  }

  static TimerEntry loan(ArchiveLoan l) {
    return TimerEntry.pending("archive_loan:" + l.id() + ":due", l.office(), ArchiveLoan.TYPE.name(), l.id().value(), LOAN_DUE.name(),
        l.returnBy().plusMillis(1), "");
  }
}

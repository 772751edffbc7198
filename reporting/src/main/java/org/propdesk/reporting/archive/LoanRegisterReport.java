package org.propdesk.reporting.archive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.propdesk.core.archive.ArchiveLoan;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.Table;
import org.propdesk.reporting.Text;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.archive.ArchiveDesk;
import org.propdesk.workflows.archive.Archives;

/**
 * The archive loan register (《档案借阅登记表》), PROCEDURES §9: table {@code loans}, every loan requested in
 * the period in the paper form's column order (date, item, title, borrower, purpose, approver, read in the
 * room or taken out, due back, returned on, checked by, complete, overdue), and table {@code overdue},
 * the loans out past their due time now. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class LoanRegisterReport {
  private LoanRegisterReport() {}

  /**
   * The register of {@code office} for the days {@code from} to {@code to} inclusive. Empty for an office
   * the actor may not see.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null or bad
   */
  public static Report of(PropDesk desk, Actor actor, OfficeId office, LocalDate from, LocalDate to) {
    Check.present("desk", desk);
    Check.present("actor", actor);
    Check.present("office", office);
    ArchiveDesk archives = desk.procedure(Archives.PROCEDURE);
    ZoneId zone = desk.directory().office(office).map(ManagementOffice::zone).orElse(ZoneId.of("Asia/Shanghai"));
    List<List<?>> rows = new ArrayList<>();
    for (ArchiveLoan.RegisterLine l : archives.loanRegister(actor, office, from, to)) {
      rows.add(Arrays.asList(l.date(), Text.plain(l.item().value()), Text.plain(l.title()), Text.plain(l.borrower()), Text.plain(l.purpose()),
          l.approver().map(Text::plain).orElse(null), Text.of(l.takeOut() ? "value.takenOut" : "value.inRoom"),
          LocalDateTime.ofInstant(l.returnBy(), zone), l.returnedOn().orElse(null), l.checkedBy().map(Text::plain).orElse(null),
          l.complete().map(c -> Text.of(c ? "value.yes" : "value.no")).orElse(null), Text.of(l.overdue() ? "value.yes" : "value.no"),
          Text.label(l.state())));
    }
    List<List<?>> overdue = new ArrayList<>();
    var now = desk.clock().instant();
    for (ArchiveLoan l : archives.overdueLoans(actor, office)) {
      overdue.add(Arrays.asList(Text.plain(l.id().value()), Text.plain(l.item().value()), Text.plain(l.itemTitle()),
          Text.plain(l.borrowerName()), LocalDateTime.ofInstant(l.returnBy(), zone),
          (long) java.time.Duration.between(l.returnBy(), now).toHours()));
    }
    Table loans = Table.of("loans", Text.of("table.loans"), List.of(Column.date("col.date"), Column.text("col.item", 12),
        Column.text("col.itemTitle", 24), Column.text("col.borrower", 12), Column.text("col.purpose", 20), Column.text("col.approver", 12),
        Column.text("col.readingMode", 10), Column.dateTime("col.returnBy"), Column.date("col.returnedOn"), Column.text("col.checkedBy", 12),
        Column.text("col.complete", 8), Column.text("col.overdue", 8), Column.text("col.state", 10)), rows);
    Table late = Table.of("overdue", Text.of("table.overdueLoans"), List.of(Column.text("col.loan", 12), Column.text("col.item", 12),
        Column.text("col.itemTitle", 24), Column.text("col.borrower", 12), Column.dateTime("col.returnBy"),
        Column.integer("col.hoursOverdue")), overdue);
    return new Report("archive-loan-register-" + office.value() + "-" + from + "-" + to, Text.of("loans.title"), List.of(
        new Report.Fact(Text.of("fact.scope"), Text.plain(desk.directory().office(office).map(ManagementOffice::name).orElse(office.value()))),
        new Report.Fact(Text.of("fact.period"), Text.plain(from + " – " + to)),
        new Report.Fact(Text.of("fact.overdueLoans"), Text.plain(Integer.toString(overdue.size())))), List.of(loans, late), List.of());
  }
}

package org.propdesk.reporting.deposit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.Ledger;
import org.propdesk.core.deposit.LedgerEntry;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.Table;
import org.propdesk.reporting.Text;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.deposit.Deposits;

/**
 * The deposit registers (押金登记表), PROCEDURES §8 and §16: the ledger statement (押金台账) of an office
 * for a period, every ledger entry in it with its accounts and the standing of each deposit touched; and
 * the list of money collected but not banked (待存款项清单) as of now. Names of payers are shown; their
 * phones never are. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DepositRegisters {
  private DepositRegisters() {}

  /**
   * The ledger statement of {@code office} for the days {@code from} to {@code to} inclusive, in the
   * office's zone: table {@code entries} (every ledger entry posted in the period, oldest first) and table
   * {@code deposits} (each deposit with an entry in the period: collected, refunded, deducted, held now);
   * facts: the period's collections, refunds and deductions. Empty tables for an office the actor may not
   * see.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null or bad
   */
  public static Report ledgerStatement(PropDesk desk, Actor actor, OfficeId office, LocalDate from, LocalDate to) {
    Check.present("desk", desk);
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("from", from);
    Check.present("to", to);
    Check.that(!to.isBefore(from), "to", "must not be before from");
    ZoneId zone = zoneOf(desk, office);
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    List<Deposit> touched = desk.procedure(Deposits.PROCEDURE).withEntriesIn(actor, office, start, end);
    List<List<?>> entries = new ArrayList<>();
    List<List<?>> standing = new ArrayList<>();
    long collected = 0;
    long refunded = 0;
    long deducted = 0;
    for (Deposit d : touched) {
      for (LedgerEntry e : d.ledger().entries()) {
        if (e.at().isBefore(start) || !e.at().isBefore(end)) {
          continue;
        }
        entries.add(Arrays.asList(LocalDateTime.ofInstant(e.at(), zone), Text.plain(d.id().value()), Text.plain(d.receiptNo().value()),
            Text.label(d.type()), Text.plain(d.payerName()), (long) e.no(), Text.label(e.kind()),
            Text.label(e.debit()), Text.label(e.credit()), e.amount().toBigDecimal(), Text.plain(e.memo()), Text.plain(e.by().value())));
        long signed = Ledger.signedFen(e);
        switch (d.ledger().countsAs(e)) {
          case COLLECTION -> collected += signed;
          case REFUND -> refunded += signed;
          case DEDUCTION -> deducted += signed;
          default -> { }
        }
      }
      standing.add(Arrays.asList(Text.plain(d.id().value()), Text.plain(d.receiptNo().value()), Text.label(d.type()),
          Text.plain(d.unit().value()), Text.plain(d.payerName()), d.ledger().collected().toBigDecimal(),
          d.ledger().refunded().toBigDecimal(), d.ledger().deducted().toBigDecimal(), d.held().toBigDecimal(),
          d.banking().map(b -> b.on()).orElse(null), Text.label(d.state())));
    }
    entries.sort((a, b) -> ((LocalDateTime) a.get(0)).compareTo((LocalDateTime) b.get(0)));
    Table entryTable = Table.of("entries", Text.of("table.depositEntries"), List.of(Column.dateTime("col.postedAt"),
        Column.text("col.deposit", 14), Column.text("col.receiptNo", 14), Column.text("col.depositType", 14),
        Column.text("col.payer", 12), Column.integer("col.entryNo"), Column.text("col.entryKind", 10), Column.text("col.debit", 12),
        Column.text("col.credit", 12), Column.decimal("col.amount"), Column.text("col.memo", 30), Column.text("col.postedBy", 12)), entries);
    Table depositTable = Table.of("deposits", Text.of("table.depositStanding"), List.of(Column.text("col.deposit", 14),
        Column.text("col.receiptNo", 14), Column.text("col.depositType", 14), Column.text("col.unit", 10), Column.text("col.payer", 12),
        Column.decimal("col.collected"), Column.decimal("col.refunded"), Column.decimal("col.deducted"), Column.decimal("col.held"),
        Column.date("col.bankedOn"), Column.text("col.state", 12)), standing);
    return new Report("deposit-ledger-" + office.value() + "-" + from + "-" + to, Text.of("depositLedger.title"), List.of(
        new Report.Fact(Text.of("fact.scope"), officeName(desk, office)),
        new Report.Fact(Text.of("fact.period"), Text.plain(from + " – " + to)),
        new Report.Fact(Text.of("fact.collected"), Text.plain(Money.ofFen(collected).toPlainString())),
        new Report.Fact(Text.of("fact.refunded"), Text.plain(Money.ofFen(refunded).toPlainString())),
        new Report.Fact(Text.of("fact.deducted"), Text.plain(Money.ofFen(deducted).toPlainString()))),
        List.of(entryTable, depositTable), List.of());
  }

  /**
   * The list of money {@code office} collected and has not banked (待存款项清单) as of the desk's clock:
   * table {@code unbanked}, the earliest banking-due day first, each marked overdue after its due day; fact:
   * the total. Empty for an office the actor may not see.
   */
  public static Report unbanked(PropDesk desk, Actor actor, OfficeId office) {
    Check.present("desk", desk);
    Check.present("actor", actor);
    Check.present("office", office);
    ZoneId zone = zoneOf(desk, office);
    LocalDate today = desk.clock().instant().atZone(zone).toLocalDate();
    List<List<?>> rows = new ArrayList<>();
    long total = 0;
    for (Deposit d : desk.procedure(Deposits.PROCEDURE).unbanked(actor, office)) {
      total += d.ledger().unbanked().fen();
      rows.add(Arrays.asList(Text.plain(d.id().value()), Text.plain(d.receiptNo().value()), Text.label(d.type()), Text.plain(d.unit().value()),
          Text.plain(d.payerName()), Text.label(d.method()), LocalDateTime.ofInstant(d.collectedAt(), zone),
          d.ledger().unbanked().toBigDecimal(), d.bankingDue(), Text.of(today.isAfter(d.bankingDue()) ? "value.overdue" : "value.notDue")));
    }
    Table table = Table.of("unbanked", Text.of("table.unbanked"), List.of(Column.text("col.deposit", 14), Column.text("col.receiptNo", 14),
        Column.text("col.depositType", 14), Column.text("col.unit", 10), Column.text("col.payer", 12), Column.text("col.method", 8),
        Column.dateTime("col.collectedAt"), Column.decimal("col.unbankedAmount"), Column.date("col.bankingDue"),
        Column.text("col.bankingStatus", 10)), rows);
    return new Report("deposit-unbanked-" + office.value() + "-" + today, Text.of("unbanked.title"), List.of(
        new Report.Fact(Text.of("fact.scope"), officeName(desk, office)), new Report.Fact(Text.of("fact.asOf"), Text.plain(today.toString())),
        new Report.Fact(Text.of("fact.unbankedTotal"), Text.plain(Money.ofFen(total).toPlainString()))), List.of(table), List.of());
  }

  static ZoneId zoneOf(PropDesk desk, OfficeId office) {
    return desk.directory().office(office).map(ManagementOffice::zone).orElse(ZoneId.of("Asia/Shanghai"));
  }

  static Text officeName(PropDesk desk, OfficeId office) {
    return Text.plain(desk.directory().office(office).map(ManagementOffice::name).orElse(office.value()));
  }
}

package org.propdesk.reporting.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propdesk.core.archive.ArchiveCategory;
import org.propdesk.core.archive.ArchiveItem;
import org.propdesk.core.archive.ArchiveItemDraft;
import org.propdesk.core.archive.ArchiveLoan;
import org.propdesk.core.archive.Confidentiality;
import org.propdesk.core.archive.LoanDraft;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.deposit.ApplicantRelation;
import org.propdesk.core.deposit.CollectionRequest;
import org.propdesk.core.deposit.Deductions;
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.DepositMethod;
import org.propdesk.core.deposit.DepositType;
import org.propdesk.core.deposit.ReceiptNumber;
import org.propdesk.core.deposit.RefundApplicationDraft;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Role;
import org.propdesk.core.seal.Seal;
import org.propdesk.core.seal.SealDraft;
import org.propdesk.core.seal.SealType;
import org.propdesk.core.seal.SealUse;
import org.propdesk.core.seal.SealUseDraft;
import org.propdesk.core.spi.IdSource;
import org.propdesk.reporting.RenderedRows;
import org.propdesk.reporting.Rendering;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.ReportFiles;
import org.propdesk.reporting.archive.LoanRegisterReport;
import org.propdesk.reporting.deposit.DepositRegisters;
import org.propdesk.reporting.json.JsonReportWriter;
import org.propdesk.reporting.seal.SealUseRegisterReport;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.archive.ArchiveDesk;
import org.propdesk.workflows.archive.Archives;
import org.propdesk.workflows.deposit.DepositDesk;
import org.propdesk.workflows.deposit.Deposits;
import org.propdesk.workflows.seal.SealDesk;
import org.propdesk.workflows.seal.Seals;

/**
 * The registers of PROCEDURES §16 for deposits, seals and archives, built from two days worked out by
 * hand: the deposit ledger statement and the unbanked list, the seal use register in the paper form's
 * columns, and the archive loan register with its overdue loans; in every format, in Chinese and English,
 * never with a payer's phone.
 */
class CustodyRegistersTest {
  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
      .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).procedure(Deposits.PROCEDURE).procedure(Seals.PROCEDURE)
      .procedure(Archives.PROCEDURE).build();
  private final Actor clerk = Fixtures.clerk(OFFICE_1);
  private final Actor finance = Fixtures.finance(OFFICE_1);

  private Deposit collect(String amount, String receipt) {
    return desk.procedure(Deposits.PROCEDURE).collect(clerk, new CollectionRequest(Fixtures.desk(OFFICE_1), DepositType.RENTAL,
        Fixtures.unit(OFFICE_1, 4), Optional.empty(), "周杰", Optional.of(PhoneNumber.of("13912340000")), Money.parse(amount),
        DepositMethod.CASH, ReceiptNumber.parse(receipt), "租赁押金"), "k-" + receipt).orElseThrow();
  }

  /**
   * Monday: 1,000.00 collected and banked, 500.00 collected and left unbanked. Tuesday: A-1
   * refunded 880.00 after a 120.00 damage deduction.
   */
  private void twoDaysOfDeposits() {
    DepositDesk deposits = desk.procedure(Deposits.PROCEDURE);
    Deposit a = collect("1000.00", "A-1");
    clock.advance(Duration.ofMinutes(10));
    collect("500.00", "A-2");
    clock.advance(Duration.ofHours(5));
    deposits.bank(finance, a.id(), "SLIP-1", "b-1").orElseThrow();
    clock.setLocal("2026-03-03T10:00");
    deposits.applyRefund(clerk, a.id(), new RefundApplicationDraft("周杰", ApplicantRelation.PAYER, Optional.empty(),
        ReceiptNumber.parse("A-1"))).orElseThrow();
    deposits.assess(clerk, a.id(), Deductions.parse("DAMAGE=120:墙面污损"), "a-1").orElseThrow();
    deposits.sign(clerk, a.id(), "周杰").orElseThrow();
    deposits.approve(Fixtures.director(OFFICE_1), a.id()).orElseThrow();
    deposits.pay(finance, a.id(), Money.parse("880.00"), DepositMethod.TRANSFER, "p-1").orElseThrow();
  }

  @Test
  void theLedgerStatementListsEveryEntryOfThePeriodAndItsTotalsAsWorkedOutByHand() {
    twoDaysOfDeposits();

    Report both = DepositRegisters.ledgerStatement(desk, finance, OFFICE_1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
    Report tuesday = DepositRegisters.ledgerStatement(desk, finance, OFFICE_1, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3));

    List<List<Object>> entries = RenderedRows.of(both.table("entries").orElseThrow());
    assertThat(entries).hasSize(5); // A-1 collection, A-2 collection, A-1 banking; Tuesday: deduction, refund
    assertThat(entries).extracting(r -> r.get(9)).containsExactly(new BigDecimal("1000.00"), new BigDecimal("500.00"),
        new BigDecimal("1000.00"), new BigDecimal("120.00"), new BigDecimal("880.00"));
    assertThat(both.facts()).extracting(f -> f.value().key()).contains("1500.00", "880.00", "120.00");
    assertThat(tuesday.facts()).extracting(f -> f.value().key()).contains("0.00", "880.00", "120.00");
    assertThat(RenderedRows.of(tuesday.table("deposits").orElseThrow())).singleElement().satisfies(r -> {
      assertThat(r.get(5)).isEqualTo(new BigDecimal("1000.00"));
      assertThat(r.get(6)).isEqualTo(new BigDecimal("880.00"));
      assertThat(r.get(7)).isEqualTo(new BigDecimal("120.00"));
      assertThat(r.get(8)).isEqualTo(new BigDecimal("0.00"));
    });
    assertThat(DepositRegisters.ledgerStatement(desk, Fixtures.finance(OFFICE_2), OFFICE_1, LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 3)).table("entries").map(t -> RenderedRows.of(t).size())).contains(0);
  }

  @Test
  void theUnbankedListShowsWhatIsNotBankedAndWhetherItIsOverdue() {
    twoDaysOfDeposits();
    clock.setLocal("2026-03-04T09:00"); // A-2 was due at the bank on Tuesday 03-03

    Report unbanked = DepositRegisters.unbanked(desk, finance, OFFICE_1);

    assertThat(RenderedRows.of(unbanked.table("unbanked").orElseThrow())).singleElement().satisfies(r -> {
      assertThat(r.get(7)).isEqualTo(new BigDecimal("500.00"));
      assertThat(r.get(8)).isEqualTo(LocalDate.of(2026, 3, 3));
      assertThat(r.get(9)).hasToString("逾期");
    });
    assertThat(unbanked.facts()).extracting(f -> f.value().key()).contains("500.00");
  }

  @Test
  void theSealUseRegisterKeepsThePaperFormsColumnOrder() {
    SealDesk seals = desk.procedure(Seals.PROCEDURE);
    Actor admin = Fixtures.actor(OFFICE_1, Role.SEAL_ADMINISTRATOR);
    Seal s = seals.register(admin, OFFICE_1, new SealDraft(SealType.COMPANY, "测试物业公司公章", admin.staffId(), "启用")).orElseThrow();
    seals.approveStart(Fixtures.generalManager(), s.id()).orElseThrow();
    SealUse u = seals.requestUse(clerk, new SealUseDraft(s.id(), "客服中心", "业主证明", "办理落户", 2)).orElseThrow();
    seals.review(Fixtures.actor(OFFICE_1, Role.DEPARTMENT_HEAD), u.id()).orElseThrow();
    seals.registerUse(admin, u.id()).orElseThrow();
    seals.stamp(admin, u.id(), 2, true).orElseThrow();

    Report register = SealUseRegisterReport.of(desk, clerk, OFFICE_1, Optional.empty(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    assertThat(register.table("uses").orElseThrow().columns()).extracting(c -> c.header().key()).containsExactly("col.date",
        "col.useUnit", "col.useSummary", "col.approver", "col.handler", "col.impressions", "col.copyKept", "col.seal");
    assertThat(RenderedRows.of(register.table("uses").orElseThrow())).singleElement().satisfies(r -> assertThat(r)
        .containsExactly(LocalDate.of(2026, 3, 2), "客服中心", "业主证明: 办理落户", Fixtures.actor(OFFICE_1, Role.DEPARTMENT_HEAD).name(),
            admin.name(), 2L, "是", "测试物业公司公章"));
  }

  @Test
  void theLoanRegisterFlagsOverdueLoansAndListsThemApart(@TempDir Path dir) throws Exception {
    ArchiveDesk archives = desk.procedure(Archives.PROCEDURE);
    Actor archivist = Fixtures.actor(OFFICE_1, Role.ARCHIVIST);
    ArchiveItem item = archives.file(archivist, OFFICE_1, new ArchiveItemDraft(ArchiveCategory.TAKEOVER_FILE, "消防验收文件", "A-3-1",
        Confidentiality.ORDINARY, Optional.of(30), LocalDate.of(2024, 6, 1), Optional.empty(), Optional.empty())).orElseThrow();
    ArchiveLoan l = archives.requestLoan(clerk, new LoanDraft(item.id(), "消防检查", true, clock.instant().plus(Duration.ofHours(3))))
        .orElseThrow();
    archives.approveLoan(Fixtures.director(OFFICE_1), l.id()).orElseThrow();
    archives.issue(archivist, l.id()).orElseThrow();
    clock.advance(Duration.ofHours(5));

    Report register = LoanRegisterReport.of(desk, Fixtures.director(OFFICE_1), OFFICE_1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    assertThat(RenderedRows.of(register.table("loans").orElseThrow())).singleElement()
        .satisfies(r -> assertThat(r.get(11)).hasToString("是"));
    assertThat(RenderedRows.of(register.table("overdue").orElseThrow())).singleElement()
        .satisfies(r -> assertThat(r.get(5)).isEqualTo(2L));

    twoDaysOfDeposits();
    for (Report r : List.of(register, DepositRegisters.ledgerStatement(desk, finance, OFFICE_1, LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 3)), DepositRegisters.unbanked(desk, finance, OFFICE_1))) {
      List<Path> files = ReportFiles.writeAll(r, Rendering.chinese(), dir);
      assertThat(files).extracting(p -> p.getFileName().toString()).anyMatch(n -> n.endsWith(".xlsx")).anyMatch(n -> n.endsWith(".html"))
          .anyMatch(n -> n.endsWith(".json")).anyMatch(n -> n.endsWith(".csv"));
      for (Path p : files) {
        if (!p.toString().endsWith(".xlsx")) {
          assertThat(Files.readString(p)).doesNotContain("13912340000");
        }
      }
    }
    String html = Files.readString(dir.resolve(register.name() + ".html"));
    assertThat(html).contains("档案借阅登记表").contains("逾期未还").contains("带出");
    ByteArrayOutputStream en = new ByteArrayOutputStream();
    JsonReportWriter.write(register, Rendering.english(), en);
    assertThat(en.toString(StandardCharsets.UTF_8)).contains("Archive loan register").contains("taken out");
  }
}

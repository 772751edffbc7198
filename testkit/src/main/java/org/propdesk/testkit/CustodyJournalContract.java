package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propdesk.core.archive.ArchiveCategory;
import org.propdesk.core.archive.ArchiveItem;
import org.propdesk.core.archive.ArchiveItemDraft;
import org.propdesk.core.archive.ArchiveLoan;
import org.propdesk.core.archive.Confidentiality;
import org.propdesk.core.archive.LoanDraft;
import org.propdesk.core.common.Money;
import org.propdesk.core.deposit.ApplicantRelation;
import org.propdesk.core.deposit.CollectionRequest;
import org.propdesk.core.deposit.Deductions;
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.DepositMethod;
import org.propdesk.core.deposit.DepositType;
import org.propdesk.core.deposit.ReceiptNumber;
import org.propdesk.core.deposit.RefundApplicationDraft;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Role;
import org.propdesk.core.seal.Seal;
import org.propdesk.core.seal.SealDraft;
import org.propdesk.core.seal.SealType;
import org.propdesk.core.seal.SealUse;
import org.propdesk.core.seal.SealUseDraft;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalVerification;
import org.propdesk.core.spi.Storage;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.archive.ArchiveDesk;
import org.propdesk.workflows.archive.Archives;
import org.propdesk.workflows.deposit.DepositDesk;
import org.propdesk.workflows.deposit.Deposits;
import org.propdesk.workflows.seal.SealDesk;
import org.propdesk.workflows.seal.Seals;

/**
 * Tamper evidence of money and custody (押金、印章、档案的防篡改): the journal the deposit, seal and archive
 * commands write (a refund with its deductions, a refused self-approval, a seal's start and a stamped
 * use, an archive loan issued and returned) is tampered with in a thousand seeded random ways ({@link
 * JournalTampering}: modify, delete, insert, swap, truncate), each on the stored rows behind the
 * storage's back; verification through the facade's audit trail detects every one and names the first
 * bad entry; the rows are then put back and verify intact again. Replay one with {@code
 * -Dpropdesk.seed=N -Dpropdesk.tamperings=1}.
 *
 * <p>An adapter's test implements it with its storage and raw row access, as for {@link JournalContract}.
 *
 * @since 0.1.0
 */
public interface CustodyJournalContract {
  /** A new, empty storage. */
  Storage newStorage();

  /** Raw access to {@code storage}'s stored journal rows, as an attacker has. */
  JournalRows journalRows(Storage storage);

  /** How many tamperings to make: 1,000 unless {@code -Dpropdesk.tamperings} says otherwise. */
  default int tamperings() {
    return Integer.getInteger("propdesk.tamperings", 1000);
  }

  @Test
  default void everyTamperingOfTheDepositSealAndArchiveJournalIsDetectedAtTheFirstBadEntry() {
    Storage storage = newStorage();
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(storage).notifier(RecordingNotifier.create())
        .directory(Fixtures.directory()).procedure(Deposits.PROCEDURE).procedure(Seals.PROCEDURE).procedure(Archives.PROCEDURE).build();
    work(desk, clock);
    assertThat(desk.audit().verify(OFFICE_1).intact()).isTrue();
    JournalRows rows = journalRows(storage);
    List<JournalEntry> original = rows.sealed(OFFICE_1);
    assertThat(original).hasSizeGreaterThan(20);
    assertThat(original).extracting(e -> e.draft().aggregateType()).contains("deposit", "deposit_receipt", "seal", "seal_use",
        "archive_item", "archive_loan");
    assertThat(original).extracting(e -> e.draft().action()).contains("REFUSED:APPROVE", "PAY", "STAMP", "ISSUE");

    long base = Long.getLong("propdesk.seed", 20261130L);
    int detected = 0;
    for (int run = 0; run < tamperings(); run++) {
      long seed = base + run;
      JournalDraft forged = new JournalDraft(OFFICE_1, clock.instant(), "S-EVIL", "deposit", "D-FORGED", "PAY", "APPROVED", "SETTLED",
          "{\"note\":\"forged refund " + run + "\"}");
      JournalTampering t = JournalTampering.apply(rows, OFFICE_1, original, new SplittableRandom(seed), forged);
      JournalVerification v = desk.audit().verify(OFFICE_1);
      assertThat(v.firstBrokenSeq()).as("seed %d (%s): %s; replay with -Dpropdesk.seed=%d -Dpropdesk.tamperings=1", seed, t.what(),
          v.problem().orElse("reported intact"), seed).contains(t.firstBadSeq());
      detected++;
      JournalTampering.restore(rows, OFFICE_1, original);
      assertThat(desk.audit().verify(OFFICE_1).intact()).as("seed %d: the restored rows", seed).isTrue();
    }
    assertThat(detected).isEqualTo(tamperings());
  }

  /** A morning's deposits, seals and archives in office 1. */
  private static void work(PropDesk desk, MutableClock clock) {
    Actor clerk = Fixtures.clerk(OFFICE_1);
    Actor finance = Fixtures.finance(OFFICE_1);
    Actor director = Fixtures.director(OFFICE_1);
    DepositDesk deposits = desk.procedure(Deposits.PROCEDURE);
    Deposit d = deposits.collect(clerk, new CollectionRequest(Fixtures.desk(OFFICE_1), DepositType.PASS_PERMIT, Fixtures.unit(OFFICE_1, 2),
        Optional.empty(), "李雷", Optional.empty(), Money.parse("300.00"), DepositMethod.CASH, ReceiptNumber.parse("T-0001"), "施工证押金"),
        "collect-1").orElseThrow();
    deposits.bank(finance, d.id(), "SLIP-1", "bank-1").orElseThrow();
    deposits.applyRefund(director, d.id(), new RefundApplicationDraft("李雷", ApplicantRelation.PAYER, Optional.empty(),
        ReceiptNumber.parse("T-0001"))).orElseThrow();
    deposits.assess(clerk, d.id(), Deductions.parse("LOST_ITEM=50:施工证遗失"), "assess-1").orElseThrow();
    deposits.sign(clerk, d.id(), "李雷").orElseThrow();
    deposits.approve(director, d.id());
    deposits.approve(Fixtures.generalManager(), d.id()).orElseThrow();
    deposits.pay(finance, d.id(), Money.parse("250.00"), DepositMethod.CASH, "pay-1").orElseThrow();

    Actor admin = Fixtures.actor(OFFICE_1, Role.SEAL_ADMINISTRATOR);
    SealDesk seals = desk.procedure(Seals.PROCEDURE);
    Seal s = seals.register(admin, OFFICE_1, new SealDraft(SealType.CONTRACT, "合同专用章", admin.staffId(), "启用")).orElseThrow();
    seals.approveStart(Fixtures.generalManager(), s.id()).orElseThrow();
    SealUse u = seals.requestUse(clerk, new SealUseDraft(s.id(), "客服中心", "服务协议", "签约", 2)).orElseThrow();
    seals.review(Fixtures.actor(OFFICE_1, Role.DEPARTMENT_HEAD), u.id()).orElseThrow();
    seals.registerUse(admin, u.id()).orElseThrow();
    seals.stamp(admin, u.id(), 2, true).orElseThrow();

    Actor archivist = Fixtures.actor(OFFICE_1, Role.ARCHIVIST);
    ArchiveDesk archives = desk.procedure(Archives.PROCEDURE);
    ArchiveItem item = archives.file(archivist, OFFICE_1, new ArchiveItemDraft(ArchiveCategory.OFFICE_FILE, "2025年度会议纪要", "C-1-1",
        Confidentiality.INTERNAL, Optional.of(10), LocalDate.of(2025, 12, 31), Optional.empty(), Optional.empty())).orElseThrow();
    ArchiveLoan l = archives.requestLoan(clerk, LoanDraft.inRoom(item.id(), "查阅", clock.instant().plus(Duration.ofHours(2))))
        .orElseThrow();
    archives.approveLoan(director, l.id()).orElseThrow();
    archives.issue(archivist, l.id()).orElseThrow();
    clock.advance(Duration.ofHours(1));
    archives.returnLoan(archivist, l.id(), true, "完好").orElseThrow();
  }
}

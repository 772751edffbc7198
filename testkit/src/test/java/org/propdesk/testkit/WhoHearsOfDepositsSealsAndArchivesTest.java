package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.DepositMethod;
import org.propdesk.core.deposit.DepositType;
import org.propdesk.core.deposit.ReceiptNumber;
import org.propdesk.core.deposit.RefundApplicationDraft;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Role;
import org.propdesk.core.seal.LossKind;
import org.propdesk.core.seal.Seal;
import org.propdesk.core.seal.SealDraft;
import org.propdesk.core.seal.SealType;
import org.propdesk.core.seal.SealUse;
import org.propdesk.core.seal.SealUseDraft;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notification;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.archive.ArchiveDesk;
import org.propdesk.workflows.archive.Archives;
import org.propdesk.workflows.deposit.DepositDesk;
import org.propdesk.workflows.deposit.Deposits;
import org.propdesk.workflows.seal.SealDesk;
import org.propdesk.workflows.seal.Seals;

/**
 * Who hears of which deposit, seal and archive event, in Chinese by default and in English on request,
 * as the procedures' notification rules say; and a refused creating command (a collection for a unit of
 * another office, a seal for a foreign custodian, an owner's file for someone who does not live there)
 * is journaled like every other refusal.
 */
class WhoHearsOfDepositsSealsAndArchivesTest {
  private final MutableClock clock = MutableClock.shanghai("2026-03-06T10:00");
  private final RecordingNotifier notifier = RecordingNotifier.create();
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
      .notifier(notifier).directory(Fixtures.directory()).procedure(Deposits.PROCEDURE).procedure(Seals.PROCEDURE)
      .procedure(Archives.PROCEDURE).build();
  private final Actor clerk = Fixtures.clerk(OFFICE_1);

  /** The audiences of the notifications of {@code eventType} delivered since the last call. */
  private List<String> heard(String eventType) {
    desk.outbox().deliverDue();
    List<String> out = notifier.deliveries().stream().filter(n -> n.eventType().equals(eventType)).map(Notification::recipient).toList();
    notifier.clear();
    return out;
  }

  private Deposit collect(String receipt) {
    return desk.procedure(Deposits.PROCEDURE).collect(clerk, new CollectionRequest(Fixtures.desk(OFFICE_1), DepositType.RENTAL,
        Fixtures.unit(OFFICE_1, 5), Optional.empty(), "陈某", Optional.empty(), Money.parse("300.00"), DepositMethod.CASH,
        ReceiptNumber.parse(receipt), "押金"), "k-" + receipt).orElseThrow();
  }

  @Test
  void depositEventsReachTheDirectorFinanceAndTheDesk() {
    DepositDesk deposits = desk.procedure(Deposits.PROCEDURE);
    Deposit payer = collect("N-1");
    Deposit agent = collect("N-2");
    assertThat(heard("Collected")).isEmpty();
    for (Deposit d : List.of(payer, agent)) {
      deposits.bank(Fixtures.finance(OFFICE_1), d.id(), "SLIP", "bank-" + d.id()).orElseThrow();
      deposits.applyRefund(clerk, d.id(), new RefundApplicationDraft("陈某", d == payer ? ApplicantRelation.PAYER : ApplicantRelation.OTHER,
          Optional.empty(), d.receiptNo())).orElseThrow();
      deposits.assess(clerk, d.id(), List.of(), "assess-" + d.id()).orElseThrow();
    }
    deposits.sign(clerk, payer.id(), "陈某").orElseThrow();
    assertThat(heard("ApplicantSigned")).containsExactly("OFFICE_ROLE:OFFICE_DIRECTOR@O-1");
    deposits.sign(clerk, agent.id(), "代办人").orElseThrow();
    assertThat(heard("ApplicantSigned")).containsExactly("OFFICE_ROLE:OFFICE_DIRECTOR@O-1", "OFFICE_ROLE:FINANCE@O-1");
    deposits.approve(Fixtures.director(OFFICE_1), payer.id()).orElseThrow();
    assertThat(heard("Approved")).containsExactly("OFFICE_ROLE:FINANCE@O-1");
    deposits.reject(Fixtures.director(OFFICE_1), agent.id(), "资料不全").orElseThrow();
    assertThat(heard("RefundRejected")).containsExactly("OFFICE_ROLE:FRONT_DESK_CLERK@O-1");
    deposits.pay(Fixtures.finance(OFFICE_1), payer.id(), Money.parse("300.00"), DepositMethod.CASH, "pay-1").orElseThrow();
    assertThat(heard("Settled")).isEmpty();
  }

  @Test
  void sealEventsReachLeadershipTheDirectorAndTheKeeperOfEachKindOfSeal() {
    SealDesk seals = desk.procedure(Seals.PROCEDURE);
    Actor admin = Fixtures.actor(OFFICE_1, Role.SEAL_ADMINISTRATOR);
    Seal office = seals.register(admin, OFFICE_1, new SealDraft(SealType.OFFICE, "管理处章", Fixtures.director(OFFICE_1).staffId(), "新刻"))
        .orElseThrow();
    desk.outbox().deliverDue();
    assertThat(notifier.deliveries()).filteredOn(n -> n.eventType().equals("Requested")).singleElement().satisfies(n -> {
      assertThat(n.recipient()).isEqualTo("COMPANY_LEADERSHIP@O-1");
      assertThat(n.subject()).contains("管理处章", "启用");
    });
    notifier.clear();
    seals.approveStart(Fixtures.generalManager(), office.id()).orElseThrow();
    assertThat(heard("Decided")).containsExactly("OFFICE_ROLE:SEAL_ADMINISTRATOR@O-1");
    Seal finance = seals.register(admin, OFFICE_1, new SealDraft(SealType.FINANCE, "财务专用章", Fixtures.finance(OFFICE_1).staffId(), "新刻"))
        .orElseThrow();
    seals.approveStart(Fixtures.generalManager(), finance.id()).orElseThrow();
    assertThat(heard("Decided")).containsExactly("OFFICE_ROLE:SEAL_ADMINISTRATOR@O-1");

    for (Seal s : List.of(office, finance)) {
      SealUse u = seals.requestUse(clerk, new SealUseDraft(s.id(), "前台", "通知", "张贴", 1)).orElseThrow();
      assertThat(heard("Requested")).containsExactly("OFFICE_ROLE:DEPARTMENT_HEAD@O-1");
      seals.review(Fixtures.actor(OFFICE_1, Role.DEPARTMENT_HEAD), u.id()).orElseThrow();
      assertThat(heard("Reviewed")).containsExactly(s == office ? "OFFICE_ROLE:OFFICE_DIRECTOR@O-1" : "OFFICE_ROLE:FINANCE@O-1");
    }
    seals.reportLoss(admin, finance.id(), LossKind.LOST, "遗失", false).orElseThrow();
    assertThat(heard("LossReported")).containsExactly("COMPANY_LEADERSHIP@O-1", "OFFICE_ROLE:OFFICE_DIRECTOR@O-1");
    seals.requestStop(admin, office.id(), "更名").orElseThrow();
    seals.refuseRequest(Fixtures.generalManager(), office.id(), "暂缓").orElseThrow();
    desk.outbox().deliverDue();
    assertThat(notifier.deliveries()).filteredOn(n -> n.eventType().equals("Decided")).singleElement()
        .satisfies(n -> assertThat(n.subject()).contains("未获批准", "停用"));
  }

  @Test
  void archiveEventsReachTheArchivistAndTheDirector() {
    ArchiveDesk archives = desk.procedure(Archives.PROCEDURE);
    Actor archivist = Fixtures.actor(OFFICE_1, Role.ARCHIVIST);
    ArchiveItem due = archives.expectOwnerFile(clerk, Fixtures.owner(OFFICE_1, 3), Fixtures.unit(OFFICE_1, 3), clock.instant()).orElseThrow();
    assertThat(heard("Expected")).containsExactly("OFFICE_ROLE:ARCHIVIST@O-1");
    clock.advance(Duration.ofHours(25));
    desk.timers().runDue();
    assertThat(heard("FilingOverdue")).containsExactly("OFFICE_ROLE:ARCHIVIST@O-1", "OFFICE_ROLE:OFFICE_DIRECTOR@O-1");
    assertThat(due.state().name()).isEqualTo("EXPECTED");

    ArchiveItem old = archives.file(archivist, OFFICE_1, new ArchiveItemDraft(ArchiveCategory.OFFICE_FILE, "旧合同", "A-1", Confidentiality.ORDINARY,
        Optional.of(1), LocalDate.of(2020, 1, 1), Optional.empty(), Optional.empty())).orElseThrow();
    assertThat(heard("Filed")).isEmpty();
    archives.listForDestruction(archivist, old.id(), "期满").orElseThrow();
    assertThat(heard("ListedForDestruction")).containsExactly("OFFICE_ROLE:OFFICE_DIRECTOR@O-1");
    archives.cancelDestruction(archivist, old.id(), "暂留").orElseThrow();

    ArchiveLoan inRoom = archives.requestLoan(clerk, LoanDraft.inRoom(old.id(), "查阅", clock.instant().plus(Duration.ofHours(1))))
        .orElseThrow();
    desk.outbox().deliverDue();
    assertThat(notifier.deliveries()).filteredOn(n -> n.eventType().equals("Requested")).singleElement()
        .satisfies(n -> assertThat(n.subject()).doesNotContain("带出"));
    notifier.clear();
    ArchiveLoan out = archives.requestLoan(clerk, new LoanDraft(old.id(), "送审", true, clock.instant().plus(Duration.ofHours(1))))
        .orElseThrow();
    desk.outbox().deliverDue();
    assertThat(notifier.deliveries()).filteredOn(n -> n.eventType().equals("Requested")).singleElement()
        .satisfies(n -> assertThat(n.subject()).contains("带出"));
    notifier.clear();
    archives.approveLoan(Fixtures.director(OFFICE_1), inRoom.id()).orElseThrow();
    assertThat(heard("Approved")).containsExactly("OFFICE_ROLE:ARCHIVIST@O-1");
    archives.issue(archivist, inRoom.id()).orElseThrow();
    archives.returnLoan(archivist, inRoom.id(), true, "完好").orElseThrow();
    assertThat(heard("Returned")).isEmpty();
    archives.approveLoan(Fixtures.director(OFFICE_1), out.id()).orElseThrow();
    archives.issue(archivist, out.id()).orElseThrow();
    clock.advance(Duration.ofHours(2));
    desk.timers().runDue();
    assertThat(heard("Overdue")).containsExactly("OFFICE_ROLE:ARCHIVIST@O-1", "OFFICE_ROLE:OFFICE_DIRECTOR@O-1");
  }

  @Test
  void notificationsReadInEnglishWhenTheProceduresAreBuiltSo() {
    org.propdesk.workflows.Procedure<SealDesk> sealsInEnglish = Seals.procedure(java.util.Locale.ENGLISH);
    org.propdesk.workflows.Procedure<ArchiveDesk> archivesInEnglish = Archives.procedure(java.util.Locale.ENGLISH);
    PropDesk english = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create()).notifier(notifier)
        .directory(Fixtures.directory()).procedure(sealsInEnglish).procedure(archivesInEnglish).build();
    Actor admin = Fixtures.actor(OFFICE_1, Role.SEAL_ADMINISTRATOR);
    english.procedure(sealsInEnglish).register(admin, OFFICE_1, new SealDraft(SealType.CONTRACT, "Contract seal", admin.staffId(), "new"))
        .orElseThrow();
    english.procedure(archivesInEnglish).expectOwnerFile(clerk, Fixtures.owner(OFFICE_1, 3), Fixtures.unit(OFFICE_1, 3), clock.instant())
        .orElseThrow();
    english.outbox().deliverDue();
    assertThat(notifier.deliveries()).extracting(Notification::subject).containsExactlyInAnyOrder(
        "Seal " + "seal-000001".replace("seal-000001", english.procedure(sealsInEnglish).registry(admin, OFFICE_1).get(0).id().value())
            + " (Contract seal): start awaits the general manager",
        "Owner file " + english.procedure(archivesInEnglish).items(clerk, OFFICE_1).get(0).id().value() + " due by "
            + clock.instant().plus(Duration.ofHours(24)));
  }

  @Test
  void aRefusedCreatingCommandIsJournaledInTheOfficeItWasMeantFor() {
    DepositDesk deposits = desk.procedure(Deposits.PROCEDURE);
    assertThat(deposits.collect(clerk, new CollectionRequest(Fixtures.desk(OFFICE_1), DepositType.RENTAL, Fixtures.unit(Fixtures.OFFICE_2, 1),
        Optional.empty(), "陈某", Optional.empty(), Money.parse("1.00"), DepositMethod.CASH, ReceiptNumber.parse("X-1"), "押金"), "k1")
        .rejection().orElseThrow().field()).contains("unit");
    assertThat(deposits.collect(clerk, new CollectionRequest(Fixtures.desk(OFFICE_1), DepositType.RENTAL, Fixtures.unit(OFFICE_1, 1),
        Optional.of(Fixtures.owner(OFFICE_1, 2)), "陈某", Optional.empty(), Money.parse("1.00"), DepositMethod.CASH, ReceiptNumber.parse("X-2"),
        "押金"), "k2").rejection().orElseThrow().field()).contains("owner");
    Actor admin = Fixtures.actor(OFFICE_1, Role.SEAL_ADMINISTRATOR);
    assertThat(desk.procedure(Seals.PROCEDURE).register(admin, OFFICE_1, new SealDraft(SealType.OFFICE, "章",
        Fixtures.director(Fixtures.OFFICE_2).staffId(), "新刻")).rejection().orElseThrow().field()).contains("custodian");
    assertThat(desk.procedure(Archives.PROCEDURE).file(Fixtures.actor(OFFICE_1, Role.ARCHIVIST), OFFICE_1, new ArchiveItemDraft(
        ArchiveCategory.OWNER_FILE, "资料", "B-1", Confidentiality.CONFIDENTIAL, Optional.empty(), LocalDate.of(2026, 1, 1),
        Optional.of(Fixtures.owner(OFFICE_1, 2)), Optional.of(Fixtures.unit(OFFICE_1, 1)))).rejection().orElseThrow().field())
        .contains("owner");
    assertThat(desk.procedure(Archives.PROCEDURE).file(Fixtures.actor(OFFICE_1, Role.ARCHIVIST), OFFICE_1, new ArchiveItemDraft(
        ArchiveCategory.OWNER_FILE, "资料", "B-1", Confidentiality.CONFIDENTIAL, Optional.empty(), LocalDate.of(2026, 1, 1),
        Optional.of(Fixtures.owner(OFFICE_1, 2)), Optional.of(Fixtures.unit(Fixtures.OFFICE_2, 2)))).rejection().orElseThrow().field())
        .contains("unit");
    assertThat(desk.audit().entries(OFFICE_1, 1, 100)).extracting(e -> e.draft().action() + " " + e.draft().aggregateType())
        .containsExactly("REFUSED:COLLECT deposit", "REFUSED:COLLECT deposit", "REFUSED:REGISTER seal", "REFUSED:FILE archive_item",
            "REFUSED:FILE archive_item");
  }
}

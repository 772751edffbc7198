package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.archive.ArchiveCategory;
import org.propdesk.core.archive.ArchiveItem;
import org.propdesk.core.archive.ArchiveItemDraft;
import org.propdesk.core.archive.ArchiveItemState;
import org.propdesk.core.archive.ArchiveLoan;
import org.propdesk.core.archive.Confidentiality;
import org.propdesk.core.archive.LoanDraft;
import org.propdesk.core.archive.LoanState;
import org.propdesk.core.archive.Witness;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notification;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.archive.ArchiveDesk;
import org.propdesk.workflows.archive.Archives;

/**
 * Property archives (物业档案管理, PROCEDURES §9) through the facade: an owner's file expected within 24 h
 * of move-in; loans approved (taking out only by the director), issued by the archivist only, never two
 * at once, returned and checked; confidential items never leave; overdue loans listed and alarmed; and
 * destruction only after retention, with the director's and the general manager's approvals and two
 * distinct witnesses.
 */
class TheArchiveDeskTest {
  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  private final RecordingNotifier notifier = RecordingNotifier.create();
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
      .notifier(notifier).directory(Fixtures.directory()).procedure(Archives.PROCEDURE).build();
  private final ArchiveDesk archives = desk.procedure(Archives.PROCEDURE);

  private static Actor archivist() {
    return Fixtures.actor(OFFICE_1, Role.ARCHIVIST);
  }

  private ArchiveItem filed(Confidentiality level, Optional<Integer> years, LocalDate documentDate) {
    return archives.file(archivist(), OFFICE_1, new ArchiveItemDraft(ArchiveCategory.TAKEOVER_FILE, "3号楼竣工图", "档案室A-2-3", level, years,
        documentDate, Optional.empty(), Optional.empty())).orElseThrow();
  }

  private ArchiveItem ordinary() {
    return filed(Confidentiality.ORDINARY, Optional.of(10), LocalDate.of(2024, 5, 1));
  }

  private Instant inHours(long h) {
    return clock.instant().plus(Duration.ofHours(h));
  }

  private List<Notification> delivered(String type) {
    desk.outbox().deliverDue();
    return notifier.deliveries().stream().filter(n -> n.eventType().equals(type)).toList();
  }

  @Test
  void anOwnersFileIsDueWithinADayOfMoveInAndTheAlarmFiresOnceWhenItIsLate() {
    ArchiveItem expected = archives.expectOwnerFile(Fixtures.clerk(OFFICE_1), Fixtures.owner(OFFICE_1, 7), Fixtures.unit(OFFICE_1, 7),
        clock.instant().minus(Duration.ofHours(1))).orElseThrow();
    assertThat(expected.state()).isEqualTo(ArchiveItemState.EXPECTED);
    assertThat(expected.filingDue()).contains(clock.instant().plus(Duration.ofHours(23)));

    clock.advance(Duration.ofHours(23));
    desk.timers().runDue();
    assertThat(delivered("FilingOverdue")).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    desk.timers().runDue();
    desk.timers().runDue();
    assertThat(delivered("FilingOverdue")).extracting(Notification::role)
        .containsExactlyInAnyOrder(Optional.of(Role.ARCHIVIST), Optional.of(Role.OFFICE_DIRECTOR));

    ArchiveItemDraft papers = new ArchiveItemDraft(ArchiveCategory.OWNER_FILE, "1-107 业主入伙资料", "档案室B-1-7", Confidentiality.CONFIDENTIAL,
        Optional.empty(), LocalDate.of(2026, 3, 2), Optional.of(Fixtures.owner(OFFICE_1, 7)), Optional.of(Fixtures.unit(OFFICE_1, 7)));
    assertThat(archives.fileExpected(Fixtures.clerk(OFFICE_1), expected.id(), papers).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    ArchiveItem late = archives.fileExpected(archivist(), expected.id(), papers).orElseThrow();
    assertThat(late.state()).isEqualTo(ArchiveItemState.FILED);
    assertThat(late.filingOverdue()).isTrue();
    assertThat(archives.expectOwnerFile(Fixtures.clerk(OFFICE_1), Fixtures.owner(OFFICE_1, 8), Fixtures.unit(OFFICE_1, 7),
        clock.instant()).rejection().orElseThrow().field()).contains("owner");
  }

  @Test
  void anItemIsIssuedByTheArchivistOnlyNeverOnTwoLoansAtOnceAndComesBackChecked() {
    ArchiveItem item = ordinary();
    ArchiveLoan first = archives.requestLoan(Fixtures.clerk(OFFICE_1), LoanDraft.inRoom(item.id(), "核对管线走向", inHours(4))).orElseThrow();
    ArchiveLoan second = archives.requestLoan(Fixtures.assistant(OFFICE_1), LoanDraft.inRoom(item.id(), "维修查图", inHours(6)))
        .orElseThrow();
    archives.approveLoan(Fixtures.supervisor(OFFICE_1), first.id()).orElseThrow();
    archives.approveLoan(Fixtures.supervisor(OFFICE_1), second.id()).orElseThrow();
    assertThat(archives.issue(Fixtures.clerk(OFFICE_1), first.id()).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);

    archives.issue(archivist(), first.id()).orElseThrow();
    assertThat(archives.find(archivist(), item.id()).orElseThrow().currentLoan()).contains(first.id());
    assertThat(archives.issue(archivist(), second.id()).rejection().orElseThrow().field()).contains("item");
    assertThat(archives.findLoan(archivist(), second.id()).orElseThrow().state()).isEqualTo(LoanState.APPROVED);

    ArchiveLoan back = archives.returnLoan(archivist(), first.id(), false, "缺第3页").orElseThrow();
    assertThat(back.complete()).contains(false);
    assertThat(delivered("Returned")).extracting(Notification::role)
        .containsExactlyInAnyOrder(Optional.of(Role.ARCHIVIST), Optional.of(Role.OFFICE_DIRECTOR));
    assertThat(archives.issue(archivist(), second.id()).orElseThrow().state()).isEqualTo(LoanState.ISSUED);
    assertThat(desk.audit().verify(OFFICE_1).intact()).isTrue();
  }

  @Test
  void takingAnItemOutNeedsTheDirectorAConfidentialItemNeverLeavesAndNobodyApprovesTheirOwnLoan() {
    ArchiveItem secret = filed(Confidentiality.CONFIDENTIAL, Optional.empty(), LocalDate.of(2025, 1, 1));
    assertThat(archives.requestLoan(Fixtures.clerk(OFFICE_1), new LoanDraft(secret.id(), "复印", true, inHours(4))).rejection()
        .orElseThrow().field()).contains("takeOut");
    assertThat(archives.requestLoan(Fixtures.clerk(OFFICE_1), LoanDraft.inRoom(secret.id(), "查阅", inHours(4))).isAccepted()).isTrue();

    ArchiveItem item = ordinary();
    ArchiveLoan out = archives.requestLoan(Fixtures.clerk(OFFICE_1), new LoanDraft(item.id(), "送审", true, inHours(48))).orElseThrow();
    assertThat(archives.approveLoan(Fixtures.supervisor(OFFICE_1), out.id()).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    assertThat(archives.approveLoan(Fixtures.director(OFFICE_1), out.id()).orElseThrow().approval().orElseThrow().by())
        .isEqualTo(Fixtures.director(OFFICE_1).staffId());

    ArchiveLoan own = archives.requestLoan(Fixtures.supervisor(OFFICE_1), LoanDraft.inRoom(item.id(), "自查", inHours(2))).orElseThrow();
    assertThat(archives.approveLoan(Fixtures.supervisor(OFFICE_1), own.id()).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    assertThat(desk.audit().entries(OFFICE_1, 1, 1000)).filteredOn(e -> e.draft().action().startsWith("REFUSED:"))
        .extracting(e -> e.draft().action()).containsExactly("REFUSED:REQUEST", "REFUSED:APPROVE", "REFUSED:APPROVE");
  }

  @Test
  void aLoanPastItsDueTimeIsListedAlarmedOnceAndFlaggedInTheRegister() {
    ArchiveItem item = ordinary();
    ArchiveLoan l = archives.requestLoan(Fixtures.clerk(OFFICE_1), new LoanDraft(item.id(), "报审", true, inHours(24))).orElseThrow();
    archives.approveLoan(Fixtures.director(OFFICE_1), l.id()).orElseThrow();
    archives.issue(archivist(), l.id()).orElseThrow();
    assertThat(archives.overdueLoans(archivist(), OFFICE_1)).isEmpty();

    clock.advance(Duration.ofHours(25));
    desk.timers().runDue();
    desk.timers().runDue();

    assertThat(archives.overdueLoans(archivist(), OFFICE_1)).extracting(ArchiveLoan::id).containsExactly(l.id());
    assertThat(delivered("Overdue")).hasSize(2);
    List<ArchiveLoan.RegisterLine> register = archives.loanRegister(Fixtures.director(OFFICE_1), OFFICE_1, LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31));
    assertThat(register).singleElement().satisfies(line -> {
      assertThat(line.overdue()).isTrue();
      assertThat(line.takeOut()).isTrue();
      assertThat(line.approver()).contains(Fixtures.director(OFFICE_1).name());
      assertThat(line.returnedOn()).isEmpty();
      assertThat(line.date()).isEqualTo(LocalDate.of(2026, 3, 2));
    });
    archives.returnLoan(archivist(), l.id(), true, "完好").orElseThrow();
    assertThat(archives.overdueLoans(archivist(), OFFICE_1)).isEmpty();
    assertThat(archives.loanRegister(archivist(), OFFICE_1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)).get(0).overdue())
        .as("it was overdue").isTrue();
    assertThat(archives.loanRegister(Fixtures.clerk(OFFICE_2), OFFICE_1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isEmpty();
  }

  @Test
  void anItemIsDestroyedOnlyAfterItsRetentionWithBothApprovalsAndTwoDistinctWitnesses() {
    ArchiveItem old = filed(Confidentiality.ORDINARY, Optional.of(5), LocalDate.of(2020, 3, 2)); // kept until 2025-03-02
    ArchiveItem young = filed(Confidentiality.ORDINARY, Optional.of(5), LocalDate.of(2021, 3, 3)); // until 2026-03-03
    ArchiveItem forever = filed(Confidentiality.ORDINARY, Optional.empty(), LocalDate.of(2000, 1, 1));
    assertThat(archives.listForDestruction(archivist(), young.id(), "到期").rejection().orElseThrow().field()).contains("retention");
    assertThat(archives.listForDestruction(archivist(), forever.id(), "到期").rejection().orElseThrow().field()).contains("retention");
    archives.listForDestruction(archivist(), old.id(), "保管期满").orElseThrow();

    assertThat(archives.approveDestruction(archivist(), old.id()).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    archives.approveDestruction(Fixtures.director(OFFICE_1), old.id()).orElseThrow();
    assertThat(archives.approveDestruction(Fixtures.director(OFFICE_1), old.id()).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ALREADY_DONE);
    List<Witness> two = List.of(new Witness(Fixtures.director(OFFICE_1).staffId(), "主任"), new Witness(Fixtures.finance(OFFICE_1)
        .staffId(), "财务"));
    assertThat(archives.destroy(archivist(), old.id(), two).rejection().orElseThrow().field()).contains("approval");
    archives.approveDestruction(Fixtures.generalManager(), old.id()).orElseThrow();
    assertThat(archives.destroy(archivist(), old.id(), List.of(two.get(0), new Witness(two.get(0).staff(), "主任")))
        .rejection().orElseThrow().field()).contains("witnesses");
    assertThat(archives.destroy(archivist(), old.id(), List.of(two.get(0), new Witness(Fixtures.clerk(OFFICE_2).staffId(), "外人")))
        .rejection().orElseThrow().field()).contains("witnesses");

    ArchiveItem gone = archives.destroy(archivist(), old.id(), two).orElseThrow();

    assertThat(gone.state()).isEqualTo(ArchiveItemState.DESTROYED);
    assertThat(gone.destruction().orElseThrow().witnesses()).hasSize(2);
    assertThat(gone.destruction().orElseThrow().generalManager().orElseThrow().by()).isEqualTo(Fixtures.generalManager().staffId());
    assertThat(archives.requestLoan(Fixtures.clerk(OFFICE_1), LoanDraft.inRoom(old.id(), "查阅", inHours(1))).rejection().orElseThrow()
        .field()).contains("item");
  }

  @Test
  void badInputIsATypedErrorNamingTheFieldAndChangesNothing() {
    ArchiveItem item = ordinary();
    long journal = desk.audit().entries(OFFICE_1, 1, 1000).size();
    assertThatThrownBy(() -> new ArchiveItemDraft(ArchiveCategory.OWNER_FILE, "资料", "A", Confidentiality.ORDINARY, Optional.of(5),
        LocalDate.of(2026, 1, 1), Optional.empty(), Optional.empty())).isInstanceOf(InvalidInputException.class).hasMessageContaining("owner");
    assertThatThrownBy(() -> new ArchiveItemDraft(ArchiveCategory.OFFICE_FILE, "资料", "A", Confidentiality.ORDINARY, Optional.of(0),
        LocalDate.of(2026, 1, 1), Optional.empty(), Optional.empty())).hasMessageContaining("retentionYears");
    assertThatThrownBy(() -> new Witness(Fixtures.clerk(OFFICE_1).staffId(), "a\tb")).hasMessageContaining("signedName");
    assertThatThrownBy(() -> archives.move(archivist(), item.id(), "A\nB")).hasMessageContaining("location");
    assertThatThrownBy(() -> LoanDraft.inRoom(item.id(), " ", inHours(1))).hasMessageContaining("purpose");
    assertThat(archives.requestLoan(Fixtures.clerk(OFFICE_1), LoanDraft.inRoom(item.id(), "查阅", inHours(24 * 31))).rejection()
        .orElseThrow().field()).contains("returnBy");
    assertThat(archives.find(archivist(), item.id())).contains(item);
    assertThat(desk.audit().entries(OFFICE_1, 1, 1000)).hasSize((int) journal + 1);
    assertThat(archives.find(Fixtures.clerk(OFFICE_2), item.id())).isEmpty();
  }
}

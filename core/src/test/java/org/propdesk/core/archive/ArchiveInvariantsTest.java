package org.propdesk.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Approval;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;

/**
 * The archive aggregates on their own (PROCEDURES §9): a snapshot breaking an invariant is refused naming
 * the field; filing, moving, lending, returning, refusing and withdrawing refuse out of turn and at their
 * boundaries (due back exactly now, a day after the retention ends).
 */
class ArchiveInvariantsTest {
  private static final Instant NOW = Instant.parse("2026-03-06T02:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final OfficeId OFFICE = OfficeId.of("O-1");
  private static final Actor ARCHIVIST = Actor.inOffice(StaffId.of("S-1"), "archivist", OFFICE, Role.ARCHIVIST);
  private static final Actor DIRECTOR = Actor.inOffice(StaffId.of("S-2"), "director", OFFICE, Role.OFFICE_DIRECTOR);
  private static final Actor CLERK = Actor.inOffice(StaffId.of("S-3"), "clerk", OFFICE, Role.FRONT_DESK_CLERK);

  private static ArchiveItem filed(Confidentiality level, Optional<Integer> years, LocalDate date) {
    return ArchiveItem.file(ArchiveItemId.of("A-1"), OFFICE, ZoneOffset.UTC, new ArchiveItemDraft(ArchiveCategory.OFFICE_FILE, "minutes",
        "A-1-1", level, years, date, Optional.empty(), Optional.empty()), ARCHIVIST, CLOCK).orElseThrow();
  }

  private static ArchiveLoan requested(ArchiveItem item, boolean takeOut) {
    return ArchiveLoan.request(LoanId.of("L-1"), item, new LoanDraft(item.id(), "read", takeOut, NOW.plus(Duration.ofHours(2))), CLERK,
        CLOCK).orElseThrow();
  }

  private static <T> void broken(T valid, UnaryOperator<T> damage, java.util.function.Function<T, ?> check, String field) {
    assertThatThrownBy(() -> check.apply(damage.apply(valid))).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
  }

  @Test
  void anItemOrLoanSnapshotBreakingAnInvariantIsRefusedNamingTheField() {
    ArchiveItem item = filed(Confidentiality.ORDINARY, Optional.of(5), LocalDate.of(2020, 1, 1));
    ArchiveItem listed = item.listForDestruction("expired", ARCHIVIST, CLOCK).orElseThrow();
    assertThat(item.checked()).isSameAs(item);
    broken(ImmutableArchiveItem.copyOf(item), x -> x.withState(ArchiveItemState.ON_LOAN), ImmutableArchiveItem::checked, "history");
    broken(ImmutableArchiveItem.copyOf(item), x -> x.withCurrentLoan(LoanId.of("L-9")), ImmutableArchiveItem::checked, "currentLoan");
    broken(ImmutableArchiveItem.copyOf(item), x -> x.withLocation(Optional.empty()), ImmutableArchiveItem::checked, "location");
    broken(ImmutableArchiveItem.copyOf(listed), x -> x.withDestruction(Optional.empty()), ImmutableArchiveItem::checked, "destruction");
    broken(ImmutableArchiveItem.copyOf(item), x -> x.withVersion(0), ImmutableArchiveItem::checked, "version");

    ArchiveLoan loan = requested(item, false).approve(DIRECTOR, CLOCK).orElseThrow();
    ArchiveLoan issued = loan.issue(ARCHIVIST, CLOCK).orElseThrow();
    assertThat(issued.checked()).isSameAs(issued);
    broken(ImmutableArchiveLoan.copyOf(loan), x -> x.withState(LoanState.ISSUED), ImmutableArchiveLoan::checked, "history");
    broken(ImmutableArchiveLoan.copyOf(loan), x -> x.withTakeOut(true).withConfidentiality(Confidentiality.CONFIDENTIAL),
        ImmutableArchiveLoan::checked, "takeOut");
    broken(ImmutableArchiveLoan.copyOf(issued), x -> x.withApproval(Optional.empty()), ImmutableArchiveLoan::checked, "issue");
    broken(ImmutableArchiveLoan.copyOf(loan), x -> x.withApproval(new Approval(CLERK.staffId(), "clerk", NOW)), ImmutableArchiveLoan::checked,
        "approval");
    broken(ImmutableArchiveLoan.copyOf(loan), x -> x.withComplete(true), ImmutableArchiveLoan::checked, "complete");
    broken(ImmutableArchiveLoan.copyOf(loan), x -> x.withVersion(0), ImmutableArchiveLoan::checked, "version");
  }

  @Test
  void anItemIsListedTheDayItsRetentionEndsNotTheDayBefore() {
    assertThat(filed(Confidentiality.ORDINARY, Optional.of(1), LocalDate.of(2025, 3, 6)).listForDestruction("due", ARCHIVIST, CLOCK)
        .isAccepted()).isTrue();
    assertThat(filed(Confidentiality.ORDINARY, Optional.of(1), LocalDate.of(2025, 3, 7)).listForDestruction("due", ARCHIVIST, CLOCK)
        .rejection().orElseThrow().field()).contains("retention");
    ArchiveItem listed = filed(Confidentiality.ORDINARY, Optional.of(1), LocalDate.of(2025, 3, 6)).listForDestruction("due", ARCHIVIST,
        CLOCK).orElseThrow();
    ArchiveItem kept = listed.cancelDestruction("still needed", DIRECTOR, CLOCK).orElseThrow();
    assertThat(kept.state()).isEqualTo(ArchiveItemState.FILED);
    assertThat(kept.destruction()).isEmpty();
    assertThat(kept.cancelDestruction("again", DIRECTOR, CLOCK).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    ArchiveItem approvedOnce = listed.approveDestruction(DIRECTOR, CLOCK).orElseThrow();
    assertThat(approvedOnce.destruction().orElseThrow().approved()).isFalse();
    assertThat(approvedOnce.destroy(List.of(new Witness(CLERK.staffId(), "a"), new Witness(DIRECTOR.staffId(), "b")), ARCHIVIST, CLOCK)
        .rejection().orElseThrow().field()).contains("approval");
  }

  @Test
  void loansRefuseOutOfTurnTheItemMovesOnlyWhenFiledAndAnExpectedFileMustBeTheOwnersOwn() {
    ArchiveItem item = filed(Confidentiality.ORDINARY, Optional.of(5), LocalDate.of(2024, 1, 1));
    ArchiveLoan asked = requested(item, false);
    assertThat(asked.cancel("no need", ARCHIVIST, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    assertThat(asked.cancel("no need", CLERK, CLOCK).orElseThrow().state()).isEqualTo(LoanState.CANCELLED);
    assertThat(asked.refuse("no", CLERK, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(asked.refuse("no", DIRECTOR, CLOCK).orElseThrow().endReason()).contains("no");
    assertThat(asked.issue(ARCHIVIST, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    ArchiveLoan approved = asked.approve(DIRECTOR, CLOCK).orElseThrow();
    Clock later = Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC);
    assertThat(approved.issue(ARCHIVIST, later).rejection().orElseThrow().field()).as("due back exactly now").contains("returnBy");
    ArchiveLoan issued = approved.issue(ARCHIVIST, CLOCK).orElseThrow();
    assertThat(issued.isOverdueAt(NOW.plus(Duration.ofHours(2)))).isFalse();
    assertThat(issued.isOverdueAt(NOW.plus(Duration.ofHours(2)).plusMillis(1))).isTrue();
    assertThat(issued.returned(true, "ok", ARCHIVIST, later).orElseThrow().overdue()).as("back exactly on time").isFalse();
    assertThat(issued.returned(false, "torn", ARCHIVIST, Clock.offset(later, Duration.ofMillis(1))).orElseThrow().overdue()).isTrue();
    assertThat(issued.registerLine(NOW).overdue()).isFalse();

    ArchiveItem lent = item.lend(LoanId.of("L-1"), ARCHIVIST, CLOCK).orElseThrow();
    assertThat(lent.move("B-1", ARCHIVIST, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    assertThat(lent.takeBack(LoanId.of("L-2"), ARCHIVIST, CLOCK).rejection().orElseThrow().field()).contains("loan");
    assertThat(item.move("B-1", ARCHIVIST, CLOCK).orElseThrow().location()).contains("B-1");

    ArchiveItem expected = ArchiveItem.expectOwnerFile(ArchiveItemId.of("A-2"), OFFICE, ZoneOffset.UTC, OwnerId.of("P-1"), UnitId.of("U-1"),
        NOW.minus(Duration.ofHours(1)), CLERK, CLOCK).orElseThrow();
    ArchiveItemDraft other = new ArchiveItemDraft(ArchiveCategory.OWNER_FILE, "papers", "B-1", Confidentiality.CONFIDENTIAL,
        Optional.empty(), LocalDate.of(2026, 3, 6), Optional.of(OwnerId.of("P-2")), Optional.of(UnitId.of("U-1")));
    assertThat(expected.fileExpected(other, ARCHIVIST, CLOCK).rejection().orElseThrow().field()).contains("draft");
    ArchiveItemDraft own = new ArchiveItemDraft(ArchiveCategory.OWNER_FILE, "papers", "B-1", Confidentiality.CONFIDENTIAL,
        Optional.empty(), LocalDate.of(2026, 3, 7), Optional.of(OwnerId.of("P-1")), Optional.of(UnitId.of("U-1")));
    assertThat(expected.fileExpected(own, ARCHIVIST, CLOCK).rejection().orElseThrow().field()).as("tomorrow's papers").contains(
        "documentDate");
    Clock dueInstant = Clock.fixed(NOW.plus(Duration.ofHours(23)), ZoneOffset.UTC);
    ArchiveItemDraft today = new ArchiveItemDraft(ArchiveCategory.OWNER_FILE, "papers", "B-1", Confidentiality.CONFIDENTIAL,
        Optional.empty(), LocalDate.of(2026, 3, 6), Optional.of(OwnerId.of("P-1")), Optional.of(UnitId.of("U-1")));
    ArchiveItem onTime = expected.fileExpected(today, ARCHIVIST, dueInstant).orElseThrow();
    assertThat(onTime.filingOverdue()).isFalse();
    assertThat(onTime.history().get(onTime.history().size() - 1).note()).doesNotContain("late");
    assertThat(expected.fileExpected(today, ARCHIVIST, Clock.offset(dueInstant, Duration.ofMillis(1))).orElseThrow().history()
        .get(2 - 1).note()).contains("late");
    assertThat(ArchiveItem.expectOwnerFile(ArchiveItemId.of("A-3"), OFFICE, ZoneOffset.UTC, OwnerId.of("P-1"), UnitId.of("U-1"),
        NOW.plusSeconds(1), CLERK, CLOCK).rejection().orElseThrow().field()).contains("moveInCompletedAt");
    assertThat(ArchiveItem.file(ArchiveItemId.of("A-4"), OFFICE, ZoneOffset.UTC, other, CLERK, CLOCK).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
  }
}

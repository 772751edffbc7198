package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propdesk.core.archive.ArchiveCategory;
import org.propdesk.core.archive.ArchiveItem;
import org.propdesk.core.archive.ArchiveItemDraft;
import org.propdesk.core.archive.ArchiveItemState;
import org.propdesk.core.archive.ArchiveLoan;
import org.propdesk.core.archive.Confidentiality;
import org.propdesk.core.archive.LoanDraft;
import org.propdesk.core.archive.Witness;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.IdSource;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.archive.ArchiveDesk;
import org.propdesk.workflows.archive.Archives;

/**
 * The archive procedure on H2, PostgreSQL and MariaDB with no change to JdbcStorage: a loan issued, found overdue
 * by the sweep after a restart, listed and returned; the loan register read back; an item destroyed after
 * its retention with both approvals and two witnesses; the chain verifies.
 */
class ArchivesOnEveryDatabaseTest {
  private static PropDesk node(DataSource ds, MutableClock clock) {
    return PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock)).storage(JdbcStorage.create(ds))
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).procedure(Archives.PROCEDURE).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void aLoanGoesOverdueAcrossARestartAndAnOldItemIsDestroyedBeforeWitnesses(String name, Supplier<DataSource> database) {
    DataSource ds = database.get();
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    Actor archivist = Fixtures.actor(OFFICE_1, Role.ARCHIVIST);
    ArchiveDesk archives = node(ds, clock).procedure(Archives.PROCEDURE);
    ArchiveItem drawings = archives.file(archivist, OFFICE_1, new ArchiveItemDraft(ArchiveCategory.TAKEOVER_FILE, "竣工图", "A-1-1",
        Confidentiality.ORDINARY, Optional.of(3), LocalDate.of(2020, 1, 1), Optional.empty(), Optional.empty())).orElseThrow();
    ArchiveLoan l = archives.requestLoan(Fixtures.clerk(OFFICE_1), new LoanDraft(drawings.id(), "报审", true,
        clock.instant().plus(Duration.ofHours(8)))).orElseThrow();
    archives.approveLoan(Fixtures.director(OFFICE_1), l.id()).orElseThrow();
    archives.issue(archivist, l.id()).orElseThrow();

    clock.advance(Duration.ofHours(9));
    PropDesk restarted = node(ds, clock);
    restarted.timers().runDue();
    ArchiveDesk again = restarted.procedure(Archives.PROCEDURE);
    assertThat(again.overdueLoans(archivist, OFFICE_1)).extracting(ArchiveLoan::id).containsExactly(l.id());
    assertThat(again.findLoan(archivist, l.id()).orElseThrow().overdue()).isTrue();
    assertThat(again.listForDestruction(archivist, drawings.id(), "期满").rejection().orElseThrow().code().name())
        .isEqualTo("NOT_PERMITTED_IN_STATE");
    again.returnLoan(archivist, l.id(), true, "完好").orElseThrow();
    assertThat(again.loanRegister(archivist, OFFICE_1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))).singleElement()
        .satisfies(line -> {
          assertThat(line.overdue()).isTrue();
          assertThat(line.complete()).contains(true);
        });

    again.listForDestruction(archivist, drawings.id(), "保管期满").orElseThrow();
    again.approveDestruction(Fixtures.director(OFFICE_1), drawings.id()).orElseThrow();
    again.approveDestruction(Fixtures.generalManager(), drawings.id()).orElseThrow();
    ArchiveItem gone = again.destroy(archivist, drawings.id(), List.of(new Witness(Fixtures.director(OFFICE_1).staffId(), "主任"),
        new Witness(Fixtures.finance(OFFICE_1).staffId(), "财务"))).orElseThrow();
    assertThat(node(ds, clock).procedure(Archives.PROCEDURE).find(archivist, drawings.id())).contains(gone);
    assertThat(gone.state()).isEqualTo(ArchiveItemState.DESTROYED);
    assertThat(restarted.audit().verify(OFFICE_1).intact()).isTrue();
  }
}

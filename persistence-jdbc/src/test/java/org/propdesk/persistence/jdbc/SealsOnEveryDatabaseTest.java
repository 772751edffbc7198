package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Role;
import org.propdesk.core.seal.LossKind;
import org.propdesk.core.seal.Seal;
import org.propdesk.core.seal.SealDraft;
import org.propdesk.core.seal.SealState;
import org.propdesk.core.seal.SealType;
import org.propdesk.core.seal.SealUse;
import org.propdesk.core.seal.SealUseDraft;
import org.propdesk.core.spi.IdSource;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.seal.SealDesk;
import org.propdesk.workflows.seal.Seals;

/**
 * The seal procedure on H2, PostgreSQL and MariaDB with no change to JdbcStorage: a seal's approvals, a use's
 * review and stamping, and the use register read back per seal and period after a restart; a loss and
 * its replacement link both seals; refusals are journaled and the chain verifies.
 */
class SealsOnEveryDatabaseTest {
  private static PropDesk node(DataSource ds, MutableClock clock) {
    return PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock)).storage(JdbcStorage.create(ds))
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).procedure(Seals.PROCEDURE).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void aSealIsUsedLostAndReplacedAndItsRegisterReadsBackAfterARestart(String name, Supplier<DataSource> database) {
    DataSource ds = database.get();
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    Actor admin = Fixtures.actor(OFFICE_1, Role.SEAL_ADMINISTRATOR);
    SealDesk seals = node(ds, clock).procedure(Seals.PROCEDURE);
    Seal s = seals.register(admin, OFFICE_1, new SealDraft(SealType.COMPANY, "测试物业公司公章", admin.staffId(), "启用")).orElseThrow();
    seals.approveStart(Fixtures.generalManager(), s.id()).orElseThrow();
    SealUse u = seals.requestUse(Fixtures.clerk(OFFICE_1), new SealUseDraft(s.id(), "客服中心", "业主证明", "办理贷款", 2)).orElseThrow();
    seals.review(Fixtures.clerk(OFFICE_1), u.id());
    seals.review(Fixtures.actor(OFFICE_1, Role.DEPARTMENT_HEAD), u.id()).orElseThrow();
    seals.registerUse(admin, u.id()).orElseThrow();
    seals.stamp(admin, u.id(), 2, false).orElseThrow();
    seals.reportLoss(admin, s.id(), LossKind.DAMAGED, "印面破损", false).orElseThrow();
    seals.approveLoss(Fixtures.generalManager(), s.id()).orElseThrow();

    PropDesk restarted = node(ds, clock);
    SealDesk again = restarted.procedure(Seals.PROCEDURE);
    Seal fresh = again.replace(admin, s.id(), new SealDraft(SealType.COMPANY, "测试物业公司公章", admin.staffId(), "损坏更换"))
        .orElseThrow();
    assertThat(again.find(admin, s.id()).orElseThrow().replacedBy()).contains(fresh.id());
    assertThat(again.find(admin, s.id()).orElseThrow().state()).isEqualTo(SealState.LOST_OR_DAMAGED);
    assertThat(again.useRegister(admin, OFFICE_1, Optional.of(s.id()), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
        .singleElement().satisfies(line -> {
          assertThat(line.impressions()).isEqualTo(2);
          assertThat(line.approver()).isEqualTo(Fixtures.actor(OFFICE_1, Role.DEPARTMENT_HEAD).name());
          assertThat(line.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        });
    assertThat(restarted.audit().entries(OFFICE_1, 1, 1000)).filteredOn(e -> e.draft().action().startsWith("REFUSED:"))
        .extracting(e -> e.draft().action()).containsExactly("REFUSED:REVIEW");
    assertThat(restarted.audit().verify(OFFICE_1).intact()).isTrue();
  }
}

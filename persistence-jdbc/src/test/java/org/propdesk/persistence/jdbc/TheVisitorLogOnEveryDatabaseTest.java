package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Instant;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.visitor.Visit;
import org.propdesk.core.visitor.VisitEvent;
import org.propdesk.core.visitor.VisitRegistration;
import org.propdesk.core.visitor.VisitState;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.visitor.VisitorLog;
import org.propdesk.workflows.visitor.Visits;

/**
 * The visitor log, a procedure added after the kernel, works on H2, PostgreSQL and MariaDB with no change to
 * JdbcStorage: its table comes from its own migration, its queries run on real columns, its closing
 * check is a timer like any other, and a restarted node reads what the first wrote.
 */
class TheVisitorLogOnEveryDatabaseTest {
  private static PropDesk node(DataSource ds, MutableClock clock, RecordingNotifier notifier) {
    return PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock)).storage(JdbcStorage.create(ds))
        .notifier(notifier).directory(Fixtures.directory()).procedure(Visits.PROCEDURE).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void aVisitorStillOnSiteAtClosingIsFlaggedAndARestartedNodeSeesEverything(String name, Supplier<DataSource> database) {
    DataSource ds = database.get();
    MutableClock clock = MutableClock.shanghai("2026-03-02T17:00");
    RecordingNotifier notifier = RecordingNotifier.create();
    PropDesk first = node(ds, clock, notifier);
    VisitorLog log = first.procedure(Visits.PROCEDURE);
    Visit v = log.register(Fixtures.clerk(OFFICE_1), VisitRegistration.builder().desk(Fixtures.desk(OFFICE_1))
        .visitorName("陈杰").visitorPhone("13912345678").visitorIdCard("11010519491231002X")
        .host(Fixtures.director(OFFICE_1).staffId()).purpose("送装修图纸").partySize(2).build()).orElseThrow();
    log.notifyHost(Fixtures.clerk(OFFICE_1), v.id()).orElseThrow();
    log.arrive(Fixtures.guard(OFFICE_1), v.id()).orElseThrow();

    clock.setLocal("2026-03-02T18:00");
    PropDesk restarted = node(ds, clock, notifier);
    assertThat(restarted.timers().runDue().changed()).isEqualTo(1);
    VisitorLog again = restarted.procedure(Visits.PROCEDURE);
    Visit flagged = again.find(Fixtures.clerk(OFFICE_1), v.id()).orElseThrow();
    assertThat(flagged.state()).isEqualTo(VisitState.ON_SITE);
    assertThat(flagged.flaggedAt()).contains(Instant.parse("2026-03-02T10:00:00Z"));
    assertThat(flagged.visitorPhone().orElseThrow().masked()).isEqualTo("139****5678");
    assertThat(flagged.partySize()).isEqualTo(2);
    assertThat(again.onSite(Fixtures.clerk(OFFICE_1), OFFICE_1)).extracting(Visit::id).containsExactly(v.id());

    assertThat(again.leave(Fixtures.guard(OFFICE_1), v.id()).orElseThrow().state()).isEqualTo(VisitState.LEFT);
    assertThat(again.onSite(Fixtures.clerk(OFFICE_1), OFFICE_1)).isEmpty();
    assertThat(restarted.audit().events(VisitEvent.class, OFFICE_1, v.id().value())).extracting(VisitEvent::type)
        .containsExactly("Registered", "HostNotified", "Arrived", "StillOnSiteAtClosing", "Left");
    assertThat(restarted.audit().verify(OFFICE_1).intact()).isTrue();
    restarted.outbox().deliverDue();
    assertThat(notifier.deliveries()).hasSize(2);
  }
}

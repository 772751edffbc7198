package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.ticket.PauseReason;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.core.ticket.TicketEvent;
import org.propdesk.core.ticket.TicketState;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairRequest;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.ticket.TicketDesk;
import org.propdesk.workflows.ticket.Tickets;

/**
 * The repair procedure, added after the kernel, works on H2, PostgreSQL and MariaDB with no change to
 * JdbcStorage: its table comes from its own migration, its queries run on real columns, its alarms are
 * timers like any other, and a restarted node reads what the first wrote, the pause included.
 */
class TheRepairDeskOnEveryDatabaseTest {
  private static PropDesk node(DataSource ds, MutableClock clock, RecordingNotifier notifier) {
    return PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock)).storage(JdbcStorage.create(ds))
        .notifier(notifier).directory(Fixtures.directory()).procedure(Tickets.PROCEDURE).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void aPausedRepairSurvivesARestartAndItsMovedDeadlineAlarmsOnTheNewNode(String name, Supplier<DataSource> database) {
    DataSource ds = database.get();
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    RecordingNotifier notifier = RecordingNotifier.create();
    PropDesk first = node(ds, clock, notifier);
    TicketDesk repairs = first.procedure(Tickets.PROCEDURE);
    Ticket t = repairs.register(Fixtures.clerk(OFFICE_1), RepairRequest.builder().desk(Fixtures.desk(OFFICE_1))
        .unit(Fixtures.unit(OFFICE_1, 2)).owner(Fixtures.owner(OFFICE_1, 2)).location("厨房").category(RepairCategory.WATER_AND_DRAINAGE)
        .description("厨房水管爆裂").contactPhone("13912345678").build()).orElseThrow();
    repairs.reply(Fixtures.clerk(OFFICE_1), t.id(), "维修师傅马上到").orElseThrow();
    repairs.dispatch(Fixtures.clerk(OFFICE_1), t.id(), Fixtures.technician(OFFICE_1).staffId()).orElseThrow();
    repairs.acceptJob(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    repairs.arrive(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    repairs.start(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    clock.setLocal("2026-03-02T23:00");
    repairs.pause(Fixtures.technician(OFFICE_1), t.id(), PauseReason.WAITING_FOR_PARTS, "等配件").orElseThrow();

    clock.setLocal("2026-03-03T11:00");
    PropDesk restarted = node(ds, clock, notifier);
    TicketDesk again = restarted.procedure(Tickets.PROCEDURE);
    restarted.timers().runDue();
    Ticket paused = again.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow();
    assertThat(paused.state()).isEqualTo(TicketState.PAUSED);
    assertThat(paused.resolutionOverdue()).as("no alarm while paused").isFalse();
    assertThat(paused.contactPhone().orElseThrow().masked()).isEqualTo("139****5678");
    assertThat(again.open(Fixtures.clerk(OFFICE_1), OFFICE_1, TicketState.PAUSED)).extracting(Ticket::id).containsExactly(t.id());

    Ticket resumed = again.resume(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    // 12 hours paused: 2026-03-03T09:00 becomes 2026-03-03T21:00 (13:00Z)
    assertThat(resumed.resolutionDeadline()).contains(Instant.parse("2026-03-03T13:00:00Z"));
    clock.setLocal("2026-03-03T21:00:00.001");
    restarted.timers().runDue();
    assertThat(again.find(Fixtures.clerk(OFFICE_1), t.id()).orElseThrow().resolutionOverdue()).isTrue();
    assertThat(again.complete(Fixtures.technician(OFFICE_1), t.id(), "更换水管").orElseThrow().resolvedOnTime()).contains(false);
    assertThat(again.withTechnician(Fixtures.supervisor(OFFICE_1), OFFICE_1, Fixtures.technician(OFFICE_1).staffId()))
        .extracting(Ticket::state).containsExactly(TicketState.DONE);
    assertThat(restarted.audit().events(TicketEvent.class, OFFICE_1, t.id().value())).extracting(TicketEvent::type)
        .containsExactly("Registered", "Replied", "Dispatched", "Accepted", "Arrived", "Started", "Paused", "Resumed",
            "ResolutionOverdue", "Completed");
    assertThat(restarted.audit().verify(OFFICE_1).intact()).isTrue();
    assertThat(again.signOff(Fixtures.clerk(OFFICE_1), t.id(), "业主", Optional.empty()).orElseThrow().state())
        .isEqualTo(TicketState.AWAITING_CALLBACK);
  }
}

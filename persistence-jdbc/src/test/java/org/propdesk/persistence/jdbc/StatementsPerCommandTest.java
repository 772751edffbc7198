package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ContactChannel;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.visitor.Visit;
import org.propdesk.core.visitor.VisitRegistration;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.visitor.VisitorLog;
import org.propdesk.workflows.visitor.Visits;

/**
 * What each command costs in statements (每条命令的语句数), counted at the JDBC driver with a wrapping
 * data source: a command that loads, saves and journals one aggregate issues at most 4 statements
 * before its commit, plus at most one batch of outbox rows and one of timers, in one transaction. The
 * table it prints is the README's.
 */
class StatementsPerCommandTest {
  /** One command's executions, sorted into kinds. */
  record Cost(String command, int core, int outbox, int timers, int commits) {
    static Cost of(String command, List<String> log) {
      int outbox = 0;
      int timers = 0;
      int commits = 0;
      int core = 0;
      for (String sql : log) {
        if (sql.equals("COMMIT")) {
          commits++;
        } else if (sql.startsWith("INSERT INTO pd_outbox")) {
          outbox++;
        } else if (sql.startsWith("INSERT INTO pd_timer")) {
          timers++;
        } else {
          core++;
        }
      }
      return new Cost(command, core, outbox, timers, commits);
    }

    String row() {
      return "| " + command + " | " + core + " | " + outbox + " | " + timers + " | " + (core + outbox + timers) + " |";
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void everyCommandIssuesAtMostFourStatementsPlusOneOutboxAndOneTimerBatchInOneTransaction(
      String name, Supplier<DataSource> database) {
    FailingDataSource ds = new FailingDataSource(database.get());
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock)).storage(JdbcStorage.create(ds))
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).procedure(Visits.PROCEDURE).build();
    VisitorLog visitors = desk.procedure(Visits.PROCEDURE);
    Map<String, Cost> costs = new LinkedHashMap<>();

    ds.failOn(0);
    Complaint c = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    costs.put("complaint REGISTER", Cost.of("complaint REGISTER", ds.log()));
    measure(ds, costs, "complaint REPLY", () -> desk.complaints().reply(Fixtures.clerk(OFFICE_1), c.id(),
        Reply.of("师傅十分钟内到。")).orElseThrow());
    measure(ds, costs, "complaint JUDGE", () -> desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(),
        Judgement.valid(false, false)).orElseThrow());
    clock.advance(Duration.ofDays(1));
    measure(ds, costs, "complaint FOLLOW_UP", () -> desk.complaints().followUp(Fixtures.clerk(OFFICE_1), c.id(),
        FollowUpContact.now(ContactChannel.PHONE, "Parts ordered; OK")).orElseThrow());
    measure(ds, costs, "complaint RESOLVE", () -> desk.complaints().resolve(Fixtures.assistant(OFFICE_1), c.id(),
        "Replaced the light.").orElseThrow());
    measure(ds, costs, "complaint CALLBACK", () -> desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(),
        new Callback(CallbackOutcome.SATISFIED, "ok")).orElseThrow());
    Visit[] v = new Visit[1];
    measure(ds, costs, "visit REGISTER", () -> v[0] = visitors.register(Fixtures.clerk(OFFICE_1), VisitRegistration.builder()
        .desk(Fixtures.desk(OFFICE_1)).visitorName("陈杰").host(Fixtures.director(OFFICE_1).staffId()).purpose("送图纸")
        .build()).orElseThrow());
    measure(ds, costs, "visit NOTIFY_HOST", () -> visitors.notifyHost(Fixtures.clerk(OFFICE_1), v[0].id()).orElseThrow());
    measure(ds, costs, "visit ARRIVE", () -> visitors.arrive(Fixtures.guard(OFFICE_1), v[0].id()).orElseThrow());
    measure(ds, costs, "visit LEAVE", () -> visitors.leave(Fixtures.guard(OFFICE_1), v[0].id()).orElseThrow());
    measure(ds, costs, "daily REVIEW", () -> desk.reviews().markReviewed(Fixtures.supervisor(OFFICE_1),
        Fixtures.desk(OFFICE_1), clock.instant().atZone(Fixtures.ZONE).toLocalDate().minusDays(1), "ok").orElseThrow());

    StringBuilder table = new StringBuilder("| command (" + name + ") | load, save, journal | outbox batch | timer batch | before commit |\n|---|---|---|---|---|\n");
    costs.values().forEach(x -> table.append(x.row()).append('\n'));
    System.out.println(table);
    for (Cost x : costs.values()) {
      assertThat(x.commits()).as("%s runs in one transaction", x.command()).isEqualTo(1);
      assertThat(x.core()).as("%s: statements besides outbox and timers", x.command()).isLessThanOrEqualTo(4);
      assertThat(x.outbox()).as("%s: outbox rows in one batch", x.command()).isLessThanOrEqualTo(1);
      assertThat(x.timers()).as("%s: timers in one batch", x.command()).isLessThanOrEqualTo(1);
    }
    assertThat(costs.get("complaint REGISTER").timers()).as("a registration sets its three timers in one batch").isEqualTo(1);
    assertThat(costs.get("complaint REPLY").core()).as("load, save, journal").isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void aSweepOfTwentyDueTimersAndTheRelayOfTheirAlarmsTakeTwoTransactionsEach(String name, Supplier<DataSource> database) {
    FailingDataSource ds = new FailingDataSource(database.get());
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock)).storage(JdbcStorage.create(ds))
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).build();
    for (int unit = 1; unit <= 20; unit++) {
      desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, unit).build()).orElseThrow();
    }
    desk.timers().runDue();
    desk.outbox().deliverDue();
    clock.advance(Duration.ofMinutes(16)); // every first reply is overdue

    ds.failOn(0);
    org.propdesk.workflows.TimerRunReport fired = desk.timers().runDue();
    List<String> sweep = ds.log();
    ds.failOn(0);
    org.propdesk.workflows.RelayReport relayed = desk.outbox().deliverDue();
    List<String> relay = ds.log();

    System.out.printf("%s: a sweep of %d timers ran %d statements, the relay of %d messages %d%n", name, fired.fired(),
        sweep.size(), relayed.delivered() + relayed.published(), relay.size());
    assertThat(fired.fired()).isEqualTo(20);
    assertThat(fired.changed()).isEqualTo(20);
    assertThat(sweep).as("the timers in one transaction, the journal's seal in another").filteredOn("COMMIT"::equals).hasSize(2);
    assertThat(sweep).as("one claim for the batch").filteredOn(sql -> sql.startsWith("SELECT") && sql.contains("FROM pd_timer")).hasSize(1);
    assertThat(relayed.delivered()).as("each alarm told the supervisor").isEqualTo(20);
    assertThat(relay).as("the claim, then the delivery marks").filteredOn("COMMIT"::equals).hasSize(2);
    assertThat(relay).as("every delivery marked in one batch").filteredOn(sql -> sql.contains("SET status = 'DELIVERED'")).hasSize(1);
  }

  private static void measure(FailingDataSource ds, Map<String, Cost> costs, String command, Runnable step) {
    ds.failOn(0);
    step.run();
    costs.put(command, Cost.of(command, ds.log()));
  }
}

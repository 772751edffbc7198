package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.complaint.RepeatMatching;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notification;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.RelayReport;
import org.propdesk.workflows.TimerRunReport;

/**
 * Two PropDesk nodes, each with its own data source, sweep timers and relay the outbox of one
 * database at the same time: every timer fires exactly once, every event is delivered at least once.
 */
abstract class TwoNodesShareOneDatabase {
  private static final int COMPLAINTS = 2000;

  /** Two data sources on one new database. */
  abstract DataSource[] newPair();

  private record NodeResult(int fired, int delivered) {}

  @Test
  void twoNodesFireEveryTimerOnceAndDeliverEveryEvent() throws Exception {
    DataSource[] pair = newPair();
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    ComplaintPolicies policies = ComplaintPolicies.seedDefaults().withRepeatMatching(RepeatMatching.explicitOnly());
    RecordingNotifier[] notifiers = {RecordingNotifier.create(), RecordingNotifier.create()};
    PropDesk[] nodes = new PropDesk[2];
    for (int i = 0; i < 2; i++) {
      nodes[i] = PropDesk.builder().clock(clock).ids(IdSource.prefixed("node" + i)).storage(JdbcStorage.create(pair[i]))
          .notifier(notifiers[i]).directory(Fixtures.directory()).complaintPolicies(policies).build();
    }
    for (int k = 0; k < COMPLAINTS; k++) {
      OfficeId office = k % 2 == 0 ? Fixtures.OFFICE_1 : Fixtures.OFFICE_2;
      nodes[k % 2].complaints().register(Fixtures.clerk(office), Fixtures.registration(office, 1 + (k / 2) % 20)
          .category(ComplaintCategory.values()[k % ComplaintCategory.values().length]).build()).orElseThrow();
    }
    clock.advance(Duration.ofMinutes(16));

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    NodeResult[] results = new NodeResult[2];
    try {
      Future<?>[] fs = new Future<?>[2];
      for (int i = 0; i < 2; i++) {
        PropDesk node = nodes[i];
        int n = i;
        fs[i] = pool.submit(() -> {
          start.await();
          int fired = 0;
          int delivered = 0;
          for (int idle = 0; idle < 2; ) {
            TimerRunReport t = node.timers().runDue();
            RelayReport r = node.outbox().deliverDue();
            fired += t.fired();
            delivered += r.delivered();
            idle = t.fired() == 0 && r.delivered() == 0 ? idle + 1 : 0;
          }
          results[n] = new NodeResult(fired, delivered);
          return null;
        });
      }
      start.countDown();
      for (Future<?> f : fs) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("%s: node 0 fired %d and delivered %d; node 1 fired %d and delivered %d%n", getClass().getSimpleName(),
        results[0].fired(), results[0].delivered(), results[1].fired(), results[1].delivered());

    assertThat(results[0].fired() + results[1].fired()).isEqualTo(COMPLAINTS);
    assertThat(count(pair[0], "SELECT COUNT(*) FROM pd_journal_entry WHERE action_name = 'TIMER_FIRST_REPLY'"))
        .isEqualTo(COMPLAINTS);
    assertThat(count(pair[0], "SELECT COUNT(*) FROM (SELECT aggregate_id FROM pd_journal_entry"
        + " WHERE action_name = 'TIMER_FIRST_REPLY' GROUP BY aggregate_id HAVING COUNT(*) > 1) x")).isZero();
    assertThat(count(pair[0], "SELECT COUNT(*) FROM pd_complaint WHERE version <> 2")).isZero();
    assertThat(count(pair[0], "SELECT COUNT(*) FROM pd_timer WHERE kind = 'FIRST_REPLY' AND pending")).isZero();

    Set<String> eventIds = new HashSet<>();
    int deliveries = 0;
    for (RecordingNotifier r : notifiers) {
      List<Notification> got = r.deliveries();
      deliveries += got.size();
      got.forEach(n -> eventIds.add(n.eventId()));
    }
    assertThat(eventIds).hasSize(COMPLAINTS);
    assertThat(deliveries).isGreaterThanOrEqualTo(COMPLAINTS);
    assertThat(count(pair[0], "SELECT COUNT(*) FROM pd_outbox WHERE status <> 'DELIVERED'")).isZero();
    assertThat(nodes[0].audit().verify(Fixtures.OFFICE_1).intact()).isTrue();
    assertThat(nodes[1].audit().verify(Fixtures.OFFICE_2).intact()).isTrue();
  }

  private static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

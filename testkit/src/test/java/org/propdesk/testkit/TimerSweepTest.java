package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.TimerEntry;
import org.propdesk.core.spi.TimerQueue;
import org.propdesk.workflows.TimerRunReport;

/** The SLA sweep run by the host: deterministic, idempotent, and it notifies the right people. */
class TimerSweepTest {
  private final Desks d = new Desks();

  @Test
  void theSweepRaisesTheFirstReplyAlarmMissedDaysAndTheMonthlyUpgradeOnce() {
    Complaint c = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();
    d.clock.advance(Duration.ofMinutes(15));
    assertThat(d.desk.timers().runDue().fired()).isZero();
    d.clock.advance(Duration.ofMinutes(1));
    TimerRunReport first = d.desk.timers().runDue();
    assertThat(first.changed()).isEqualTo(1);
    d.desk.outbox().deliverDue();
    assertThat(d.notifier.deliveries()).filteredOn(n -> n.eventType().equals("FirstReplyOverdue"))
        .singleElement().satisfies(n -> assertThat(n.role()).contains(Role.CUSTOMER_SUPERVISOR));

    d.clock.setLocal("2026-04-02T09:00:00");
    TimerRunReport month = d.desk.timers().runDue();
    Complaint after = d.desk.complaints().find(Fixtures.director(OFFICE_1), c.id()).orElseThrow();
    assertThat(after.complaintClass()).contains(ComplaintClass.MAJOR);
    assertThat(after.handlerRole()).contains(Role.GENERAL_MANAGER);
    assertThat(after.missedFollowUpDays()).hasSize(30).contains(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 4, 1));
    // 30 missed days, the upgrade, and the general complaint's resolution-target warning (18:00 on 03-02)
    // and alarm (midnight)
    assertThat(month.changed()).isEqualTo(33);

    long version = after.version();
    TimerRunReport again = d.desk.timers().runDue();
    assertThat(again.fired()).isZero();
    assertThat(d.desk.complaints().find(Fixtures.director(OFFICE_1), c.id()).orElseThrow().version()).isEqualTo(version);

    d.desk.outbox().deliverDue();
    assertThat(d.notifier.deliveries()).filteredOn(n -> n.eventType().equals("BecameMajor"))
        .extracting(Notification::audience)
        .containsExactlyInAnyOrder(Notification.Audience.COMPANY_LEADERSHIP, Notification.Audience.GROUP);
    assertThat(d.desk.audit().verify(OFFICE_1).intact()).isTrue();
  }

  @Test
  void anInvalidComplaintStopsItsDailyChecksButItsUnansweredOwnerStillRaisesTheFirstReplyAlarm() {
    Complaint c = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 2).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.invalid("Not our matter")).orElseThrow();
    d.clock.advance(Duration.ofDays(40));
    d.desk.timers().runDue();
    assertThat(d.pendingTimers()).isZero();
    Complaint after = d.desk.complaints().find(Fixtures.director(OFFICE_1), c.id()).orElseThrow();
    assertThat(after.version()).isEqualTo(3);
    assertThat(after.firstReplyOverdue()).isTrue();
    assertThat(after.missedFollowUpDays()).isEmpty();
  }

  @Test
  void theNextDueTimerIsTheFirstReplyDeadlineAndNoneIsDueWhenNothingIsPending() {
    assertThat(d.desk.timers().nextDue()).isEmpty();
    java.time.Instant registered = d.clock.instant();
    d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    // the first-reply timer: one millisecond after the 15-minute deadline (the earliest the complaint sets)
    assertThat(d.desk.timers().nextDue()).contains(registered.plus(Duration.ofMinutes(15)).plusMillis(1));
  }

  @Test
  void moreTimersDueThanOneBatchHoldAllFireInOneSweepWhichThenSealsTheJournal() {
    int complaints = 210; // the sweep claims 200 timers at a time
    for (int k = 0; k < complaints; k++) {
      d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1 + k % 20).build()).orElseThrow();
    }
    d.clock.advance(Duration.ofMinutes(16));

    TimerRunReport run = d.desk.timers().runDue();

    assertThat(run.fired()).as("every first-reply alarm, across two batches").isEqualTo(complaints);
    assertThat(run.changed()).isEqualTo(complaints);
    assertThat(run.skipped()).isZero();
    long head = d.storage.inTransaction(tx -> tx.journal().head(OFFICE_1)).seq();
    assertThat(head).as("each registration and each alarm, chained by the sweep without an audit read").isEqualTo(2L * complaints);
    assertThat(d.desk.timers().runDue().fired()).isZero();
  }

  @Test
  void aBatchThatMeetsAConcurrentChangeIsRolledBackAndFiredAgainOneTimerPerTransaction() {
    ConflictingTimers storage = new ConflictingTimers(InMemoryStorage.create());
    Desks on = new Desks(storage);
    List<String> ids = new ArrayList<>();
    for (int unit = 1; unit <= 3; unit++) {
      ids.add(on.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, unit).build()).orElseThrow().id().value());
    }
    on.clock.advance(Duration.ofMinutes(16));
    // the batch's second firing meets a change another node committed; so does the third's lone retry
    storage.conflictOnFiring(2, 5);

    TimerRunReport run = on.desk.timers().runDue();

    assertThat(storage.batches).as("the batch, then the retry that claims nothing new").isEqualTo(2);
    assertThat(run.fired()).isEqualTo(2);
    assertThat(run.changed()).isEqualTo(2);
    assertThat(run.skipped()).isEqualTo(1);
    assertThat(overdue(on, ids)).containsExactly(true, true, false);
    List<TimerEntry> pending = on.storage.inTransaction(tx -> tx.timers().due(on.clock.instant(), 10));
    assertThat(pending).as("the third's alarm stays pending")
        .extracting(TimerEntry::aggregateId).containsExactly(ids.get(2));

    TimerRunReport next = on.desk.timers().runDue();
    assertThat(next.fired()).isEqualTo(1);
    assertThat(overdue(on, ids)).containsExactly(true, true, true);
    List<String> fired = on.desk.audit().entries(OFFICE_1, 1, 100).stream().filter(e -> e.draft().action().equals("TIMER_FIRST_REPLY"))
        .map(e -> e.draft().aggregateId()).toList();
    assertThat(fired).as("each complaint's alarm journaled once, none from the rolled-back batch").containsExactlyInAnyOrderElementsOf(ids);
    assertThat(on.desk.audit().verify(OFFICE_1).intact()).isTrue();
  }

  private static List<Boolean> overdue(Desks on, List<String> ids) {
    return ids.stream().map(id -> on.desk.complaints().find(Fixtures.director(OFFICE_1), ComplaintId.of(id)).orElseThrow()
        .firstReplyOverdue()).toList();
  }

  /**
   * A storage whose timer queue fails chosen firings (counted across the sweep, from 1) with the
   * conflict another node's commit would raise, and counts the batch claims.
   */
  private static final class ConflictingTimers extends ForwardingStorage {
    private final java.util.Set<Integer> failing = new java.util.HashSet<>();
    private int firings;
    int batches;

    ConflictingTimers(Storage inner) {
      super(inner);
    }

    void conflictOnFiring(Integer... which) {
      failing.addAll(List.of(which));
    }

    @Override
    protected TimerQueue timers(TimerQueue q) {
      return new TimerQueue() {
        @Override
        public void schedule(TimerEntry timer) {
          q.schedule(timer);
        }

        @Override
        public List<TimerEntry> due(Instant now, int limit) {
          return q.due(now, limit);
        }

        @Override
        public List<TimerEntry> claimDue(Instant now, int limit) {
          batches++;
          return q.claimDue(now, limit);
        }

        @Override
        public Optional<TimerEntry> claim(String timerId) {
          return q.claim(timerId);
        }

        @Override
        public void markFired(String timerId, Instant at) {
          if (failing.contains(++firings)) {
            throw new StaleVersionException("Timer", timerId, 0, 1);
          }
          q.markFired(timerId, at);
        }

        @Override
        public long pendingCount() {
          return q.pendingCount();
        }
      };
    }
  }
}

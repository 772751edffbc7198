package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.complaint.ContactChannel;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalVerification;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.TimerEntry;
import org.propdesk.core.supervision.DailyReview;

/**
 * The contract every {@link Storage} must pass (存储契约测试). Implement it in a test class:
 *
 * <pre>{@code
 * class MyStorageTest implements StorageContract {
 *   public Storage newStorage() { return MyStorage.create(freshDataSource()); }
 *   public void tamperWithJournal(Storage s, OfficeId o, long seq) { ...UPDATE the payload... }
 * }
 * }</pre>
 *
 * <p>Each test gets a new, empty storage. The suite covers round trips, optimistic versions,
 * atomic rollback, the hash-chained journal (also under concurrent appends and tampering), the outbox
 * claim/lease/retry cycle, the timer queue's exactly-once claims, and the queries the workflows use.
 */
public interface StorageContract {

  /** A new, empty storage. */
  Storage newStorage();

  /** Changes the payload of a committed journal entry behind the storage's back, as an attacker would. */
  void tamperWithJournal(Storage storage, OfficeId office, long seq);

  // ------------------------------------------------------------------ helpers

  private static MutableClock clock() {
    return MutableClock.shanghai("2026-03-02T09:00");
  }

  private static Complaint registered(String id, MutableClock clock) {
    return Complaint.register(ComplaintId.of(id), Fixtures.OFFICE_1, Fixtures.ZONE, Fixtures.registration(Fixtures.OFFICE_1, 1).build(),
        Fixtures.clerk(Fixtures.OFFICE_1), ComplaintPolicies.seedDefaults(), clock).orElseThrow();
  }

  private static void save(Storage s, Complaint c, long expected) {
    s.inTransaction(tx -> {
      tx.complaints().save(c, expected);
      return null;
    });
  }

  private static Optional<Complaint> load(Storage s, ComplaintId id) {
    return s.inTransaction(tx -> tx.complaints().find(id));
  }

  private static JournalDraft draft(OfficeId office, int i) {
    return new JournalDraft(office, Instant.parse("2026-03-02T01:00:00Z").plusSeconds(i), "S-1", "Complaint", "C-" + i,
        "REPLY", "REGISTERED", "IN_HANDLING", "payload " + i);
  }

  private static Notification notification(String eventId, int i) {
    return new Notification(eventId, Fixtures.OFFICE_1, Notification.Audience.GROUP, Optional.empty(), "BecameMajor",
        "C-" + i, "subject " + i, "body " + i, Instant.parse("2026-03-02T01:00:00Z"));
  }

  private static List<JournalEntry> entries(Storage s, OfficeId office, long from, int limit) {
    return s.inTransaction(tx -> tx.journal().entries(office, from, limit));
  }

  private static JournalVerification verify(Storage s, OfficeId office) {
    return s.inTransaction(tx -> tx.journal().verify(office));
  }

  private static List<OutboxMessage> claim(Storage s, Instant now, int limit, Duration lease) {
    return s.inTransaction(tx -> tx.outbox().claimDue(now, limit, lease));
  }

  private static Optional<OutboxMessage> message(Storage s, String eventId) {
    return s.inTransaction(tx -> tx.outbox().find(eventId));
  }

  private static List<OutboxMessage> dead(Storage s, int limit) {
    return s.inTransaction(tx -> tx.outbox().dead(limit));
  }

  private static boolean retry(Storage s, String eventId, Instant now) {
    return s.inTransaction(tx -> tx.outbox().retryDead(eventId, now));
  }

  private static java.util.Map<OutboxMessage.Status, Long> counts(Storage s) {
    return s.inTransaction(tx -> tx.outbox().counts());
  }

  private static long pending(Storage s) {
    return s.inTransaction(tx -> tx.timers().pendingCount());
  }

  private static List<TimerEntry> due(Storage s, Instant now, int limit) {
    return s.inTransaction(tx -> tx.timers().due(now, limit));
  }

  private static Optional<TimerEntry> claimTimer(Storage s, String id) {
    return s.inTransaction(tx -> tx.timers().claim(id));
  }

  private static Optional<DailyReview> review(Storage s, org.propdesk.core.org.FrontDeskId desk, LocalDate day) {
    return s.inTransaction(tx -> tx.reviews().find(desk, day));
  }

  private static List<DailyReview> reviews(Storage s, org.propdesk.core.org.FrontDeskId desk, LocalDate from, LocalDate to) {
    return s.inTransaction(tx -> tx.reviews().findBetween(desk, from, to));
  }

  // ------------------------------------------------------------------ complaints

  @Test
  default void aComplaintWithAFullHistoryIsReadBackEqual() {
    Storage s = newStorage();
    MutableClock clock = clock();
    ComplaintPolicies p = ComplaintPolicies.seedDefaults();
    Complaint c1 = registered("C-RT", clock);
    save(s, c1, 0);
    clock.advance(Duration.ofMinutes(3));
    Complaint c2 = c1.reply(Reply.of("We will send a technician this morning."), Fixtures.clerk(Fixtures.OFFICE_1), p.wording(), clock).orElseThrow();
    Complaint c3 = c2.judge(Judgement.valid(true, false), Fixtures.supervisor(Fixtures.OFFICE_1), p, clock).orElseThrow();
    clock.advance(Duration.ofDays(1));
    Complaint c4 = c3.followUp(FollowUpContact.now(ContactChannel.PHONE, "Still dark."), Fixtures.assistant(Fixtures.OFFICE_1), clock).orElseThrow();
    Complaint c5 = c4.resolve("Replaced the light.", Fixtures.director(Fixtures.OFFICE_1), p, clock).orElseThrow();
    Complaint c6 = c5.callback(new Callback(CallbackOutcome.SATISFIED, "Thanks"), Fixtures.clerk(Fixtures.OFFICE_1), p, clock).orElseThrow();
    save(s, c2, 1);
    save(s, c3, 2);
    save(s, c4, 3);
    save(s, c5, 4);
    save(s, c6, 5);
    assertThat(load(s, c1.id())).contains(c6);
    assertThat(load(s, ComplaintId.of("C-NONE"))).isEmpty();
  }

  @Test
  default void aStaleSaveFailsWithStaleVersionAndChangesNothing() {
    Storage s = newStorage();
    MutableClock clock = clock();
    Complaint c1 = registered("C-ST", clock);
    save(s, c1, 0);
    Complaint a = c1.reply(Reply.of("We are on it."), Fixtures.clerk(Fixtures.OFFICE_1), ComplaintPolicies.seedDefaults().wording(), clock).orElseThrow();
    Complaint b = c1.reply(Reply.of("A technician is coming."), Fixtures.clerk(Fixtures.OFFICE_1), ComplaintPolicies.seedDefaults().wording(), clock).orElseThrow();
    save(s, a, 1);
    assertThatThrownBy(() -> save(s, b, 1)).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> save(s, c1, 0)).isInstanceOf(StaleVersionException.class);
    assertThat(load(s, c1.id())).contains(a);
  }

  @Test
  default void aSnapshotWhoseVersionIsNotExpectedPlusOneIsRefused() {
    Storage s = newStorage();
    Complaint c1 = registered("C-VV", clock());
    assertThatThrownBy(() -> save(s, c1, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(load(s, c1.id())).isEmpty();
  }

  @Test
  default void aFailedTransactionLeavesNoTrace() {
    Storage s = newStorage();
    MutableClock clock = clock();
    Complaint c1 = registered("C-RB", clock);
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.complaints().save(c1, 0);
      tx.journal().append(draft(Fixtures.OFFICE_1, 1));
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-RB", 1), clock.instant()));
      tx.timers().schedule(TimerEntry.pending("t-rb", Fixtures.OFFICE_1, "Complaint", "C-RB", "UPGRADE", clock.instant(), ""));
      tx.reviews().insert(new DailyReview(Fixtures.OFFICE_1, Fixtures.desk(Fixtures.OFFICE_1), LocalDate.of(2026, 3, 1),
          StaffId.of("S-1"), "sup", clock.instant(), "", 1));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    s.inTransaction(tx -> {
      assertThat(tx.complaints().find(c1.id())).isEmpty();
      assertThat(tx.journal().entries(Fixtures.OFFICE_1, 1, 10)).isEmpty();
      assertThat(tx.outbox().find("E-RB")).isEmpty();
      assertThat(tx.timers().due(clock.instant().plusSeconds(1), 10)).isEmpty();
      assertThat(tx.reviews().find(Fixtures.desk(Fixtures.OFFICE_1), LocalDate.of(2026, 3, 1))).isEmpty();
      return null;
    });
  }

  @Test
  default void twoWritersOfOneVersionExactlyOneCommits() throws Exception {
    Storage s = newStorage();
    MutableClock clock = clock();
    Complaint c1 = registered("C-TW", clock);
    save(s, c1, 0);
    CyclicBarrier bothLoaded = new CyclicBarrier(2);
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger stale = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String text = "Writer " + i + " says we are on it.";
        fs.add(pool.submit(() -> {
          try {
            s.inTransaction(tx -> {
              Complaint loaded = tx.complaints().find(c1.id()).orElseThrow();
              await(bothLoaded);
              tx.complaints().save(loaded.reply(Reply.of(text), Fixtures.clerk(Fixtures.OFFICE_1),
                  ComplaintPolicies.seedDefaults().wording(), clock).orElseThrow(), loaded.version());
              return null;
            });
            ok.incrementAndGet();
          } catch (StaleVersionException e) {
            stale.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ok.get()).isEqualTo(1);
    assertThat(stale.get()).isEqualTo(1);
    assertThat(load(s, c1.id()).orElseThrow().version()).isEqualTo(2);
  }

  private static void await(CyclicBarrier b) {
    try {
      b.await(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // A storage that locks rows on read lets the second reader wait; go on without the barrier.
    }
  }

  @Test
  default void openComplaintsOfAnOwnerAndActiveComplaintsAreFoundPerOffice() {
    Storage s = newStorage();
    MutableClock clock = clock();
    Complaint open = registered("C-Q1", clock);
    clock.advance(Duration.ofHours(1));
    Complaint q2 = registered("C-Q2", clock);
    Complaint closed = q2.judge(Judgement.invalid("not our matter"), Fixtures.supervisor(Fixtures.OFFICE_1),
        ComplaintPolicies.seedDefaults(), clock).orElseThrow();
    save(s, open, 0);
    save(s, q2, 0);
    save(s, closed, 1);
    s.inTransaction(tx -> {
      assertThat(tx.complaints().findOpenByOwner(Fixtures.OFFICE_1, Fixtures.owner(Fixtures.OFFICE_1, 1)))
          .extracting(Complaint::id).containsExactly(open.id());
      assertThat(tx.complaints().findOpenByOwner(Fixtures.OFFICE_2, Fixtures.owner(Fixtures.OFFICE_1, 1))).isEmpty();
      Instant dayStart = Instant.parse("2026-03-01T16:00:00Z");
      assertThat(tx.complaints().findActiveBetween(Fixtures.OFFICE_1, dayStart, dayStart.plus(Duration.ofDays(1))))
          .extracting(Complaint::id).containsExactly(open.id(), closed.id());
      assertThat(tx.complaints().findActiveBetween(Fixtures.OFFICE_1, clock.instant().plusSeconds(60), clock.instant().plusSeconds(120)))
          .extracting(Complaint::id).containsExactly(open.id());
      assertThat(tx.complaints().findActiveBetween(Fixtures.OFFICE_1, dayStart.minusSeconds(3600), dayStart)).isEmpty();
      return null;
    });
  }

  // ------------------------------------------------------------------ journal

  @Test
  default void journalEntriesAreChainedPerOfficeAndVerify() {
    Storage s = newStorage();
    s.inTransaction(tx -> {
      for (int i = 1; i <= 3; i++) {
        tx.journal().append(draft(Fixtures.OFFICE_1, i));
      }
      tx.journal().append(draft(Fixtures.OFFICE_2, 9));
      return null;
    });
    List<JournalEntry> one = entries(s, Fixtures.OFFICE_1, 1, 100);
    assertThat(one).extracting(JournalEntry::seq).containsExactly(1L, 2L, 3L);
    assertThat(one.get(0).prevHash()).isEqualTo(JournalEntry.GENESIS);
    assertThat(one.get(1).prevHash()).isEqualTo(one.get(0).hash());
    assertThat(one.get(2).draft()).isEqualTo(draft(Fixtures.OFFICE_1, 3));
    assertThat(entries(s, Fixtures.OFFICE_1, 2, 1)).extracting(JournalEntry::seq).containsExactly(2L);
    assertThat(entries(s, Fixtures.OFFICE_2, 1, 100)).extracting(JournalEntry::seq).containsExactly(1L);
    assertThat(verify(s, Fixtures.OFFICE_1).intact()).isTrue();
  }

  @Test
  default void verifyReportsTheFirstTamperedEntry() {
    Storage s = newStorage();
    s.inTransaction(tx -> {
      for (int i = 1; i <= 5; i++) {
        tx.journal().append(draft(Fixtures.OFFICE_1, i));
      }
      return null;
    });
    tamperWithJournal(s, Fixtures.OFFICE_1, 3);
    JournalVerification v = verify(s, Fixtures.OFFICE_1);
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).contains(3L);
  }

  @Test
  default void concurrentAppendsNeverForkTheChain() throws Exception {
    Storage s = newStorage();
    int threads = 8;
    int each = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int base = t * 1000;
        fs.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < each; i++) {
            int n = base + i;
            s.inTransaction(tx -> {
              tx.journal().append(draft(Fixtures.OFFICE_1, n));
              return null;
            });
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : fs) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    JournalVerification v = verify(s, Fixtures.OFFICE_1);
    assertThat(v.intact()).as(v.problem().orElse("")).isTrue();
    assertThat(v.entriesChecked()).isEqualTo((long) threads * each);
  }

  // ------------------------------------------------------------------ outbox

  @Test
  default void theOutboxClaimsOldestFirstAndLeasesWhatItClaims() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      for (int i = 1; i <= 3; i++) {
        tx.outbox().enqueue(OutboxMessage.pending(notification("E-" + i, i), t0.plusSeconds(i)));
      }
      return null;
    });
    Instant now = t0.plusSeconds(10);
    List<OutboxMessage> first = claim(s, now, 2, Duration.ofMinutes(5));
    assertThat(first).extracting(OutboxMessage::eventId).containsExactly("E-1", "E-2");
    List<OutboxMessage> second = claim(s, now, 10, Duration.ofMinutes(5));
    assertThat(second).extracting(OutboxMessage::eventId).containsExactly("E-3");
    assertThat(claim(s, now, 10, Duration.ofMinutes(5))).isEmpty();
    assertThat(claim(s, now.plus(Duration.ofMinutes(6)), 10, Duration.ofMinutes(5)))
        .extracting(OutboxMessage::eventId).containsExactly("E-1", "E-2", "E-3");
    assertThat(message(s, "E-1").orElseThrow().notification()).isEqualTo(notification("E-1", 1));
  }

  @Test
  default void deliveredMessagesAreNeverClaimedAgainAndFailuresGoDeadThenCanBeRetried() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-OK", 1), t0));
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-BAD", 2), t0));
      return null;
    });
    claim(s, t0, 10, Duration.ofMinutes(1));
    s.inTransaction(tx -> {
      tx.outbox().markDelivered("E-OK", t0.plusSeconds(1));
      tx.outbox().markFailed("E-BAD", "IOException: down", t0.plusSeconds(30), false);
      return null;
    });
    OutboxMessage bad = message(s, "E-BAD").orElseThrow();
    assertThat(bad.attempts()).isEqualTo(1);
    assertThat(bad.status()).isEqualTo(OutboxMessage.Status.PENDING);
    assertThat(bad.lastError()).contains("IOException: down");
    assertThat(message(s, "E-OK").orElseThrow().status()).isEqualTo(OutboxMessage.Status.DELIVERED);
    assertThat(claim(s, t0.plusSeconds(29), 10, Duration.ofMinutes(1))).isEmpty();
    assertThat(claim(s, t0.plusSeconds(30), 10, Duration.ofMinutes(1)))
        .extracting(OutboxMessage::eventId).containsExactly("E-BAD");
    s.inTransaction(tx -> {
      tx.outbox().markFailed("E-BAD", "IOException: still down", t0.plusSeconds(90), true);
      return null;
    });
    assertThat(dead(s, 10)).extracting(OutboxMessage::eventId).containsExactly("E-BAD");
    assertThat(claim(s, t0.plus(Duration.ofDays(1)), 10, Duration.ofMinutes(1))).isEmpty();
    assertThat(retry(s, "E-OK", t0)).isFalse();
    assertThat(retry(s, "E-BAD", t0.plusSeconds(100))).isTrue();
    assertThat(claim(s, t0.plusSeconds(100), 10, Duration.ofMinutes(1)))
        .extracting(OutboxMessage::eventId).containsExactly("E-BAD");
    assertThat(counts(s))
        .containsEntry(OutboxMessage.Status.DELIVERED, 1L).containsEntry(OutboxMessage.Status.PENDING, 1L)
        .containsEntry(OutboxMessage.Status.DEAD, 0L);
  }

  @Test
  default void enqueueingAnEventIdTwiceIsRefused() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-DUP", 1), t0));
      return null;
    });
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.outbox().enqueue(OutboxMessage.pending(notification("E-DUP", 2), t0));
      return null;
    })).isInstanceOf(RuntimeException.class);
    assertThat(message(s, "E-DUP").orElseThrow().notification().subject()).isEqualTo("subject 1");
  }

  // ------------------------------------------------------------------ timers

  @Test
  default void timersAreScheduledOnceAndComeDueInOrder() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.timers().schedule(TimerEntry.pending("t-b", Fixtures.OFFICE_1, "Complaint", "C-1", "UPGRADE", t0.plusSeconds(20), ""));
      tx.timers().schedule(TimerEntry.pending("t-a", Fixtures.OFFICE_1, "Complaint", "C-1", "FIRST_REPLY", t0.plusSeconds(10), ""));
      tx.timers().schedule(TimerEntry.pending("t-c", Fixtures.OFFICE_1, "Complaint", "C-1", "FOLLOW_UP_DAY", t0.plusSeconds(99), "2026-03-03"));
      return null;
    });
    s.inTransaction(tx -> {
      tx.timers().schedule(TimerEntry.pending("t-a", Fixtures.OFFICE_1, "Complaint", "C-1", "FIRST_REPLY", t0.plusSeconds(1), ""));
      return null;
    });
    List<TimerEntry> due = due(s, t0.plusSeconds(20), 10);
    assertThat(due).extracting(TimerEntry::id).containsExactly("t-a", "t-b");
    assertThat(due.get(0).dueAt()).isEqualTo(t0.plusSeconds(10));
    assertThat(pending(s)).isEqualTo(3);
    s.inTransaction(tx -> {
      assertThat(tx.timers().claim("t-a")).isPresent();
      tx.timers().markFired("t-a", t0.plusSeconds(20));
      return null;
    });
    assertThat(due(s, t0.plusSeconds(20), 10)).extracting(TimerEntry::id).containsExactly("t-b");
    assertThat(claimTimer(s, "t-a")).isEmpty();
    assertThat(claimTimer(s, "t-unknown")).isEmpty();
    assertThat(pending(s)).isEqualTo(2);
  }

  @Test
  default void aTimerClaimedByOneTransactionIsSkippedByAnother() throws Exception {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.timers().schedule(TimerEntry.pending("t-x", Fixtures.OFFICE_1, "Complaint", "C-1", "UPGRADE", t0, ""));
      return null;
    });
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch checked = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> holder = pool.submit(() -> s.inTransaction(tx -> {
        boolean got = tx.timers().claim("t-x").isPresent();
        claimed.countDown();
        try {
          checked.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        tx.timers().markFired("t-x", t0);
        return got;
      }));
      assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
      Optional<TimerEntry> other = claimTimer(s, "t-x");
      checked.countDown();
      assertThat(other).isEmpty();
      assertThat(holder.get(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }
    assertThat(claimTimer(s, "t-x")).isEmpty();
  }

  @Test
  default void aRolledBackClaimLeavesTheTimerPending() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    s.inTransaction(tx -> {
      tx.timers().schedule(TimerEntry.pending("t-r", Fixtures.OFFICE_1, "Complaint", "C-1", "UPGRADE", t0, ""));
      return null;
    });
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.timers().claim("t-r");
      tx.timers().markFired("t-r", t0);
      throw new IllegalStateException("crash");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(due(s, t0, 10)).extracting(TimerEntry::id).containsExactly("t-r");
  }

  // ------------------------------------------------------------------ reviews

  @Test
  default void oneReviewPerDeskAndDay() {
    Storage s = newStorage();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    DailyReview r = new DailyReview(Fixtures.OFFICE_1, Fixtures.desk(Fixtures.OFFICE_1), LocalDate.of(2026, 3, 1), StaffId.of("S-1"),
        "Supervisor", t0, "all fine", 1);
    s.inTransaction(tx -> {
      tx.reviews().insert(r);
      return null;
    });
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.reviews().insert(r);
      return null;
    })).isInstanceOf(StaleVersionException.class);
    assertThat(review(s, r.desk(), r.day())).contains(r);
    assertThat(reviews(s, r.desk(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)))
        .containsExactly(r);
    assertThat(reviews(s, r.desk(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)))
        .isEmpty();
  }

  /** Sanity: the state machine's terminal states are what the queries treat as closed. */
  @Test
  default void terminalStatesAreTheOnesQueriesTreatAsClosed() {
    assertThat(org.propdesk.core.complaint.ComplaintLifecycle.TABLE.terminalStates())
        .containsExactlyInAnyOrder(ComplaintState.CLOSED, ComplaintState.INVALID, ComplaintState.MERGED);
  }
}

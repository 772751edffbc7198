package org.propdesk.core.memory;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.spi.AllPortsTransaction;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.StorageTransaction;
import org.propdesk.core.spi.TimerEntry;
import org.propdesk.core.supervision.DailyReview;

/**
 * Storage held in memory (内存存储): a real, transactional implementation of {@link Storage}.
 *
 * <p>A transaction stages its writes and applies them at commit, under one lock, after checking every
 * optimistic version against the committed data; a stale one fails the whole commit with {@link
 * StaleVersionException} and nothing is applied. Journal entries are chained at commit, so chains
 * never fork. Timer claims lock a timer for the claiming transaction until it ends; outbox claims
 * move the message's next attempt forward by the lease at once. Reads see committed data plus the
 * transaction's own staged saves.
 *
 * <p>Thread-safe: any number of threads may run transactions at once. Data lives as long as the
 * object. Passes {@code org.propdesk.testkit.StorageContract}.
 */
public final class InMemoryStorage implements Storage {
  private static final Comparator<Complaint> BY_REGISTRATION =
      Comparator.comparing(Complaint::registeredAt).thenComparing(c -> c.id().value());

  private final Object lock = new Object();
  private final Map<ComplaintId, Complaint> complaints = new HashMap<>();
  private final Map<ReviewKey, DailyReview> reviews = new HashMap<>();
  private final Map<OfficeId, List<JournalEntry>> journal = new HashMap<>();
  private final Map<String, OutboxMessage> outbox = new LinkedHashMap<>();
  private final Map<String, TimerEntry> timers = new LinkedHashMap<>();
  private final Set<String> lockedTimers = new HashSet<>();

  private InMemoryStorage() {}

  /** A new, empty store. */
  public static InMemoryStorage create() {
    return new InMemoryStorage();
  }

  @Override
  public <R> R inTransaction(Function<StorageTransaction, R> work) {
    Tx tx = new Tx();
    try {
      R result = work.apply(tx);
      commit(tx);
      return result;
    } finally {
      synchronized (lock) {
        lockedTimers.removeAll(tx.claimedTimers);
      }
      tx.end();
    }
  }

  /**
   * Overwrites the payload of a committed journal entry, as an attacker editing the store would. For
   * tests of {@link Journal#verify}; never call it in production.
   */
  public void tamperWithJournal(OfficeId office, long seq, String payload) {
    synchronized (lock) {
      List<JournalEntry> chain = journal.get(office);
      JournalEntry e = chain.get((int) seq - 1);
      JournalDraft d = e.draft();
      JournalDraft altered =
          new JournalDraft(d.office(), d.at(), d.actor(), d.aggregateType(), d.aggregateId(), d.action(), d.fromState(), d.toState(), payload);
      chain.set((int) seq - 1, new JournalEntry(e.seq(), altered, e.prevHash(), e.hash()));
    }
  }

  private void commit(Tx tx) {
    synchronized (lock) {
      for (StagedSave s : tx.saves.values()) {
        long stored = storedVersion(s.snapshot.id());
        if (stored != s.expected) {
          throw new StaleVersionException("Complaint", s.snapshot.id().value(), s.expected, stored);
        }
      }
      for (DailyReview r : tx.newReviews.values()) {
        if (reviews.containsKey(ReviewKey.of(r))) {
          throw new StaleVersionException("DailyReview", r.desk() + "@" + r.day(), 0, 1);
        }
      }
      for (String id : tx.fired.keySet()) {
        TimerEntry t = timers.get(id);
        if (t == null || t.fired()) {
          throw new StaleVersionException("Timer", id, 0, 1);
        }
      }
      tx.saves.values().forEach(s -> complaints.put(s.snapshot.id(), s.snapshot));
      tx.newReviews.values().forEach(r -> reviews.put(ReviewKey.of(r), r));
      for (JournalDraft d : tx.drafts) {
        List<JournalEntry> chain = journal.computeIfAbsent(d.office(), k -> new ArrayList<>());
        String prev = chain.isEmpty() ? JournalEntry.GENESIS : chain.get(chain.size() - 1).hash();
        chain.add(JournalEntry.chain(chain.size() + 1, d, prev));
      }
      tx.enqueued.forEach(m -> outbox.putIfAbsent(m.eventId(), m));
      tx.outboxUpdates.forEach(u -> outbox.computeIfPresent(u.eventId, (k, m) -> u.change.apply(m)));
      tx.scheduled.forEach(t -> timers.putIfAbsent(t.id(), t));
      tx.fired.forEach((id, at) -> timers.computeIfPresent(id, (k, t) -> firedCopy(t, at)));
    }
  }

  private long storedVersion(ComplaintId id) {
    Complaint c = complaints.get(id);
    return c == null ? 0 : c.version();
  }

  private static TimerEntry firedCopy(TimerEntry t, Instant at) {
    return new TimerEntry(t.id(), t.office(), t.aggregateType(), t.aggregateId(), t.kind(), t.dueAt(), t.payload(), Optional.of(at));
  }

  private record StagedSave(Complaint snapshot, long expected) {}

  private record OutboxUpdate(String eventId, Function<OutboxMessage, OutboxMessage> change) {}

  private record ReviewKey(FrontDeskId desk, LocalDate day) {
    static ReviewKey of(DailyReview r) {
      return new ReviewKey(r.desk(), r.day());
    }
  }

  /** One transaction. Confined to the thread running the callback. */
  private final class Tx extends AllPortsTransaction {
    private final Map<ComplaintId, StagedSave> saves = new LinkedHashMap<>();
    private final Map<ReviewKey, DailyReview> newReviews = new LinkedHashMap<>();
    private final List<JournalDraft> drafts = new ArrayList<>();
    private final List<OutboxMessage> enqueued = new ArrayList<>();
    private final List<OutboxUpdate> outboxUpdates = new ArrayList<>();
    private final List<TimerEntry> scheduled = new ArrayList<>();
    private final Map<String, Instant> fired = new LinkedHashMap<>();
    private final Set<String> claimedTimers = new HashSet<>();

    // ---------------------------------------------------------------- complaints

    @Override
    public Optional<Complaint> find(ComplaintId id) {
      StagedSave s = saves.get(id);
      if (s != null) {
        return Optional.of(s.snapshot);
      }
      synchronized (lock) {
        return Optional.ofNullable(complaints.get(id));
      }
    }

    @Override
    public void save(Complaint snapshot, long expectedVersion) {
      ensureOpen();
      if (snapshot.version() != expectedVersion + 1) {
        throw new IllegalArgumentException(
            "snapshot version " + snapshot.version() + " must be expected version " + expectedVersion + " + 1");
      }
      long current = Optional.ofNullable(saves.get(snapshot.id())).map(x -> x.snapshot.version()).orElseGet(() -> {
        synchronized (lock) {
          return storedVersion(snapshot.id());
        }
      });
      if (current != expectedVersion) {
        throw new StaleVersionException("Complaint", snapshot.id().value(), expectedVersion, current);
      }
      StagedSave previous = saves.get(snapshot.id());
      saves.put(snapshot.id(), new StagedSave(snapshot, previous == null ? expectedVersion : previous.expected));
    }

    private List<Complaint> query(OfficeId office, Predicate<Complaint> filter) {
      Map<ComplaintId, Complaint> view = new HashMap<>();
      synchronized (lock) {
        complaints.values().stream().filter(c -> c.office().equals(office)).forEach(c -> view.put(c.id(), c));
      }
      saves.values().stream().map(StagedSave::snapshot).filter(c -> c.office().equals(office)).forEach(c -> view.put(c.id(), c));
      return view.values().stream().filter(filter).sorted(BY_REGISTRATION).collect(ImmutableList.toImmutableList());
    }

    @Override
    public List<Complaint> findOpenByOwner(OfficeId office, OwnerId owner) {
      return query(
          office,
          c -> c.owner().equals(owner) && (c.state() == ComplaintState.REGISTERED || c.state() == ComplaintState.IN_HANDLING));
    }

    @Override
    public List<Complaint> findActiveBetween(OfficeId office, Instant from, Instant to) {
      return query(
          office,
          c -> c.registeredAt().isBefore(to) && c.closedAt().map(at -> !at.isBefore(from)).orElse(true));
    }

    // ---------------------------------------------------------------- reviews

    @Override
    public Optional<DailyReview> find(FrontDeskId desk, LocalDate day) {
      ReviewKey k = new ReviewKey(desk, day);
      DailyReview staged = newReviews.get(k);
      if (staged != null) {
        return Optional.of(staged);
      }
      synchronized (lock) {
        return Optional.ofNullable(reviews.get(k));
      }
    }

    @Override
    public void insert(DailyReview review) {
      ensureOpen();
      if (find(review.desk(), review.day()).isPresent()) {
        throw new StaleVersionException("DailyReview", review.desk() + "@" + review.day(), 0, 1);
      }
      newReviews.put(ReviewKey.of(review), review);
    }

    @Override
    public List<DailyReview> findBetween(FrontDeskId desk, LocalDate from, LocalDate to) {
      Map<LocalDate, DailyReview> view = new HashMap<>();
      synchronized (lock) {
        reviews.values().stream().filter(r -> r.desk().equals(desk)).forEach(r -> view.put(r.day(), r));
      }
      newReviews.values().stream().filter(r -> r.desk().equals(desk)).forEach(r -> view.put(r.day(), r));
      return view.values().stream()
          .filter(r -> !r.day().isBefore(from) && !r.day().isAfter(to))
          .sorted(Comparator.comparing(DailyReview::day))
          .collect(ImmutableList.toImmutableList());
    }

    // ---------------------------------------------------------------- journal

    @Override
    public void append(JournalDraft draft) {
      ensureOpen();
      drafts.add(draft);
    }

    @Override
    public List<JournalEntry> entries(OfficeId office, long fromSeq, int limit) {
      synchronized (lock) {
        List<JournalEntry> chain = journal.getOrDefault(office, List.of());
        int from = (int) Math.max(0, Math.min(chain.size(), fromSeq - 1));
        return ImmutableList.copyOf(chain.subList(from, Math.min(chain.size(), from + Math.max(0, limit))));
      }
    }

    // ---------------------------------------------------------------- outbox

    @Override
    public void enqueue(OutboxMessage message) {
      ensureOpen();
      boolean exists;
      synchronized (lock) {
        exists = outbox.containsKey(message.eventId());
      }
      if (exists || enqueued.stream().anyMatch(m -> m.eventId().equals(message.eventId()))) {
        throw new IllegalArgumentException("outbox already holds event " + message.eventId());
      }
      enqueued.add(message);
    }

    @Override
    public List<OutboxMessage> claimDue(Instant now, int limit, Duration lease) {
      ensureOpen();
      List<OutboxMessage> claimed = new ArrayList<>();
      synchronized (lock) {
        for (OutboxMessage m : outbox.values()) {
          if (claimed.size() >= limit) {
            break;
          }
          if (m.status() == OutboxMessage.Status.PENDING && !m.nextAttemptAt().isAfter(now)) {
            claimed.add(m);
          }
        }
        for (OutboxMessage m : claimed) {
          outbox.put(
              m.eventId(),
              new OutboxMessage(m.notification(), m.status(), m.attempts(), now.plus(lease), m.createdAt(), m.deliveredAt(), m.lastError()));
        }
      }
      return ImmutableList.copyOf(claimed);
    }

    @Override
    public void markDelivered(String eventId, Instant at) {
      ensureOpen();
      outboxUpdates.add(
          new OutboxUpdate(
              eventId,
              m -> m.status() == OutboxMessage.Status.DELIVERED
                  ? m
                  : new OutboxMessage(m.notification(), OutboxMessage.Status.DELIVERED, m.attempts(), m.nextAttemptAt(), m.createdAt(), Optional.of(at), m.lastError())));
    }

    @Override
    public void markFailed(String eventId, String error, Instant nextAttemptAt, boolean dead) {
      ensureOpen();
      outboxUpdates.add(
          new OutboxUpdate(
              eventId,
              m -> m.status() != OutboxMessage.Status.PENDING
                  ? m
                  : new OutboxMessage(
                      m.notification(),
                      dead ? OutboxMessage.Status.DEAD : OutboxMessage.Status.PENDING,
                      m.attempts() + 1,
                      nextAttemptAt,
                      m.createdAt(),
                      Optional.empty(),
                      Optional.of(error))));
    }

    @Override
    public List<OutboxMessage> dead(int limit) {
      synchronized (lock) {
        return outbox.values().stream()
            .filter(m -> m.status() == OutboxMessage.Status.DEAD)
            .limit(limit)
            .collect(ImmutableList.toImmutableList());
      }
    }

    @Override
    public boolean retryDead(String eventId, Instant now) {
      ensureOpen();
      boolean isDead;
      synchronized (lock) {
        OutboxMessage m = outbox.get(eventId);
        isDead = m != null && m.status() == OutboxMessage.Status.DEAD;
      }
      if (isDead) {
        outboxUpdates.add(
            new OutboxUpdate(
                eventId,
                m -> new OutboxMessage(m.notification(), OutboxMessage.Status.PENDING, 0, now, m.createdAt(), Optional.empty(), m.lastError())));
      }
      return isDead;
    }

    @Override
    public Optional<OutboxMessage> find(String eventId) {
      synchronized (lock) {
        return Optional.ofNullable(outbox.get(eventId));
      }
    }

    @Override
    public Map<OutboxMessage.Status, Long> counts() {
      Map<OutboxMessage.Status, Long> counts = new EnumMap<>(OutboxMessage.Status.class);
      for (OutboxMessage.Status s : OutboxMessage.Status.values()) {
        counts.put(s, 0L);
      }
      synchronized (lock) {
        outbox.values().forEach(m -> counts.merge(m.status(), 1L, Long::sum));
      }
      return counts;
    }

    // ---------------------------------------------------------------- timers

    @Override
    public void schedule(TimerEntry timer) {
      ensureOpen();
      scheduled.add(timer);
    }

    @Override
    public List<TimerEntry> due(Instant now, int limit) {
      synchronized (lock) {
        Stream<TimerEntry> s =
            timers.values().stream()
                .filter(t -> !t.fired() && !t.dueAt().isAfter(now) && !lockedTimers.contains(t.id()));
        return s.sorted(Comparator.comparing(TimerEntry::dueAt).thenComparing(TimerEntry::id))
            .limit(limit)
            .collect(ImmutableList.toImmutableList());
      }
    }

    @Override
    public Optional<TimerEntry> claim(String timerId) {
      ensureOpen();
      synchronized (lock) {
        TimerEntry t = timers.get(timerId);
        if (t == null || t.fired() || (lockedTimers.contains(timerId) && !claimedTimers.contains(timerId))) {
          return Optional.empty();
        }
        lockedTimers.add(timerId);
        claimedTimers.add(timerId);
        return Optional.of(t);
      }
    }

    @Override
    public void markFired(String timerId, Instant at) {
      ensureOpen();
      if (!claimedTimers.contains(timerId)) {
        throw new IllegalStateException("timer " + timerId + " must be claimed in this transaction first");
      }
      fired.put(timerId, at);
    }

    @Override
    public long pendingCount() {
      synchronized (lock) {
        return timers.values().stream().filter(t -> !t.fired()).count();
      }
    }
  }
}

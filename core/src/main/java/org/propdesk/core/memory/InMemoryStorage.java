package org.propdesk.core.memory;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.AllPortsTransaction;
import org.propdesk.core.spi.Journal;
import org.propdesk.core.spi.IdempotencyRecord;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.JournalHead;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.RecordSchema;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.StorageTransaction;
import org.propdesk.core.spi.StoredRecord;
import org.propdesk.core.spi.TimerEntry;

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
 * <p>Records are kept as their JSON documents, like any other store, and indexed by every declared
 * index field (and the office), so a query costs in proportion to the records its most selective
 * equality condition names, not to the size of the store. Pending timers are kept in due order and
 * pending outbox messages apart from delivered ones, so sweeps cost in proportion to what is due.
 *
 * <p>Thread-safe: any number of threads may run transactions at once; commits are serialised by one
 * lock, a legitimate design the contract suites accept. Data lives as long as the object. Passes
 * {@code org.propdesk.testkit.StorageContract}.
 *
 * @since 0.1.0
 */
public final class InMemoryStorage implements Storage {
  private final Object lock = new Object();
  private final Map<String, RecordTable> tables = new HashMap<>();
  private final Map<OfficeId, List<JournalEntry>> journal = new HashMap<>();
  private final Map<OfficeId, JournalHead> heads = new HashMap<>();
  private final Map<String, OutboxMessage> outbox = new LinkedHashMap<>();
  private final Map<String, OutboxMessage> pendingOutbox = new LinkedHashMap<>();
  private final Map<String, TimerEntry> timers = new HashMap<>();
  private final TreeMap<TimerKey, TimerEntry> pendingTimers = new TreeMap<>();
  private final Set<String> lockedTimers = new HashSet<>();
  private final Map<IdempotencyKey, IdempotencyRecord> idempotency = new HashMap<>();

  private InMemoryStorage() {}

  /** A new, empty store. */
  public static InMemoryStorage create() {
    return new InMemoryStorage();
  }

  @Override
  public void declare(RecordSchema schema) {
    synchronized (lock) {
      RecordTable existing = tables.get(schema.type());
      if (existing == null) {
        tables.put(schema.type(), new RecordTable(schema));
      } else if (!existing.schema().equals(schema)) {
        throw new IllegalArgumentException("record type '" + schema.type() + "' is already declared with other fields");
      }
    }
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

  private RecordTable table(String type) {
    RecordTable t = tables.get(type);
    if (t == null) {
      throw new InvalidInputException("type", "record type '" + type + "' was not declared to this storage");
    }
    return t;
  }

  private void commit(Tx tx) {
    synchronized (lock) {
      for (StagedSave s : tx.saves.values()) {
        long stored = table(s.record.type()).version(s.record.id());
        if (stored != s.expected) {
          throw new StaleVersionException(s.record.type(), s.record.id(), s.expected, stored);
        }
      }
      for (String id : tx.fired.keySet()) {
        TimerEntry t = timers.get(id);
        if (t == null || t.fired()) {
          throw new StaleVersionException("Timer", id, 0, 1);
        }
      }
      for (IdempotencyKey k : tx.remembered.keySet()) {
        if (idempotency.containsKey(k)) {
          throw keyTaken(k);
        }
      }
      idempotency.putAll(tx.remembered);
      tx.saves.values().forEach(s -> table(s.record.type()).put(s.record));
      for (JournalDraft d : tx.drafts) {
        JournalHead head = heads.getOrDefault(d.office(), JournalHead.empty(d.office()));
        JournalEntry entry = JournalEntry.chain(head.seq() + 1, d, head.hash());
        journal.computeIfAbsent(d.office(), k -> new ArrayList<>()).add(entry);
        heads.put(d.office(), new JournalHead(d.office(), entry.seq(), entry.hash()));
      }
      for (OutboxMessage m : tx.enqueued) {
        if (outbox.putIfAbsent(m.eventId(), m) == null) {
          pendingOutbox.put(m.eventId(), m);
        }
      }
      tx.outboxUpdates.forEach(u -> {
        OutboxMessage m = outbox.get(u.eventId);
        if (m != null) {
          putOutbox(u.change.apply(m));
        }
      });
      for (TimerEntry t : tx.scheduled) {
        if (timers.putIfAbsent(t.id(), t) == null) {
          pendingTimers.put(TimerKey.of(t), t);
        }
      }
      tx.fired.forEach((id, at) -> {
        TimerEntry t = timers.get(id);
        timers.put(id, firedCopy(t, at));
        pendingTimers.remove(TimerKey.of(t));
      });
    }
  }

  /** Stores a changed outbox message, keeping the pending view in step. Holds the lock. */
  private void putOutbox(OutboxMessage m) {
    outbox.put(m.eventId(), m);
    if (m.status() == OutboxMessage.Status.PENDING) {
      pendingOutbox.put(m.eventId(), m);
    } else {
      pendingOutbox.remove(m.eventId());
    }
  }

  private static TimerEntry firedCopy(TimerEntry t, Instant at) {
    return new TimerEntry(t.id(), t.office(), t.aggregateType(), t.aggregateId(), t.kind(), t.dueAt(), t.payload(), Optional.of(at));
  }

  private record StagedSave(StoredRecord record, long expected) {}

  private record OutboxUpdate(String eventId, Function<OutboxMessage, OutboxMessage> change) {}

  private record TimerKey(Instant dueAt, String id) implements Comparable<TimerKey> {
    static TimerKey of(TimerEntry t) {
      return new TimerKey(t.dueAt(), t.id());
    }

    @Override
    public int compareTo(TimerKey o) {
      int c = dueAt.compareTo(o.dueAt);
      return c != 0 ? c : id.compareTo(o.id);
    }
  }

  private record RecordKey(String type, String id) {}

  private record IdempotencyKey(OfficeId office, String key) {}

  private static StaleVersionException keyTaken(IdempotencyKey k) {
    return new StaleVersionException("IdempotencyKey", k.office() + ":" + k.key(), 0, 1);
  }

  /** One transaction. Confined to the thread running the callback. */
  private final class Tx extends AllPortsTransaction {
    private final Map<RecordKey, StagedSave> saves = new LinkedHashMap<>();
    private final List<JournalDraft> drafts = new ArrayList<>();
    private final List<OutboxMessage> enqueued = new ArrayList<>();
    private final List<OutboxUpdate> outboxUpdates = new ArrayList<>();
    private final List<TimerEntry> scheduled = new ArrayList<>();
    private final Map<String, Instant> fired = new LinkedHashMap<>();
    private final Set<String> claimedTimers = new HashSet<>();
    private final Map<IdempotencyKey, IdempotencyRecord> remembered = new LinkedHashMap<>();

    // ---------------------------------------------------------------- idempotency keys

    @Override
    public Optional<IdempotencyRecord> find(OfficeId office, String key) {
      ensureOpen();
      IdempotencyKey k = new IdempotencyKey(office, key);
      IdempotencyRecord staged = remembered.get(k);
      if (staged != null) {
        return Optional.of(staged);
      }
      synchronized (lock) {
        return Optional.ofNullable(idempotency.get(k));
      }
    }

    @Override
    public void remember(IdempotencyRecord record) {
      ensureOpen();
      IdempotencyKey k = new IdempotencyKey(record.office(), record.key());
      boolean taken;
      synchronized (lock) {
        taken = idempotency.containsKey(k);
      }
      if (taken || remembered.containsKey(k)) {
        throw keyTaken(k);
      }
      remembered.put(k, record);
    }

    // ---------------------------------------------------------------- records

    @Override
    public Optional<StoredRecord> find(String type, String id) {
      ensureOpen();
      StagedSave s = saves.get(new RecordKey(type, id));
      if (s != null) {
        return Optional.of(s.record);
      }
      synchronized (lock) {
        return table(type).find(id);
      }
    }

    @Override
    public void save(StoredRecord record, long expectedVersion) {
      ensureOpen();
      if (record.version() != expectedVersion + 1) {
        throw new IllegalArgumentException(
            "record version " + record.version() + " must be expected version " + expectedVersion + " + 1");
      }
      RecordKey key = new RecordKey(record.type(), record.id());
      StagedSave previous = saves.get(key);
      Optional<StoredRecord> current;
      StoredRecord normalised;
      synchronized (lock) {
        RecordTable t = table(record.type());
        normalised = new StoredRecord(record.type(), record.id(), record.office(), record.version(), record.document(),
            t.schema().normalisedIndex(record.index()));
        current = previous != null ? Optional.of(previous.record) : t.find(record.id());
      }
      long currentVersion = current.map(StoredRecord::version).orElse(0L);
      if (currentVersion != expectedVersion) {
        throw new StaleVersionException(record.type(), record.id(), expectedVersion, currentVersion);
      }
      if (current.isPresent() && !current.get().office().equals(record.office())) {
        throw new IllegalArgumentException("record " + record.type() + ":" + record.id() + " cannot move to another office");
      }
      saves.put(key, new StagedSave(normalised, previous == null ? expectedVersion : previous.expected));
    }

    @Override
    public List<StoredRecord> query(RecordQuery query) {
      ensureOpen();
      List<StoredRecord> staged = saves.values().stream()
          .map(StagedSave::record)
          .filter(r -> r.type().equals(query.type()))
          .toList();
      synchronized (lock) {
        return table(query.type()).query(query, staged);
      }
    }

    // ---------------------------------------------------------------- journal

    @Override
    public void append(JournalDraft draft) {
      ensureOpen();
      drafts.add(draft);
    }

    @Override
    public List<JournalEntry> entries(OfficeId office, long fromSeq, int limit) {
      ensureOpen();
      synchronized (lock) {
        return journal.getOrDefault(office, List.of()).stream().filter(e -> e.seq() >= fromSeq)
            .sorted(java.util.Comparator.comparingLong(JournalEntry::seq)).limit(Math.max(0, limit))
            .collect(ImmutableList.toImmutableList());
      }
    }

    /** Entries are chained at commit here, so there is never anything to seal. */
    @Override
    public long seal(OfficeId office) {
      ensureOpen();
      return 0;
    }

    @Override
    public JournalHead head(OfficeId office) {
      ensureOpen();
      synchronized (lock) {
        return heads.getOrDefault(office, JournalHead.empty(office));
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
        for (OutboxMessage m : pendingOutbox.values()) {
          if (claimed.size() >= limit) {
            break;
          }
          if (!m.nextAttemptAt().isAfter(now)) {
            claimed.add(m);
          }
        }
        for (OutboxMessage m : claimed) {
          putOutbox(new OutboxMessage(
              m.notification(), m.status(), m.attempts(), now.plus(lease), m.createdAt(), m.deliveredAt(), m.lastError()));
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
      ensureOpen();
      List<TimerEntry> out = new ArrayList<>();
      synchronized (lock) {
        for (TimerEntry t : pendingTimers.values()) {
          if (out.size() >= limit || t.dueAt().isAfter(now)) {
            break;
          }
          if (!lockedTimers.contains(t.id())) {
            out.add(t);
          }
        }
      }
      return ImmutableList.copyOf(out);
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
        return pendingTimers.size();
      }
    }
  }
}

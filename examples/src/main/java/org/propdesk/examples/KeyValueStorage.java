package org.propdesk.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.AllPortsTransaction;
import org.propdesk.core.spi.IdempotencyRecord;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalHead;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.RecordSchema;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.StorageTransaction;
import org.propdesk.core.spi.StoredRecord;
import org.propdesk.core.spi.TimerEntry;

/**
 * An outsider's storage (键值存储示例), written from scratch over one sorted key-value map, as an
 * integrator would over Redis, RocksDB or an ERP's own key-value table: the proof that the SPI can be
 * implemented without PropDesk's internals. It passes every contract suite ({@code
 * KeyValueStorageContractTest}).
 *
 * <p>Design: every value lives under a key with a prefix per port ({@code rec/type/id}, {@code
 * jrn/office/seq}, {@code jhead/office}, {@code obx/eventId}, {@code obxseq/n}, {@code tmr/id}, {@code
 * idem/office/key}, {@code schema/type}). One lock serialises transactions, a legitimate design the
 * suites accept; a transaction stages its writes in a map of its own and applies them at commit, so a
 * failure leaves nothing. Journal entries are chained at commit. Queries scan the type's key range and
 * filter with {@link RecordQuery#matches}: simple, but a query costs in proportion to the type's
 * records, not to what it returns (a real adapter would keep index keys too).
 *
 * <p>Thread-safe. Not for production: data lives as long as the object.
 */
public final class KeyValueStorage implements Storage {
  private final ConcurrentSkipListMap<String, Object> kv = new ConcurrentSkipListMap<>();
  private final ReentrantLock lock = new ReentrantLock();

  private KeyValueStorage() {}

  /** A new, empty store. */
  public static KeyValueStorage create() {
    return new KeyValueStorage();
  }

  /** The underlying map, for tests that play an attacker with write access to the store. */
  public NavigableMap<String, Object> map() {
    return kv;
  }

  /** The journal key of an office's entry: seq zero-padded, so keys sort as the chain. */
  public static String journalKey(OfficeId office, long seq) {
    return "jrn/" + office.value() + "/" + String.format("%019d", seq);
  }

  /** The key of an office's journal head. */
  public static String headKey(OfficeId office) {
    return "jhead/" + office.value();
  }

  @Override
  public void declare(RecordSchema schema) {
    Object before = kv.putIfAbsent("schema/" + schema.type(), schema);
    if (before != null && !before.equals(schema)) {
      throw new IllegalArgumentException("record type '" + schema.type() + "' is already declared with other fields");
    }
  }

  @Override
  public <R> R inTransaction(Function<StorageTransaction, R> work) {
    lock.lock();
    Tx tx = new Tx();
    try {
      R result = work.apply(tx);
      tx.commit();
      return result;
    } finally {
      tx.end();
      lock.unlock();
    }
  }

  private RecordSchema schema(String type) {
    Object s = kv.get("schema/" + type);
    if (s == null) {
      throw new InvalidInputException("type", "record type '" + type + "' was not declared to this storage");
    }
    return (RecordSchema) s;
  }

  /** The values under a key prefix, in key order. */
  private NavigableMap<String, Object> range(String prefix) {
    return kv.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
  }

  /** One transaction: staged writes, applied at commit. Used by one thread under the store's lock. */
  private final class Tx extends AllPortsTransaction {
    private final Map<String, Object> staged = new LinkedHashMap<>();
    private final List<JournalDraft> drafts = new ArrayList<>();

    private Object read(String key) {
      return staged.containsKey(key) ? staged.get(key) : kv.get(key);
    }

    void commit() {
      kv.putAll(staged);
      for (JournalDraft d : drafts) {
        JournalHead head = (JournalHead) kv.getOrDefault(headKey(d.office()), JournalHead.empty(d.office()));
        JournalEntry e = JournalEntry.chain(head.seq() + 1, d, head.hash());
        kv.put(journalKey(d.office(), e.seq()), e);
        kv.put(headKey(d.office()), new JournalHead(d.office(), e.seq(), e.hash()));
      }
    }

    // ------------------------------------------------------------------ records

    @Override
    public Optional<StoredRecord> find(String type, String id) {
      ensureOpen();
      schema(type);
      return Optional.ofNullable((StoredRecord) read("rec/" + type + "/" + id));
    }

    @Override
    public void save(StoredRecord r, long expectedVersion) {
      ensureOpen();
      if (r.version() != expectedVersion + 1) {
        throw new IllegalArgumentException("record version " + r.version() + " must be expected version " + expectedVersion + " + 1");
      }
      RecordSchema schema = schema(r.type());
      Optional<StoredRecord> current = find(r.type(), r.id());
      long stored = current.map(StoredRecord::version).orElse(0L);
      if (stored != expectedVersion) {
        throw new StaleVersionException(r.type(), r.id(), expectedVersion, stored);
      }
      if (current.isPresent() && !current.get().office().equals(r.office())) {
        throw new IllegalArgumentException("record " + r.type() + ":" + r.id() + " cannot move to another office");
      }
      staged.put("rec/" + r.type() + "/" + r.id(), new StoredRecord(r.type(), r.id(), r.office(), r.version(),
          r.document(), schema.normalisedIndex(r.index())));
    }

    @Override
    public List<StoredRecord> query(RecordQuery query) {
      ensureOpen();
      RecordQuery q = query.resolvedAgainst(schema(query.type()));
      String prefix = "rec/" + q.type() + "/";
      Map<String, Object> view = new HashMap<>(range(prefix));
      staged.forEach((k, v) -> {
        if (k.startsWith(prefix)) {
          view.put(k, v);
        }
      });
      return view.values().stream().map(StoredRecord.class::cast).filter(q::matches).sorted(q.comparator())
          .limit(q.limit()).toList();
    }

    // ------------------------------------------------------------------ journal

    @Override
    public void append(JournalDraft draft) {
      ensureOpen();
      drafts.add(draft);
    }

    @Override
    public long seal(OfficeId office) {
      ensureOpen();
      return 0;
    }

    @Override
    public JournalHead head(OfficeId office) {
      ensureOpen();
      return (JournalHead) kv.getOrDefault(headKey(office), JournalHead.empty(office));
    }

    @Override
    public List<JournalEntry> entries(OfficeId office, long fromSeq, int limit) {
      ensureOpen();
      return range("jrn/" + office.value() + "/").values().stream().map(JournalEntry.class::cast)
          .filter(e -> e.seq() >= fromSeq).limit(Math.max(0, limit)).toList();
    }

    // ------------------------------------------------------------------ outbox

    @Override
    public void enqueue(OutboxMessage m) {
      ensureOpen();
      if (read("obx/" + m.eventId()) != null) {
        throw new IllegalArgumentException("outbox already holds event " + m.eventId());
      }
      long n = (Long) read("obxctr") == null ? 1 : (Long) read("obxctr") + 1;
      staged.put("obxctr", n);
      staged.put("obxseq/" + String.format("%019d", n), m.eventId());
      staged.put("obx/" + m.eventId(), m);
    }

    /** Claims take effect at once (like SELECT ... FOR UPDATE SKIP LOCKED committed by its own): written straight to the map. */
    @Override
    public List<OutboxMessage> claimDue(Instant now, int limit, Duration lease) {
      ensureOpen();
      List<OutboxMessage> claimed = new ArrayList<>();
      for (Object id : range("obxseq/").values()) {
        OutboxMessage m = (OutboxMessage) kv.get("obx/" + id);
        if (claimed.size() >= limit) {
          break;
        }
        if (m.status() == OutboxMessage.Status.PENDING && !m.nextAttemptAt().isAfter(now)) {
          claimed.add(m);
          kv.put("obx/" + id, new OutboxMessage(m.notification(), m.status(), m.attempts(), now.plus(lease), m.createdAt(),
              m.deliveredAt(), m.lastError()));
        }
      }
      return List.copyOf(claimed);
    }

    private void update(String eventId, Function<OutboxMessage, OutboxMessage> change) {
      OutboxMessage m = (OutboxMessage) read("obx/" + eventId);
      if (m != null) {
        staged.put("obx/" + eventId, change.apply(m));
      }
    }

    @Override
    public void markDelivered(String eventId, Instant at) {
      ensureOpen();
      update(eventId, m -> m.status() == OutboxMessage.Status.DELIVERED ? m : new OutboxMessage(m.notification(),
          OutboxMessage.Status.DELIVERED, m.attempts(), m.nextAttemptAt(), m.createdAt(), Optional.of(at), m.lastError()));
    }

    @Override
    public void markFailed(String eventId, String error, Instant nextAttemptAt, boolean dead) {
      ensureOpen();
      update(eventId, m -> m.status() != OutboxMessage.Status.PENDING ? m : new OutboxMessage(m.notification(),
          dead ? OutboxMessage.Status.DEAD : OutboxMessage.Status.PENDING, m.attempts() + 1, nextAttemptAt, m.createdAt(),
          Optional.empty(), Optional.of(error)));
    }

    @Override
    public List<OutboxMessage> dead(int limit) {
      ensureOpen();
      return range("obxseq/").values().stream().map(id -> (OutboxMessage) read("obx/" + id))
          .filter(m -> m.status() == OutboxMessage.Status.DEAD).limit(limit).toList();
    }

    @Override
    public boolean retryDead(String eventId, Instant now) {
      ensureOpen();
      OutboxMessage m = (OutboxMessage) read("obx/" + eventId);
      if (m == null || m.status() != OutboxMessage.Status.DEAD) {
        return false;
      }
      staged.put("obx/" + eventId, new OutboxMessage(m.notification(), OutboxMessage.Status.PENDING, 0, now, m.createdAt(),
          Optional.empty(), m.lastError()));
      return true;
    }

    @Override
    public Optional<OutboxMessage> find(String eventId) {
      ensureOpen();
      return Optional.ofNullable((OutboxMessage) kv.get("obx/" + eventId));
    }

    @Override
    public Map<OutboxMessage.Status, Long> counts() {
      ensureOpen();
      Map<OutboxMessage.Status, Long> counts = new EnumMap<>(OutboxMessage.Status.class);
      for (OutboxMessage.Status s : OutboxMessage.Status.values()) {
        counts.put(s, 0L);
      }
      range("obx/").values().forEach(m -> counts.merge(((OutboxMessage) m).status(), 1L, Long::sum));
      return counts;
    }

    // ------------------------------------------------------------------ timers

    @Override
    public void schedule(TimerEntry timer) {
      ensureOpen();
      if (read("tmr/" + timer.id()) == null) {
        staged.put("tmr/" + timer.id(), timer);
      }
    }

    @Override
    public List<TimerEntry> due(Instant now, int limit) {
      ensureOpen();
      return range("tmr/").values().stream().map(TimerEntry.class::cast)
          .filter(t -> !t.fired() && !t.dueAt().isAfter(now))
          .sorted(java.util.Comparator.comparing(TimerEntry::dueAt).thenComparing(TimerEntry::id)).limit(limit).toList();
    }

    /** Transactions are serialised, so a pending timer is this transaction's alone until it ends. */
    @Override
    public Optional<TimerEntry> claim(String timerId) {
      ensureOpen();
      return Optional.ofNullable((TimerEntry) read("tmr/" + timerId)).filter(t -> !t.fired());
    }

    @Override
    public void markFired(String timerId, Instant at) {
      ensureOpen();
      TimerEntry t = (TimerEntry) read("tmr/" + timerId);
      if (t != null) {
        staged.put("tmr/" + timerId, new TimerEntry(t.id(), t.office(), t.aggregateType(), t.aggregateId(), t.kind(),
            t.dueAt(), t.payload(), Optional.of(at)));
      }
    }

    @Override
    public long pendingCount() {
      ensureOpen();
      return range("tmr/").values().stream().filter(t -> !((TimerEntry) t).fired()).count();
    }

    // ------------------------------------------------------------------ idempotency keys

    @Override
    public Optional<IdempotencyRecord> find(OfficeId office, String key) {
      ensureOpen();
      return Optional.ofNullable((IdempotencyRecord) read("idem/" + office.value() + "/" + key));
    }

    @Override
    public void remember(IdempotencyRecord r) {
      ensureOpen();
      String key = "idem/" + r.office().value() + "/" + r.key();
      if (read(key) != null) {
        throw new StaleVersionException("IdempotencyKey", r.office() + ":" + r.key(), 0, 1);
      }
      staged.put(key, r);
    }
  }
}

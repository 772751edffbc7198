package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.spi.IdempotencyRecord;
import org.propdesk.core.spi.Storage;

/**
 * The contract of the {@link org.propdesk.core.spi.IdempotencyKeys} port (幂等键契约测试): a key is
 * stored at most once per office, visible to its own transaction at once and to others after commit,
 * undone by a rollback; of two concurrent first runs with one key exactly one commits, the other fails
 * with {@link StaleVersionException}. A storage that serialises transactions with one lock passes too.
 * It names no procedure.
 *
 * <p>Each test gets a new, empty storage from {@link #newStorage()}.
 *
 * @since 0.1.0
 */
public interface IdempotencyKeyContract {
  /** A new, empty storage. */
  Storage newStorage();

  private static IdempotencyRecord record(String key, org.propdesk.core.org.OfficeId office, String fingerprint, long version) {
    return new IdempotencyRecord(office, key, fingerprint, "contract_item", "I-" + version, version,
        "{\"id\":\"I-" + version + "\",\"note\":\"押金 100.00\"}", Instant.parse("2026-03-02T01:00:00.123Z"));
  }

  private static Optional<IdempotencyRecord> find(Storage s, org.propdesk.core.org.OfficeId office, String key) {
    return s.inTransaction(tx -> tx.idempotencyKeys().find(office, key));
  }

  @Test
  default void anUnknownKeyIsNotFound() {
    assertThat(find(newStorage(), Fixtures.OFFICE_1, "refund-1")).isEmpty();
  }

  @Test
  default void aRememberedKeyIsSeenByItsOwnTransactionAndAfterCommitWithEveryPart() {
    Storage s = newStorage();
    IdempotencyRecord r = record("refund-2026-03-02-0001", Fixtures.OFFICE_1, "sha256:ab12", 3);
    s.inTransaction(tx -> {
      tx.idempotencyKeys().remember(r);
      assertSame(tx.idempotencyKeys().find(Fixtures.OFFICE_1, r.key()), r);
      return null;
    });
    assertSame(find(s, Fixtures.OFFICE_1, r.key()), r);
  }

  /** Every part equal; the document equal as JSON (a JSON column may re-space it). */
  private static void assertSame(Optional<IdempotencyRecord> found, IdempotencyRecord r) {
    assertThat(found).isPresent();
    IdempotencyRecord back = found.get();
    assertThat(back.office()).isEqualTo(r.office());
    assertThat(back.key()).isEqualTo(r.key());
    assertThat(back.fingerprint()).isEqualTo(r.fingerprint());
    assertThat(back.aggregateType()).isEqualTo(r.aggregateType());
    assertThat(back.aggregateId()).isEqualTo(r.aggregateId());
    assertThat(back.version()).isEqualTo(r.version());
    assertThat(back.createdAt()).isEqualTo(r.createdAt());
    try {
      ObjectMapper json = new ObjectMapper();
      assertThat(json.readTree(back.document())).isEqualTo(json.readTree(r.document()));
    } catch (JsonProcessingException e) {
      throw new AssertionError("the stored document is not JSON: " + back.document(), e);
    }
  }

  @Test
  default void aRolledBackKeyIsForgotten() {
    Storage s = newStorage();
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.idempotencyKeys().remember(record("k-rb", Fixtures.OFFICE_1, "f", 1));
      throw new IllegalStateException("crash");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(find(s, Fixtures.OFFICE_1, "k-rb")).isEmpty();
    s.inTransaction(tx -> {
      tx.idempotencyKeys().remember(record("k-rb", Fixtures.OFFICE_1, "f", 1));
      return null;
    });
    assertThat(find(s, Fixtures.OFFICE_1, "k-rb")).isPresent();
  }

  @Test
  default void aKeyIsStoredOncePerOfficeAndTheSecondWriterFailsWithoutChangingTheFirst() {
    Storage s = newStorage();
    s.inTransaction(tx -> {
      tx.idempotencyKeys().remember(record("k-1", Fixtures.OFFICE_1, "first", 1));
      return null;
    });
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.idempotencyKeys().remember(record("k-1", Fixtures.OFFICE_1, "second", 2));
      return null;
    })).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.idempotencyKeys().remember(record("k-2", Fixtures.OFFICE_1, "a", 1));
      tx.idempotencyKeys().remember(record("k-2", Fixtures.OFFICE_1, "b", 2));
      return null;
    })).as("twice in one transaction").isInstanceOf(StaleVersionException.class);
    assertThat(find(s, Fixtures.OFFICE_1, "k-1").orElseThrow().fingerprint()).isEqualTo("first");
    assertThat(find(s, Fixtures.OFFICE_1, "k-2")).isEmpty();
    s.inTransaction(tx -> {
      tx.idempotencyKeys().remember(record("k-1", Fixtures.OFFICE_2, "other office", 1));
      return null;
    });
    assertThat(find(s, Fixtures.OFFICE_2, "k-1").orElseThrow().fingerprint()).isEqualTo("other office");
  }

  @Test
  default void ofTwoConcurrentFirstRunsWithOneKeyExactlyOneCommits() throws Exception {
    Storage s = newStorage();
    CountDownLatch bothRemembered = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> runs = new ArrayList<>();
    try {
      for (String who : new String[] {"a", "b"}) {
        runs.add(pool.submit(() -> s.inTransaction(tx -> {
          tx.idempotencyKeys().remember(record("k-race", Fixtures.OFFICE_1, who, 1));
          bothRemembered.countDown();
          try {
            // a storage that serialises transactions, or blocks on the key, lets the other in later: go on
            bothRemembered.await(2, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return who;
        })));
      }
      int committed = 0;
      int stale = 0;
      for (Future<String> run : runs) {
        try {
          run.get(60, TimeUnit.SECONDS);
          committed++;
        } catch (ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(StaleVersionException.class);
          stale++;
        }
      }
      assertThat(committed).isEqualTo(1);
      assertThat(stale).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(find(s, Fixtures.OFFICE_1, "k-race")).isPresent();
  }

  @Test
  default void aKeyMustBeOnePrintableWordOfAtMost128Characters() {
    for (String bad : new String[] {"", " ", "two words", "tab\tkey", "nul\u0000", "x".repeat(129)}) {
      assertThatThrownBy(() -> record(bad, Fixtures.OFFICE_1, "f", 1)).as("[%s]", bad)
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("idempotencyKey"));
    }
    assertThat(record("x".repeat(128), Fixtures.OFFICE_1, "f", 1).key()).hasSize(128);
  }
}

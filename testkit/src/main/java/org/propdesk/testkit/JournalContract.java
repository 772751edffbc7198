package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalVerification;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.TimerEntry;

/**
 * The contract of the {@link org.propdesk.core.spi.Journal} port (审计日志契约测试): entries chained per
 * office in commit order, paged reads, verification that reports the first altered entry, and no fork
 * under concurrent appends. It names no procedure.
 *
 * <p>Each test gets a new, empty storage from {@link #newStorage()}.
 */
public interface JournalContract {
  /** A new, empty storage. */
  Storage newStorage();

  /** Changes the payload of a committed journal entry behind the storage's back, as an attacker would. */
  void tamperWithJournal(Storage storage, OfficeId office, long seq);

  // ------------------------------------------------------------------ helpers

  private static JournalDraft draft(OfficeId office, int i) {
    return new JournalDraft(office, Instant.parse("2026-03-02T01:00:00Z").plusSeconds(i), "S-1", "Item", "I-" + i,
        "REPLY", "REGISTERED", "IN_HANDLING", "payload " + i);
  }

  private static List<JournalEntry> entries(Storage s, OfficeId office, long from, int limit) {
    return s.inTransaction(tx -> tx.journal().entries(office, from, limit));
  }

  private static JournalVerification verify(Storage s, OfficeId office) {
    return s.inTransaction(tx -> tx.journal().verify(office));
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
}

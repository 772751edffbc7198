package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.spi.IdempotencyRecord;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.StoredRecord;
import org.propdesk.core.spi.TimerEntry;

/**
 * Every contract a {@link org.propdesk.core.spi.Storage} must pass (存储契约测试), one suite per port,
 * plus atomicity across the ports. Implement it in a test class:
 *
 * <pre>{@code
 * class MyStorageTest implements StorageContract {
 *   public Storage newStorage() { return MyStorage.create(freshDatabase()); }   // able to hold contract_item
 *   public JournalRows journalRows(Storage s) { ...raw journal rows, as an attacker has... }
 * }
 * }</pre>
 *
 * <p>The suites are {@link RecordStoreContract}, {@link JournalContract}, {@link OutboxContract},
 * {@link TimerQueueContract} and {@link IdempotencyKeyContract}; none names a procedure. Each test gets a new, empty storage.
 *
 * @since 0.1.0
 */
public interface StorageContract
    extends RecordStoreContract, JournalContract, OutboxContract, TimerQueueContract, IdempotencyKeyContract {

  @Test
  default void aFailedTransactionLeavesNoTraceInAnyPort() {
    Storage s = newStorage();
    s.declare(RecordStoreContract.ITEMS);
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    StoredRecord r = new StoredRecord("contract_item", "i-rb", Fixtures.OFFICE_1, 1, "{}", Map.of("state", "OPEN"));
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.records().save(r, 0);
      tx.journal().append(new JournalDraft(Fixtures.OFFICE_1, clock.instant(), "S-1", "Item", "i-rb", "OPEN", "", "OPEN", "{}"));
      tx.outbox().enqueue(OutboxMessage.pending(new Notification("E-RB", Fixtures.OFFICE_1, Notification.Audience.GROUP, Optional.empty(), "ItemOpened", "i-rb",
          "subject", "body", clock.instant()), clock.instant()));
      tx.timers().schedule(TimerEntry.pending("t-rb", Fixtures.OFFICE_1, "Item", "i-rb", "EXPIRE", clock.instant(), ""));
      tx.idempotencyKeys().remember(new IdempotencyRecord(Fixtures.OFFICE_1, "k-rb", "f", "contract_item", "i-rb", 1, "{}",
          clock.instant()));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    s.inTransaction(tx -> {
      assertThat(tx.records().find("contract_item", "i-rb")).isEmpty();
      assertThat(tx.journal().entries(Fixtures.OFFICE_1, 1, 10)).isEmpty();
      assertThat(tx.outbox().find("E-RB")).isEmpty();
      assertThat(tx.timers().due(clock.instant().plusSeconds(1), 10)).isEmpty();
      assertThat(tx.idempotencyKeys().find(Fixtures.OFFICE_1, "k-rb")).isEmpty();
      return null;
    });
  }
}

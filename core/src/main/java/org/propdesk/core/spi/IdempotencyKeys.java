package org.propdesk.core.spi;

import java.util.Optional;
import org.propdesk.core.org.OfficeId;

/**
 * The idempotency-key store (幂等键): remembers, per office and key, the first result of a command
 * that may be retried (money commands above all), so a retry returns it and changes nothing.
 *
 * <p>{@link #remember} is staged with the transaction and visible to that transaction's own {@link
 * #find} at once; other transactions see it after commit. A key is stored at most once per office:
 * remembering a key that another transaction committed, or that this one already remembered, fails with
 * {@link org.propdesk.core.common.StaleVersionException} (at once or at commit, and then nothing of the
 * transaction is applied), so of two concurrent first runs exactly one commits and the kernel's retry
 * of the other finds the key. Keys are never deleted by PropDesk. Thread-safety: as the enclosing
 * {@link StorageTransaction}. Contract suite: {@code org.propdesk.testkit.IdempotencyKeyContract}.
 *
 * @since 0.1.0
 */
public interface IdempotencyKeys {
  /** The record of {@code key} in {@code office}, committed or staged by this transaction. */
  Optional<IdempotencyRecord> find(OfficeId office, String key);

  /**
   * Stages the record.
   *
   * @throws org.propdesk.core.common.StaleVersionException when the office already has the key (now or
   *     at commit)
   */
  void remember(IdempotencyRecord record);
}

package org.propdesk.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.owner.OwnerId;

/**
 * Complaint storage (投诉存储), used inside a {@link StorageTransaction}.
 *
 * <p>Optimistic concurrency: {@link #save} names the version the change was based on; when the stored
 * version differs, the commit fails with {@link org.propdesk.core.common.StaleVersionException} and
 * nothing of the transaction is kept. Reads see committed data plus the transaction's own saves.
 * Results are never {@code null}; lists are in registration order (then id).
 */
public interface ComplaintRepository {
  /** The complaint, if stored. */
  Optional<Complaint> find(ComplaintId id);

  /**
   * Stages a save. {@code expectedVersion} is 0 for a new complaint, else the version loaded; the
   * snapshot's version must be {@code expectedVersion + 1}.
   *
   * @throws IllegalArgumentException when the snapshot's version is not {@code expectedVersion + 1}
   * @throws org.propdesk.core.common.StaleVersionException when the stored version differs (now or at
   *     commit)
   */
  void save(Complaint snapshot, long expectedVersion);

  /** The office's complaints of the owner that are registered or in handling. */
  List<Complaint> findOpenByOwner(OfficeId office, OwnerId owner);

  /**
   * The office's complaints registered before {@code to} that were not terminal at {@code from}: every
   * complaint that can have activity in [from, to).
   */
  List<Complaint> findActiveBetween(OfficeId office, Instant from, Instant to);
}

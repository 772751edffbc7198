package org.propdesk.core.common;

/**
 * A write based on a stale version (版本冲突): another writer changed the aggregate first.
 *
 * <p>The one exception type every {@code Storage} raises for optimistic-concurrency conflicts. The
 * whole transaction that raised it has been rolled back; the caller reloads and retries, or reports
 * it. Immutable.
 *
 * @since 0.1.0
 */
public final class StaleVersionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String aggregateId;
  private final long expectedVersion;

  /**
   * Creates the exception.
   *
   * @param aggregateType e.g. {@code "Complaint"}
   * @param aggregateId the id, as text
   * @param expectedVersion the version the writer based its change on
   * @param actualVersion the stored version, or -1 when unknown
   */
  public StaleVersionException(
      String aggregateType, String aggregateId, long expectedVersion, long actualVersion) {
    super(
        aggregateType
            + " "
            + aggregateId
            + " was changed by another writer: expected version "
            + expectedVersion
            + (actualVersion >= 0 ? ", stored version " + actualVersion : ""));
    this.aggregateId = aggregateId;
    this.expectedVersion = expectedVersion;
  }

  /**
   * A conflict with a concurrent transaction that is not tied to one aggregate's version (a deadlock, a
   * lock time-out, a serialization failure); retrying resolves it.
   *
   * @param what what was being done, e.g. {@code "save complaint"}
   * @param cause the store's own exception
   */
  public StaleVersionException(String what, Throwable cause) {
    super("a concurrent transaction got in the way while trying to " + what + "; retry", cause);
    this.aggregateId = "";
    this.expectedVersion = -1;
  }

  /** The aggregate's id as text; empty for a conflict not tied to one aggregate. */
  public String aggregateId() {
    return aggregateId;
  }

  /** The version the failed writer expected; -1 when not tied to one aggregate. */
  public long expectedVersion() {
    return expectedVersion;
  }
}

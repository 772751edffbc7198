package org.propdesk.core.complaint;

/**
 * Policy: whether a new registration raises the same matter as an open complaint (重复投诉判定).
 *
 * <p>Pure and thread-safe. Only open complaints (registered or in handling) of the same office are
 * offered to it. A registration that names the complaint it repeats is linked without asking.
 */
@FunctionalInterface
public interface RepeatMatching {
  /** Whether {@code incoming} raises the same matter as {@code open}. */
  boolean sameMatter(Complaint open, Registration incoming);

  /** [ours]: same owner, same unit and same category. */
  static RepeatMatching sameOwnerUnitAndCategory() {
    return (open, incoming) ->
        open.owner().equals(incoming.owner())
            && open.unit().equals(incoming.unit())
            && open.category() == incoming.category();
  }

  /**
   * Whether this policy can ever match on its own; when false, registration skips looking up the
   * owner's open complaints. True unless overridden.
   */
  default boolean matchesAutomatically() {
    return true;
  }

  /** Never links on its own; only a registration that names the complaint it repeats is linked. */
  static RepeatMatching explicitOnly() {
    return new RepeatMatching() {
      @Override
      public boolean sameMatter(Complaint open, Registration incoming) {
        return false;
      }

      @Override
      public boolean matchesAutomatically() {
        return false;
      }
    };
  }
}

package org.propdesk.core.complaint;

/**
 * Policy: whether a new registration looks like the same matter as an open complaint (疑似重复投诉),
 * PROCEDURES §5 "Repeat complaints". It only <em>suggests</em>: the desk's {@code suggestRepeats} lists
 * the lookalikes to the clerk, who links the registration to one of them (it then counts toward
 * criterion (a)) or registers it as a new matter. Nothing is ever merged on this policy's word.
 *
 * <p>Pure and thread-safe. Only complaints of the same office and owner that would take a repeat are
 * offered to it: open, resolved, awaiting sign-off, or closed in the last 30 days.
 *
 * @since 0.1.0
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
   * Whether this policy can ever suggest; when false, suggesting skips looking up the owner's open
   * complaints. True unless overridden.
   */
  default boolean matchesAutomatically() {
    return true;
  }

  /** Never suggests; the clerk names the complaint a registration repeats, or none. */
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

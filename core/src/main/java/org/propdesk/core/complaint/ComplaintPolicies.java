package org.propdesk.core.complaint;

import org.propdesk.core.common.Check;

/**
 * The policies that govern complaints, together (投诉政策). Immutable and thread-safe.
 *
 * @param classifier the severity classification
 * @param routing the handler role per class
 * @param wording the forbidden phrases
 * @param timers the clocks
 * @param repeatMatching what counts as the same matter
 * @since 0.1.0
 */
public record ComplaintPolicies(
    ComplaintClassifier classifier,
    ComplaintRouting routing,
    ReplyWording wording,
    ComplaintTimers timers,
    RepeatMatching repeatMatching) {
  /** Checks the parts. */
  public ComplaintPolicies {
    Check.present("classifier", classifier);
    Check.present("routing", routing);
    Check.present("wording", wording);
    Check.present("timers", timers);
    Check.present("repeatMatching", repeatMatching);
  }

  /** Every seed default. */
  public static ComplaintPolicies seedDefaults() {
    return new ComplaintPolicies(
        ComplaintClassifier.seedDefaults(),
        ComplaintRouting.seedDefaults(),
        ReplyWording.seedDefaults(),
        ComplaintTimers.seedDefaults(),
        RepeatMatching.sameOwnerUnitAndCategory());
  }

  /** These policies with another classifier. */
  public ComplaintPolicies withClassifier(ComplaintClassifier c) {
    return new ComplaintPolicies(c, routing, wording, timers, repeatMatching);
  }

  /** These policies with another routing. */
  public ComplaintPolicies withRouting(ComplaintRouting r) {
    return new ComplaintPolicies(classifier, r, wording, timers, repeatMatching);
  }

  /** These policies with another wording policy. */
  public ComplaintPolicies withWording(ReplyWording w) {
    return new ComplaintPolicies(classifier, routing, w, timers, repeatMatching);
  }

  /** These policies with other timers. */
  public ComplaintPolicies withTimers(ComplaintTimers t) {
    return new ComplaintPolicies(classifier, routing, wording, t, repeatMatching);
  }

  /** These policies with another repeat matcher. */
  public ComplaintPolicies withRepeatMatching(RepeatMatching m) {
    return new ComplaintPolicies(classifier, routing, wording, timers, m);
  }
}

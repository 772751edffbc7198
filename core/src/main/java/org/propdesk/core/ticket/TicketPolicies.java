package org.propdesk.core.ticket;

import java.time.Duration;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.OwnerWording;

/**
 * Every rule of the repair and incident procedure that a company may change (报事报修规则), PROCEDURES §4
 * and §6. Immutable and thread-safe; nothing is {@code null}.
 *
 * @param clocks the clocks of each category
 * @param sampling which free jobs are called back
 * @param unratedAfter how long a job may wait for the owner's sign-off before it moves to callback
 * @param wording the forbidden phrases, checked on every text to an owner
 * @since 0.1.0
 */
public record TicketPolicies(TicketClocks clocks, CallbackSampling sampling, Duration unratedAfter, OwnerWording wording) {
  /** Checks the parts. */
  public TicketPolicies {
    Check.present("clocks", clocks);
    Check.present("sampling", sampling);
    Check.present("unratedAfter", unratedAfter);
    Check.that(!unratedAfter.isNegative() && !unratedAfter.isZero() && unratedAfter.compareTo(TicketDeadlines.LONGEST) <= 0,
        "unratedAfter", "must be more than zero and at most 90 days");
    Check.present("wording", wording);
  }

  /**
   * The defaults: {@link TicketClocks#practiceDefaults()}, a 10 % weekly callback sample with seed 0, an
   * unrated job to callback after 48 hours [practice, PROCEDURES §6], and the seed's forbidden
   * phrases [seed 4.3.1.3]. A company sets its own seed with {@link #withSampling}.
   */
  public static TicketPolicies practiceDefaults() {
    return new TicketPolicies(TicketClocks.practiceDefaults(), CallbackSampling.tenPercentWeekly(0), Duration.ofHours(48),
        OwnerWording.seedDefaults());
  }

  /** These policies with other clocks. */
  public TicketPolicies withClocks(TicketClocks v) {
    return new TicketPolicies(v, sampling, unratedAfter, wording);
  }

  /** These policies with another callback sample. */
  public TicketPolicies withSampling(CallbackSampling v) {
    return new TicketPolicies(clocks, v, unratedAfter, wording);
  }

  /** These policies with another wait for the owner's sign-off. */
  public TicketPolicies withUnratedAfter(Duration v) {
    return new TicketPolicies(clocks, sampling, v, wording);
  }

  /** These policies with other forbidden phrases. */
  public TicketPolicies withWording(OwnerWording v) {
    return new TicketPolicies(clocks, sampling, unratedAfter, v);
  }
}

package org.propdesk.core.service;

import java.time.Duration;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.OwnerWording;

/**
 * Every rule of the special-service procedure a company may change (特约服务规则), PROCEDURES §12.
 * Immutable and thread-safe; nothing is {@code null}.
 *
 * @param quoteWithin how soon after the request a quote is due (unlisted work is assessed by a
 *     supervisor in this time)
 * @param visitLead how long before a contract's visit its order is generated
 * @param wording the forbidden phrases, checked on every text to an owner
 * @since 0.1.0
 */
public record ServicePolicies(Duration quoteWithin, Duration visitLead, OwnerWording wording) {
  /** Checks the parts. */
  public ServicePolicies {
    Check.present("quoteWithin", quoteWithin);
    Check.that(!quoteWithin.isNegative() && !quoteWithin.isZero() && quoteWithin.compareTo(Duration.ofDays(30)) <= 0,
        "quoteWithin", "must be more than zero and at most 30 days");
    Check.present("visitLead", visitLead);
    Check.that(!visitLead.isNegative() && visitLead.compareTo(Duration.ofDays(30)) <= 0, "visitLead", "must be 0-30 days");
    Check.present("wording", wording);
  }

  /**
   * The defaults: a quote within 15 minutes of the request [practice, PROCEDURES §12: "the supervisor
   * assesses and quotes within 15 min"]; a contract's visit generated 24 hours ahead [ours]; the seed's
   * forbidden phrases [seed 4.3.1.3].
   */
  public static ServicePolicies practiceDefaults() {
    return new ServicePolicies(Duration.ofMinutes(15), Duration.ofHours(24), OwnerWording.seedDefaults());
  }

  /** These policies with another quote time. */
  public ServicePolicies withQuoteWithin(Duration v) {
    return new ServicePolicies(v, visitLead, wording);
  }

  /** These policies with another lead for contract visits. */
  public ServicePolicies withVisitLead(Duration v) {
    return new ServicePolicies(quoteWithin, v, wording);
  }

  /** These policies with other forbidden phrases. */
  public ServicePolicies withWording(OwnerWording v) {
    return new ServicePolicies(quoteWithin, visitLead, v);
  }
}

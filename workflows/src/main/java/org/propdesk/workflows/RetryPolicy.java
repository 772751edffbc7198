package org.propdesk.workflows;

import java.time.Duration;
import org.propdesk.core.common.Check;

/**
 * How the outbox relay retries a failed delivery (重试策略): exponential back-off from {@code first},
 * capped at {@code max}, giving up (dead) after {@code maxAttempts} failed attempts. Immutable.
 *
 * @param first the delay after the first failure
 * @param max the longest delay
 * @param maxAttempts failed attempts after which a message is dead, at least 1
 * @since 0.1.0
 */
public record RetryPolicy(Duration first, Duration max, int maxAttempts) {
  /** Checks the parts. */
  public RetryPolicy {
    Check.present("first", first);
    Check.present("max", max);
    Check.that(!first.isNegative() && !first.isZero(), "first", "must be positive");
    Check.that(max.compareTo(first) >= 0, "max", "must be at least first");
    Check.that(maxAttempts >= 1, "maxAttempts", "must be at least 1");
  }

  /** [ours]: 30 seconds doubling up to 1 hour, dead after 8 failed attempts. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8);
  }

  /** The delay before the next attempt after {@code failedAttempts} failures (at least 1). */
  public Duration delayAfter(int failedAttempts) {
    Duration d = first;
    for (int i = 1; i < failedAttempts && d.compareTo(max) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(max) > 0 ? max : d;
  }
}

package org.propdesk.core.spi;

import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.propdesk.core.common.Check;

/**
 * The source of identifiers (编号来源) for complaints, events and other records.
 *
 * <p>Implementations must be thread-safe and never return the same id twice for the same kind, nor
 * {@code null}. Ids must satisfy {@link Check#id}: 1-64 characters of letters, digits, {@code . _ : -}.
 * No exception escapes. Contract suite: {@code org.propdesk.testkit.IdSourceContract}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface IdSource {
  /**
   * A new id for a record of {@code kind}, e.g. {@code "complaint"} or {@code "event"}.
   *
   * @param kind a short lower-case word naming the record kind
   */
  String next(String kind);

  /**
   * The default for hosts (推荐): restart-safe, time-ordered ids, e.g. {@code
   * C-01KB3Z9V6Q8X2M4N7P0R5T1W3Y}: the clock's milliseconds then 80 random bits (ULID layout, Crockford
   * base32), incremented within a millisecond. Ids sort by creation time; a process restarted on the
   * same database never repeats an id, even at the same instant, and nodes sharing a database need no
   * coordination. Random bits come from {@link java.security.SecureRandom}; time only from {@code
   * clock}.
   */
  static IdSource timeOrdered(java.time.Clock clock) {
    return TimeOrderedIds.secure(clock);
  }

  /**
   * Sequential ids per kind: {@code C-000001}, {@code C-000002}, … where the prefix is the kind's
   * upper-cased first letter. Deterministic: a fresh source always gives the same sequence, for tests
   * and simulations. Not unique across restarts: for persistent storage use {@link #timeOrdered}.
   */
  static IdSource sequential() {
    ConcurrentMap<String, AtomicLong> counters = new ConcurrentHashMap<>();
    return kind -> {
      String k = Check.id("kind", kind);
      long n = counters.computeIfAbsent(k, x -> new AtomicLong()).incrementAndGet();
      return Character.toUpperCase(k.charAt(0)) + "-" + zeroPadded(n);
    };
  }

  /** {@code n} in at least six digits, zeros in front: what {@code "%06d"} gives, without parsing a format. */
  private static String zeroPadded(long n) {
    String digits = Long.toString(n);
    return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
  }

  /**
   * Sequential ids per kind behind a run prefix, e.g. {@code prefixed("r7")} gives {@code r7-C-000001}.
   * Restart-safe only if the prefix is new for each process run, which the host must guarantee (e.g.
   * from a start counter it stores); a fixed prefix repeats ids after a restart. Prefer {@link
   * #timeOrdered}.
   */
  static IdSource prefixed(String runPrefix) {
    String p = Check.id("runPrefix", runPrefix);
    IdSource seq = sequential();
    return kind -> p + "-" + seq.next(kind);
  }

  /**
   * Random-looking 20-hex-digit ids from a seeded generator: deterministic for a given seed, for
   * simulations and tests.
   */
  static IdSource seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return kind -> {
      String k = Check.id("kind", kind);
      long a;
      long b;
      synchronized (random) {
        a = random.nextLong();
        b = random.nextLong();
      }
      return k + "-" + String.format("%016x%04x", a, b & 0xffff);
    };
  }
}

package org.propdesk.core.spi;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import org.propdesk.core.common.Check;

/**
 * {@link IdSource#timeOrdered}: ULID-style ids, 48 bits of the clock's milliseconds then 80 random
 * bits, in Crockford base32 behind the kind's letter ({@code C-01KB3Z9V6Q8X2M4N7P0R5T1W3Y}). Within one
 * millisecond, or when the clock stands still or steps back, the random part is incremented, so ids
 * of one source never repeat and sort in the order they were made. A restarted process draws fresh
 * random bits, so it never repeats an earlier process's ids either. Thread-safe.
 */
final class TimeOrderedIds implements IdSource {
  private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final long MAX_MILLIS = (1L << 48) - 1;

  private final Clock clock;
  private final Random random;
  private long lastMillis = -1;
  private long hi; // upper 16 bits of the 80 random bits
  private long lo; // lower 64 bits

  TimeOrderedIds(Clock clock, Random random) {
    this.clock = Check.present("clock", clock);
    this.random = Check.present("random", random);
  }

  static TimeOrderedIds secure(Clock clock) {
    return new TimeOrderedIds(clock, new SecureRandom());
  }

  @Override
  public String next(String kind) {
    String k = Check.id("kind", kind);
    long millis;
    long h;
    long l;
    synchronized (this) {
      long now = Math.max(0, Math.min(MAX_MILLIS, clock.millis()));
      if (now > lastMillis) {
        lastMillis = now;
        hi = random.nextInt(1 << 16);
        lo = random.nextLong();
      } else {
        lo++;
        if (lo == 0) {
          hi = (hi + 1) & 0xFFFF;
          if (hi == 0) {
            lastMillis++; // 2^80 ids in one millisecond: borrow the next one
          }
        }
      }
      millis = lastMillis;
      h = hi;
      l = lo;
    }
    char[] out = new char[26];
    for (int i = 9; i >= 0; i--) {
      out[i] = BASE32[(int) (millis & 31)];
      millis >>>= 5;
    }
    // 80 bits = 16 characters: the low 64 bits give 12 characters and 4 bits, the high 16 the rest
    long bits = l;
    for (int i = 25; i >= 14; i--) {
      out[i] = BASE32[(int) (bits & 31)];
      bits >>>= 5;
    }
    long rest = (h << 4) | (bits & 15); // 20 bits
    for (int i = 13; i >= 10; i--) {
      out[i] = BASE32[(int) (rest & 31)];
      rest >>>= 5;
    }
    return Character.toUpperCase(k.charAt(0)) + "-" + new String(out);
  }

  @Override
  public String toString() {
    return "IdSource.timeOrdered(" + clock + ")";
  }
}

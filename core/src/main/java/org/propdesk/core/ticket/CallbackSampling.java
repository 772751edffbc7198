package org.propdesk.core.ticket;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * Policy: which completed free jobs are called back (无偿维修抽样回访), PROCEDURES §6: a random sample of
 * each week's jobs, reproducible for a given seed.
 *
 * <p>Each completed free job is drawn with probability {@code percent}/100 by a keyed hash of the seed,
 * the office, the ISO week it was completed in and the job's id (SplitMix64 over the bytes): the same
 * seed and week give the same sample whatever order jobs complete in, on any node, after any restart,
 * and a host can replay the draw. Over a week the share drawn is the percentage on average, not
 * exactly (a per-job draw cannot know how many jobs the week will bring). Immutable and thread-safe.
 *
 * @param percent the share of free jobs drawn, 0-100
 * @param seed the company's seed, kept secret from the technicians so they cannot tell which jobs will
 *     be called back
 *
 * @since 0.1.0
 */
public record CallbackSampling(int percent, long seed) {
  /** Checks the parts. */
  public CallbackSampling {
    Check.that(percent >= 0 && percent <= 100, "percent", "must be 0-100");
  }

  /** The default [practice, PROCEDURES §6]: a 10 % weekly sample, with this seed. */
  public static CallbackSampling tenPercentWeekly(long seed) {
    return new CallbackSampling(10, seed);
  }

  /** Whether the free job {@code ticketId} of {@code office}, completed on {@code day}, is drawn. */
  public boolean draws(OfficeId office, String ticketId, LocalDate day) {
    Check.present("office", office);
    Check.text("ticketId", ticketId);
    Check.present("day", day);
    return bucket(office, ticketId, day) < percent;
  }

  /** The job's bucket, 0-99, in its week: it is drawn when below the percentage. */
  int bucket(OfficeId office, String ticketId, LocalDate day) {
    String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    long h = seed;
    for (byte b : (office.value() + '\n' + week + '\n' + ticketId).getBytes(StandardCharsets.UTF_8)) {
      h = mix(h + (b & 0xff) + 0x9E3779B97F4A7C15L);
    }
    return (int) Long.remainderUnsigned(mix(h), 100);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

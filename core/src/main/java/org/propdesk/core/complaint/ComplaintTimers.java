package org.propdesk.core.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.propdesk.core.common.Check;

/**
 * Policy: the complaint clocks (投诉时限).
 *
 * <ul>
 *   <li>First reply (首次回复) within {@link #firstReply()} of registration, [seed] 4.5.3: 15 minutes.
 *       A reply at exactly the limit is on time; one a millisecond later is late.
 *   <li>Automatic upgrade to major when unresolved {@link #upgradeAfter()} after registration, [seed]
 *       4.3.1 (c). [ours]: one calendar month in the office's zone ({@code 2026-01-31 10:00} becomes
 *       due {@code 2026-02-28 10:00}); {@link #withUpgradeAfter(Period)} can make it 30 days.
 *   <li>Resolution targets, [practice], used for SLA figures only: general by the end of the day of
 *       registration, important within 3 days, major within 7 days.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param firstReply the first-reply limit
 * @param upgradeAfter how long a valid complaint may stay unresolved before it becomes major
 * @param importantTarget the resolution target of an important complaint
 * @param majorTarget the resolution target of a major complaint
 */
public record ComplaintTimers(Duration firstReply, Period upgradeAfter, Duration importantTarget, Duration majorTarget) {
  /** Checks the parts. */
  public ComplaintTimers {
    Check.present("firstReply", firstReply);
    Check.that(isPositive(firstReply), "firstReply", "must be positive");
    Check.present("upgradeAfter", upgradeAfter);
    Check.that(!upgradeAfter.isNegative() && !upgradeAfter.isZero(), "upgradeAfter", "must be positive");
    Check.present("importantTarget", importantTarget);
    Check.present("majorTarget", majorTarget);
    Check.that(isPositive(importantTarget), "importantTarget", "must be positive");
    Check.that(isPositive(majorTarget), "majorTarget", "must be positive");
  }

  private static boolean isPositive(Duration d) {
    return !d.isNegative() && !d.isZero();
  }

  /** The defaults: 15 minutes, one calendar month; 3 days, 7 days. */
  public static ComplaintTimers seedDefaults() {
    return new ComplaintTimers(Duration.ofMinutes(15), Period.ofMonths(1), Duration.ofDays(3), Duration.ofDays(7));
  }

  /** These timers with another upgrade period, e.g. {@code Period.ofDays(30)}. */
  public ComplaintTimers withUpgradeAfter(Period period) {
    return new ComplaintTimers(firstReply, period, importantTarget, majorTarget);
  }

  /** The last instant at which a first reply is on time. */
  public Instant firstReplyDeadline(Instant registeredAt) {
    return registeredAt.plus(firstReply);
  }

  /** The instant at which an unresolved valid complaint becomes major. */
  public Instant upgradeDue(Instant registeredAt, ZoneId zone) {
    return registeredAt.atZone(zone).plus(upgradeAfter).toInstant();
  }

  /** The resolution target for a complaint of the class. */
  public Instant resolutionTarget(ComplaintClass complaintClass, Instant registeredAt, ZoneId zone) {
    return switch (complaintClass) {
      case GENERAL -> {
        LocalDate day = registeredAt.atZone(zone).toLocalDate();
        yield day.plusDays(1).atStartOfDay(zone).toInstant();
      }
      case IMPORTANT -> registeredAt.plus(importantTarget);
      case MAJOR -> registeredAt.plus(majorTarget);
    };
  }
}

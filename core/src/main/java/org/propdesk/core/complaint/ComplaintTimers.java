package org.propdesk.core.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import com.google.common.collect.ImmutableMap;
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
 *   <li>Resolution targets (处理时限), [practice]: general by the end of the day of the report, important
 *       within 3 days, major within 7 days. A warning is given {@link #warningBefore(ComplaintClass)}
 *       ahead of the target (by default 6 hours for a general complaint, so at 18:00 on the day, and one
 *       day for an important or major one), and an alarm when the target passes.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param firstReply the first-reply limit
 * @param upgradeAfter how long a valid complaint may stay unresolved before it becomes major
 * @param importantTarget the resolution target of an important complaint
 * @param majorTarget the resolution target of a major complaint
 * @param warnings how long before its resolution target a complaint of each class raises a warning;
 *     every class is present
 *
 * @since 0.1.0
 */
public record ComplaintTimers(
    Duration firstReply, Period upgradeAfter, Duration importantTarget, Duration majorTarget, Map<ComplaintClass, Duration> warnings) {
  /** The default warning leads: 6 hours for a general complaint, one day for an important or major one. */
  public static final Map<ComplaintClass, Duration> DEFAULT_WARNINGS = ImmutableMap.of(
      ComplaintClass.GENERAL, Duration.ofHours(6), ComplaintClass.IMPORTANT, Duration.ofDays(1),
      ComplaintClass.MAJOR, Duration.ofDays(1));

  /** Checks the parts and keeps an unmodifiable copy of the warnings. */
  public ComplaintTimers {
    Check.present("warnings", warnings);
    for (ComplaintClass c : ComplaintClass.values()) {
      Duration lead = warnings.get(c);
      Check.that(lead != null && isPositive(lead), "warnings", "must give a positive lead for " + c);
    }
    warnings = ImmutableMap.copyOf(new EnumMap<>(warnings));
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

  /** These timers with the {@link #DEFAULT_WARNINGS}. */
  public ComplaintTimers(Duration firstReply, Period upgradeAfter, Duration importantTarget, Duration majorTarget) {
    this(firstReply, upgradeAfter, importantTarget, majorTarget, DEFAULT_WARNINGS);
  }

  /** The defaults: 15 minutes, one calendar month; 3 days, 7 days; warnings 6 hours, 1 day, 1 day ahead. */
  public static ComplaintTimers seedDefaults() {
    return new ComplaintTimers(Duration.ofMinutes(15), Period.ofMonths(1), Duration.ofDays(3), Duration.ofDays(7));
  }

  /** These timers with another upgrade period, e.g. {@code Period.ofDays(30)}. */
  public ComplaintTimers withUpgradeAfter(Period period) {
    return new ComplaintTimers(firstReply, period, importantTarget, majorTarget, warnings);
  }

  /** These timers warning {@code lead} before the resolution target of a {@code complaintClass} complaint. */
  public ComplaintTimers withWarningBefore(ComplaintClass complaintClass, Duration lead) {
    Check.present("complaintClass", complaintClass);
    Map<ComplaintClass, Duration> w = new EnumMap<>(warnings);
    w.put(complaintClass, lead);
    return new ComplaintTimers(firstReply, upgradeAfter, importantTarget, majorTarget, w);
  }

  /** How long before its resolution target a complaint of the class raises a warning. */
  public Duration warningBefore(ComplaintClass complaintClass) {
    return warnings.get(Check.present("complaintClass", complaintClass));
  }

  /** When the warning for {@code target}, a resolution target of the class, is given. */
  public Instant warningAt(ComplaintClass complaintClass, Instant target) {
    return target.minus(warningBefore(complaintClass));
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

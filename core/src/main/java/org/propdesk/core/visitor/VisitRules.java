package org.propdesk.core.visitor;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.propdesk.core.common.Check;

/**
 * The visitor log's policy (来访规则): the office's closing time, when every visitor still on site is
 * flagged and every visit that never arrived expires. Immutable and thread-safe.
 *
 * @param closingTime the closing time in the office's zone (闭馆时间)
 * @since 0.1.0
 */
public record VisitRules(LocalTime closingTime) {
  /** Checks the parts. */
  public VisitRules {
    Check.present("closingTime", closingTime);
  }

  /**
   * The defaults [ours]: closing at 18:00, the end of the front desk's day shift. The seed (4.2.4) asks
   * the desk to close its files and power off at the end of work without naming an hour.
   */
  public static VisitRules defaults() {
    return new VisitRules(LocalTime.of(18, 0));
  }

  /** A visitor log whose office closes at {@code closingTime}. */
  public static VisitRules closingAt(LocalTime closingTime) {
    return new VisitRules(closingTime);
  }

  /** The first closing instant strictly after {@code at}, in {@code zone}. */
  public Instant closingAfter(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    ZonedDateTime closing = local.toLocalDate().atTime(closingTime).atZone(zone);
    return (closing.toInstant().isAfter(at) ? closing : closing.plusDays(1)).toInstant();
  }
}

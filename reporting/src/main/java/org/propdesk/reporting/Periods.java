package org.propdesk.reporting;

import org.propdesk.core.common.Check;
import org.propdesk.core.supervision.ReportPeriod;

/**
 * Report periods as staff read them (统计期间文字). Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Periods {
  private Periods() {}

  /** The period as staff read it, e.g. "2026年3月", "2026年第1季度", or "3/2026", "Q1 2026" in English. */
  public static Text label(ReportPeriod period) {
    Check.present("period", period);
    int year = period.start().getYear();
    return switch (period.kind()) {
      case MONTH -> Text.of("period.month", year, period.start().getMonthValue());
      case QUARTER -> Text.of("period.quarter", year, (period.start().getMonthValue() + 2) / 3);
      case YEAR -> Text.of("period.year", year);
    };
  }
}

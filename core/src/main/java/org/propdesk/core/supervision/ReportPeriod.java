package org.propdesk.core.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.propdesk.core.common.Check;

/**
 * A report's period (统计期间): a calendar month, quarter or year, as local dates in each office's
 * zone. A complaint belongs to the period of the day it was reported, in its office's zone; a report
 * for a period is submitted to the group once the period is over (PROCEDURES §16).
 * Immutable and thread-safe.
 *
 * @param kind month, quarter or year
 * @param start the first day: the 1st of a month; of January, April, July or October for a quarter;
 *     1 January for a year
 *
 * @since 0.1.0
 */
public record ReportPeriod(Kind kind, LocalDate start) {
  /** The length of a period. */
  public enum Kind {
    /** A calendar month (月度). */
    MONTH(1),
    /** A calendar quarter (季度). */
    QUARTER(3),
    /** A calendar year (年度). */
    YEAR(12);

    private final int months;

    Kind(int months) {
      this.months = months;
    }

    /** Its length in months. */
    public int months() {
      return months;
    }
  }

  /** Checks the parts. */
  public ReportPeriod {
    Check.present("kind", kind);
    Check.present("start", start);
    Check.that(start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % kind.months == 0, "start",
        "a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " starts on the first day of its first month");
  }

  /** The month. */
  public static ReportPeriod month(YearMonth month) {
    return new ReportPeriod(Kind.MONTH, Check.present("month", month).atDay(1));
  }

  /** The quarter {@code q} (1-4) of {@code year}. */
  public static ReportPeriod quarter(int year, int q) {
    Check.that(q >= 1 && q <= 4, "quarter", "must be 1-4");
    return new ReportPeriod(Kind.QUARTER, LocalDate.of(year, 3 * q - 2, 1));
  }

  /** The year. */
  public static ReportPeriod year(int year) {
    return new ReportPeriod(Kind.YEAR, LocalDate.of(year, 1, 1));
  }

  /** The day after the last day (exclusive end). */
  public LocalDate end() {
    return start.plusMonths(kind.months);
  }

  /** The period of the same kind just before this one. */
  public ReportPeriod previous() {
    return new ReportPeriod(kind, start.minusMonths(kind.months));
  }

  /** The twelve months ending with this period's last month, oldest first (for the trend). */
  public List<YearMonth> trailingYear() {
    YearMonth last = YearMonth.from(end().minusDays(1));
    List<YearMonth> out = new ArrayList<>(12);
    for (int i = 11; i >= 0; i--) {
      out.add(last.minusMonths(i));
    }
    return out;
  }

  /** A short, file-name-safe code: {@code 2026-03}, {@code 2026-Q1}, {@code 2026}. */
  public String code() {
    return switch (kind) {
      case MONTH -> YearMonth.from(start).toString();
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
      case YEAR -> Integer.toString(start.getYear());
    };
  }

  /**
   * The period by its {@link #code()}: {@code 2026-03}, {@code 2026-Q1} or {@code 2026}.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code period} when malformed
   */
  public static ReportPeriod parse(String code) {
    String c = Check.text("period", code, 10);
    try {
      if (c.matches("\\d{4}-\\d{2}")) {
        return month(YearMonth.parse(c));
      }
      if (c.matches("\\d{4}-Q[1-4]")) {
        return quarter(Integer.parseInt(c.substring(0, 4)), c.charAt(6) - '0');
      }
      if (c.matches("\\d{4}")) {
        return year(Integer.parseInt(c));
      }
    } catch (java.time.DateTimeException e) {
      // falls through to the refusal
    }
    throw new org.propdesk.core.common.InvalidInputException("period", "must be a month (2026-03), a quarter (2026-Q1) or a year (2026)");
  }

  /** Whether {@code day} falls in the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(end());
  }
}

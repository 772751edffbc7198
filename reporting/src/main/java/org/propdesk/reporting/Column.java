package org.propdesk.reporting;

import org.propdesk.core.common.Check;

/**
 * A column of a report table (报表列): its header, the kind of its cells and its width in characters.
 * Immutable and thread-safe.
 *
 * @param header the header text
 * @param kind what its cells hold
 * @param width the width in characters, 4-80, for spreadsheets
 * @since 0.1.0
 */
public record Column(Text header, Kind kind, int width) {
  /** What the cells of a column hold, and how each format shows them. */
  public enum Kind {
    /** Text: a {@link String}, a {@link Text}, or personal data (masked unless permitted). */
    TEXT,
    /** A whole number ({@link Long} or {@link Integer}). */
    INTEGER,
    /** A decimal ({@link java.math.BigDecimal}), e.g. hours or an amount. */
    DECIMAL,
    /** A ratio in [0, 1] ({@link java.math.BigDecimal}), shown as a percentage. */
    PERCENT,
    /** A calendar date ({@link java.time.LocalDate}). */
    DATE,
    /** A local date and time ({@link java.time.LocalDateTime}), in the office's zone. */
    DATE_TIME
  }

  /** Checks the parts. */
  public Column {
    Check.present("header", header);
    Check.present("kind", kind);
    Check.that(width >= 4 && width <= 80, "width", "must be 4-80 characters");
  }

  /** A text column. */
  public static Column text(String headerKey, int width) {
    return new Column(Text.of(headerKey), Kind.TEXT, width);
  }

  /** A whole-number column. */
  public static Column integer(String headerKey) {
    return new Column(Text.of(headerKey), Kind.INTEGER, 12);
  }

  /** A decimal column. */
  public static Column decimal(String headerKey) {
    return new Column(Text.of(headerKey), Kind.DECIMAL, 12);
  }

  /** A percentage column. */
  public static Column percent(String headerKey) {
    return new Column(Text.of(headerKey), Kind.PERCENT, 12);
  }

  /** A date column. */
  public static Column date(String headerKey) {
    return new Column(Text.of(headerKey), Kind.DATE, 12);
  }

  /** A date-time column. */
  public static Column dateTime(String headerKey) {
    return new Column(Text.of(headerKey), Kind.DATE_TIME, 18);
  }
}

package org.propdesk.reporting;

import java.math.BigDecimal;
import java.util.List;
import org.propdesk.core.common.Check;

/**
 * A chart of a report (图表), as data: the HTML writer draws it as inline SVG; the other formats carry
 * its numbers (JSON) or leave it to the tables that hold the same figures (CSV, XLSX).
 *
 * <p>Invariants: every series has one value per category; a {@link Kind#GAUGE} has one series of
 * ratios in [0, 1], one gauge per category. Immutable and thread-safe.
 *
 * @param id an id unique in the report, used as the SVG element's id
 * @param kind how it is drawn
 * @param title the title
 * @param categories the categories (bars, points of a line, gauges) (unmodifiable)
 * @param series the series (unmodifiable)
 * @since 0.1.0
 */
public record Chart(String id, Kind kind, Text title, List<Text> categories, List<Series> series) {
  /** How a chart is drawn. */
  public enum Kind {
    /** Horizontal bars, one per category. */
    BAR,
    /** A line over the categories, e.g. months. */
    LINE,
    /** A semicircular gauge per category, for compliance rates. */
    GAUGE
  }

  /**
   * A named series of values, one per category.
   *
   * @param name the name
   * @param values the values (unmodifiable)
   */
  public record Series(Text name, List<BigDecimal> values) {
    /** Checks the parts. */
    public Series {
      Check.present("name", name);
      values = List.copyOf(Check.present("values", values));
    }
  }

  /** Checks the parts. */
  public Chart {
    Check.id("id", id);
    Check.present("kind", kind);
    Check.present("title", title);
    categories = List.copyOf(Check.present("categories", categories));
    series = List.copyOf(Check.present("series", series));
    Check.that(!series.isEmpty(), "series", "needs at least one series");
    for (Series s : series) {
      Check.that(s.values().size() == categories.size(), "series", "'" + s.name().key() + "' must hold one value per category");
    }
    if (kind == Kind.GAUGE) {
      Check.that(series.size() == 1, "series", "a gauge has one series");
      Check.that(series.get(0).values().stream().allMatch(v -> v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0),
          "series", "a gauge's values are ratios in [0, 1]");
    }
  }
}

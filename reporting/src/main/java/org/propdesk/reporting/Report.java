package org.propdesk.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.propdesk.core.common.Check;

/**
 * A report (报表) as data: a name, a title, the facts of its heading (period, scope, as-of), its
 * tables and its charts. One writer per format renders any report, so a new report or register is a
 * query plus table definitions and needs no formatting code.
 *
 * <p>A report is a pure function of its inputs (data, period, scope): it holds no rendering time and
 * no locale, so the same inputs and locale give the same bytes in every format. Immutable and
 * thread-safe if its tables' row sources are.
 *
 * @param name a file-name-safe name, e.g. {@code complaint-analysis-2026-03-O-1}
 * @param title the title
 * @param facts the heading's facts, label and value (unmodifiable)
 * @param tables the tables, ids unique (unmodifiable)
 * @param charts the charts, ids unique (unmodifiable)
 * @since 0.1.0
 */
public record Report(String name, Text title, List<Fact> facts, List<Table> tables, List<Chart> charts) {
  /**
   * One fact of the heading, e.g. "Period: March 2026".
   *
   * @param label the label
   * @param value the value
   */
  public record Fact(Text label, Text value) {
    /** Checks the parts. */
    public Fact {
      Check.present("label", label);
      Check.present("value", value);
    }
  }

  /** Checks the parts. */
  public Report {
    Check.id("name", name);
    Check.present("title", title);
    facts = List.copyOf(Check.present("facts", facts));
    tables = List.copyOf(Check.present("tables", tables));
    charts = List.copyOf(Check.present("charts", charts));
    Set<String> ids = new HashSet<>();
    tables.forEach(t -> Check.that(ids.add(t.id()), "tables", "two tables have the id '" + t.id() + "'"));
    Set<String> chartIds = new HashSet<>();
    charts.forEach(c -> Check.that(chartIds.add(c.id()), "charts", "two charts have the id '" + c.id() + "'"));
  }

  /** The table with this id. */
  public java.util.Optional<Table> table(String id) {
    return tables.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}

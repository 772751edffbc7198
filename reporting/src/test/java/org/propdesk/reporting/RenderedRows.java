package org.propdesk.reporting;

import java.util.ArrayList;
import java.util.List;

/** A table's rows as a reader sees them in Chinese: text cells rendered (and masked), other cells as they are. */
public final class RenderedRows {
  private RenderedRows() {}

  /** The rows of {@code t}. */
  public static List<List<Object>> of(Table t) {
    List<List<Object>> out = new ArrayList<>();
    t.rows().forEach(row -> {
      List<Object> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        cells.add(v == null || t.columns().get(i).kind() != Column.Kind.TEXT ? v : Rendering.chinese().textCell(v));
      }
      out.add(cells);
    });
    return out;
  }
}

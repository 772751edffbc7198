package org.propdesk.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;

/**
 * One group of an {@link Aggregation}'s answer (聚合结果行): its key and its measures' values.
 *
 * <p>Invariants: {@code keys} has one entry per group field, {@code null} for an absent value;
 * {@code values} one per measure, each {@code null} or of the type its {@link Aggregation.Statistic}
 * names. Both lists are unmodifiable and may hold {@code null}. Immutable and thread-safe.
 *
 * @param keys the group's values of the group fields, in the aggregation's order
 * @param values the measures' values, in the aggregation's order
 * @since 0.1.0
 */
public record AggregateRow(List<@Nullable Object> keys, List<@Nullable Object> values) {
  /** The order of rows every store returns: keys compared in turn, ascending, {@code null} last. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final Comparator<AggregateRow> ORDER = (a, b) -> {
    for (int i = 0; i < a.keys().size(); i++) {
      Comparable x = (Comparable) a.keys().get(i);
      Comparable y = (Comparable) b.keys().get(i);
      int c = x == null || y == null ? (x == y ? 0 : x == null ? 1 : -1) : x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  };

  /** Checks the parts and copies the lists. */
  public AggregateRow {
    keys = Collections.unmodifiableList(new ArrayList<>(Check.present("keys", keys)));
    values = Collections.unmodifiableList(new ArrayList<>(Check.present("values", values)));
  }

  /** The key at {@code i}, {@code null} when absent. */
  public @Nullable Object key(int i) {
    return keys.get(i);
  }

  /** The measure value at {@code i} as a number: a count, a sum or a percentile; 0 when absent. */
  public long number(int i) {
    Object v = values.get(i);
    return v == null ? 0 : (Long) v;
  }

  /** The measure value at {@code i}, {@code null} when absent. */
  public @Nullable Object value(int i) {
    return values.get(i);
  }
}

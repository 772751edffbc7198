package org.propdesk.core.spi;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.InvalidInputException;

/**
 * An aggregation over one record type's declared index fields (聚合查询): the records a {@link
 * RecordQuery} matches, grouped by zero or more index fields, with one value per {@link Measure} and
 * group. Reports use it so that a storage with SQL can push the work down, and every other storage
 * gets the same answer from {@link RecordStore#aggregate}'s default, which streams the records.
 *
 * <p>Semantics every {@link RecordStore} must honour (the contract suite pins them down):
 *
 * <ul>
 *   <li>the filter is a {@link RecordQuery} without an order or a limit;
 *   <li>an absent group value (SQL {@code NULL}) forms its own group, with a {@code null} key;
 *   <li>groups with fewer than {@link #minCount()} records are left out (a {@code HAVING});
 *   <li>the rows come back sorted by their keys, each key ascending with {@code null} last, comparing
 *       text by its UTF-16 code units ({@link String#compareTo}), never by a database collation;
 *   <li>without group fields there is exactly one row, even over no records;
 *   <li>each measure ignores records whose field is absent; its value is {@code null} when no record
 *       of the group has one, except the counts, which are then 0.
 * </ul>
 *
 * <p>Immutable and thread-safe; build one with {@link #of(RecordQuery)}.
 *
 * @param filter the records to aggregate: no order, no limit
 * @param groupBy the index fields to group by, in order, each at most once; {@link #OFFICE} groups by
 *     the record's office (its key is the office id as text) (unmodifiable)
 * @param measures the values computed per group, at least one (unmodifiable)
 * @param minCount the fewest records a group must have to be returned, at least 1
 * @since 0.1.0
 */
public record Aggregation(RecordQuery filter, List<String> groupBy, List<Measure> measures, long minCount) {
  /** The group field of the record's office, which every record has: {@code office_id}. */
  public static final String OFFICE = "office_id";

  /** What a measure computes. */
  public enum Statistic {
    /** The number of records ({@link Long}). */
    COUNT(false),
    /** The number of records whose field is present ({@link Long}). */
    COUNT_PRESENT(true),
    /** The number of records whose {@link IndexField.Kind#FLAG} field is true ({@link Long}). */
    COUNT_TRUE(true),
    /** The sum of a {@link IndexField.Kind#NUMBER} field ({@link Long}). */
    SUM(true),
    /** The smallest value of a number, instant or date field (of the field's type). */
    MIN(true),
    /** The largest value of a number, instant or date field (of the field's type). */
    MAX(true),
    /**
     * The discrete percentile of a {@link IndexField.Kind#NUMBER} field ({@link Long}): with the {@code
     * n} present values sorted ascending, the one at 1-based rank {@code max(1, ceil(fraction * n))},
     * the product and ceiling taken in IEEE double arithmetic, as PostgreSQL's {@code percentile_disc}
     * does. The median is the fraction 0.5.
     */
    PERCENTILE(true);

    private final boolean needsField;

    Statistic(boolean needsField) {
      this.needsField = needsField;
    }

    /** Whether the statistic reads a field. */
    public boolean needsField() {
      return needsField;
    }
  }

  /**
   * One value to compute per group.
   *
   * @param statistic what to compute
   * @param field the index field it reads, or empty text for {@link Statistic#COUNT}
   * @param fraction the percentile's fraction in (0, 1]; 0 for every other statistic
   */
  public record Measure(Statistic statistic, String field, double fraction) {
    /** Checks the parts. */
    public Measure {
      Check.present("statistic", statistic);
      Check.present("field", field);
      Check.that(statistic.needsField() != field.isEmpty(), "field",
          statistic.needsField() ? statistic + " needs a field" : statistic + " takes no field");
      if (statistic == Statistic.PERCENTILE) {
        Check.that(fraction > 0 && fraction <= 1, "fraction", "a percentile's fraction must be in (0, 1]");
      } else {
        Check.that(fraction == 0, "fraction", "only a percentile takes a fraction");
      }
    }

    /** The number of records. */
    public static Measure count() {
      return new Measure(Statistic.COUNT, "", 0);
    }

    /** The number of records whose field is present. */
    public static Measure countPresent(String field) {
      return new Measure(Statistic.COUNT_PRESENT, field, 0);
    }

    /** The number of records whose flag is true. */
    public static Measure countTrue(String field) {
      return new Measure(Statistic.COUNT_TRUE, field, 0);
    }

    /** The sum of a number field. */
    public static Measure sum(String field) {
      return new Measure(Statistic.SUM, field, 0);
    }

    /** The smallest value of a field. */
    public static Measure min(String field) {
      return new Measure(Statistic.MIN, field, 0);
    }

    /** The largest value of a field. */
    public static Measure max(String field) {
      return new Measure(Statistic.MAX, field, 0);
    }

    /** The discrete percentile of a number field, e.g. {@code percentile("minutes", 0.9)}. */
    public static Measure percentile(String field, double fraction) {
      return new Measure(Statistic.PERCENTILE, field, fraction);
    }

    /**
     * The 1-based rank of the percentile among {@code n} sorted values, as {@link Statistic#PERCENTILE}
     * defines it; 0 when there are none.
     */
    public long rank(long n) {
      return n == 0 ? 0 : Math.max(1, (long) Math.ceil(fraction * n));
    }

    private void checkAgainst(RecordSchema schema) {
      if (!statistic.needsField()) {
        return;
      }
      IndexField.Kind kind = schema.require(field).kind();
      boolean fits = switch (statistic) {
        case COUNT, COUNT_PRESENT -> true;
        case COUNT_TRUE -> kind == IndexField.Kind.FLAG;
        case SUM, PERCENTILE -> kind == IndexField.Kind.NUMBER;
        case MIN, MAX -> kind == IndexField.Kind.NUMBER || kind == IndexField.Kind.INSTANT || kind == IndexField.Kind.DATE;
      };
      if (!fits) {
        throw new InvalidInputException(field, statistic + " cannot be computed over a " + kind + " field");
      }
    }
  }

  /** Checks the parts. */
  public Aggregation {
    Check.present("filter", filter);
    Check.that(filter.order().isEmpty(), "filter", "an aggregation's filter takes no order");
    Check.that(filter.limit() == Integer.MAX_VALUE, "filter", "an aggregation's filter takes no limit");
    groupBy = ImmutableList.copyOf(Check.present("groupBy", groupBy));
    Set<String> seen = new HashSet<>();
    for (String g : groupBy) {
      Check.that(seen.add(g), "groupBy", "groups by '" + g + "' twice");
    }
    measures = ImmutableList.copyOf(Check.present("measures", measures));
    Check.that(!measures.isEmpty(), "measures", "needs at least one measure");
    Check.that(minCount >= 1, "minCount", "must be at least 1");
  }

  /** Starts an aggregation over the records {@code filter} matches. */
  public static Builder of(RecordQuery filter) {
    return new Builder(filter);
  }

  /** The record type. */
  public String type() {
    return filter.type();
  }

  /**
   * This aggregation checked against the schema: every group field declared, every measure's field
   * declared and of a kind its statistic accepts, and the filter {@linkplain
   * RecordQuery#resolvedAgainst resolved}.
   *
   * @throws InvalidInputException naming the first field that is not declared or does not fit
   */
  public Aggregation resolvedAgainst(RecordSchema schema) {
    groupBy.stream().filter(g -> !g.equals(OFFICE)).forEach(schema::require);
    measures.forEach(m -> m.checkAgainst(schema));
    return new Aggregation(filter.resolvedAgainst(schema), groupBy, measures, minCount);
  }

  /**
   * The key of a record: its values of the group fields, {@code null} where absent (an unmodifiable
   * list that may hold {@code null}).
   */
  public List<@Nullable Object> keyOf(StoredRecord r) {
    List<@Nullable Object> key = new ArrayList<>(groupBy.size());
    groupBy.forEach(g -> key.add(g.equals(OFFICE) ? r.office().value() : r.index().get(g)));
    return java.util.Collections.unmodifiableList(key);
  }

  /**
   * Computes this aggregation by streaming every matching record of {@code store} through Java, group
   * by group: the default of {@link RecordStore#aggregate}, for stores without pushdown. It holds one
   * accumulator per group (and, for a percentile, the group's values as a {@code long[]}), never the
   * records. Call it on an aggregation {@linkplain #resolvedAgainst resolved} against the type's
   * schema.
   */
  public List<AggregateRow> computeByStreaming(RecordStore store) {
    Map<List<@Nullable Object>, Accumulator> groups = new HashMap<>();
    store.stream(filter, r -> groups.computeIfAbsent(keyOf(r), k -> new Accumulator(measures.size())).add(measures, r));
    if (groupBy.isEmpty() && groups.isEmpty()) {
      groups.put(List.of(), new Accumulator(measures.size()));
    }
    List<AggregateRow> rows = new ArrayList<>(groups.size());
    groups.forEach((key, acc) -> {
      if (groupBy.isEmpty() || acc.count >= minCount) {
        rows.add(new AggregateRow(key, acc.values(measures)));
      }
    });
    rows.sort(AggregateRow.ORDER);
    return java.util.Collections.unmodifiableList(rows);
  }

  /** One group's running values. Not thread-safe. */
  private static final class Accumulator {
    private long count;
    private final long[] counters;
    private final @Nullable Object[] extremes;
    private final long @Nullable [][] samples;
    private final int[] sampleSizes;
    private final boolean[] summed;

    Accumulator(int measures) {
      summed = new boolean[measures];
      counters = new long[measures];
      extremes = new Object[measures];
      samples = new long[measures][];
      sampleSizes = new int[measures];
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void add(List<Measure> measures, StoredRecord r) {
      count++;
      for (int i = 0; i < measures.size(); i++) {
        Measure m = measures.get(i);
        Object v = m.statistic().needsField() ? r.index().get(m.field()) : null;
        switch (m.statistic()) {
          case COUNT -> counters[i]++;
          case COUNT_PRESENT -> counters[i] += v == null ? 0 : 1;
          case COUNT_TRUE -> counters[i] += Boolean.TRUE.equals(v) ? 1 : 0;
          case SUM -> {
            if (v != null) {
              counters[i] += (Long) v;
              summed[i] = true;
            }
          }
          case MIN, MAX -> {
            if (v != null) {
              Comparable old = (Comparable) extremes[i];
              int c = old == null ? 0 : old.compareTo(v);
              if (old == null || (m.statistic() == Statistic.MIN ? c > 0 : c < 0)) {
                extremes[i] = v;
              }
            }
          }
          case PERCENTILE -> {
            if (v != null) {
              long[] a = samples[i] == null ? new long[16] : samples[i];
              if (sampleSizes[i] == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
              }
              a[sampleSizes[i]++] = (Long) v;
              samples[i] = a;
            }
          }
        }
      }
    }

    List<@Nullable Object> values(List<Measure> measures) {
      List<@Nullable Object> out = new ArrayList<>(measures.size());
      for (int i = 0; i < measures.size(); i++) {
        Measure m = measures.get(i);
        out.add(switch (m.statistic()) {
          case COUNT, COUNT_PRESENT, COUNT_TRUE -> counters[i];
          case SUM -> summed[i] ? (Object) counters[i] : null;
          case MIN, MAX -> extremes[i];
          case PERCENTILE -> percentile(m, i);
        });
      }
      return out;
    }

    private @Nullable Object percentile(Measure m, int i) {
      long[] a = samples[i];
      if (a == null) {
        return null;
      }
      long[] sorted = Arrays.copyOf(a, sampleSizes[i]);
      Arrays.sort(sorted);
      return sorted[(int) m.rank(sorted.length) - 1];
    }
  }

  /** Builds an {@link Aggregation}. Not thread-safe. */
  public static final class Builder {
    private final RecordQuery filter;
    private final List<String> groupBy = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private long minCount = 1;

    private Builder(RecordQuery filter) {
      this.filter = Check.present("filter", filter);
    }

    /** Groups by these fields, after any given before. */
    public Builder groupBy(String... fields) {
      groupBy.addAll(List.of(fields));
      return this;
    }

    /** Adds measures, after any given before. */
    public Builder measure(Measure... more) {
      measures.addAll(List.of(more));
      return this;
    }

    /** Leaves out groups with fewer than {@code n} records. */
    public Builder minCount(long n) {
      this.minCount = n;
      return this;
    }

    /** The aggregation. */
    public Aggregation build() {
      return new Aggregation(filter, groupBy, measures, minCount);
    }
  }
}

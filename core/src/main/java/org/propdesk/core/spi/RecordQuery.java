package org.propdesk.core.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * A query over one record type's declared index fields (记录查询): an optional office, conditions that
 * must all hold, an order and a limit.
 *
 * <p>Semantics every {@link RecordStore} must honour (the contract suite pins them down):
 *
 * <ul>
 *   <li>a condition on a field whose value is absent (SQL {@code NULL}) is false, except {@link
 *       Op#IS_NULL} and {@link Op#AT_LEAST_OR_NULL};
 *   <li>ranges are half-open as named: {@link Op#AT_LEAST} includes its bound, {@link Op#BEFORE}
 *       excludes it; a record closed exactly at a lower bound given with {@code AT_LEAST} matches;
 *   <li>the order is the given fields (absent values last), then the record id ascending, so equal keys
 *       always come back in the same order;
 *   <li>without an order, records come back by id ascending.
 * </ul>
 *
 * <p>Immutable and thread-safe; build one with {@link #of(String)}.
 *
 * @param type the record type
 * @param office the office, or empty for every office
 * @param conditions the conditions, all of which must hold (unmodifiable)
 * @param order the sort keys (unmodifiable)
 * @param limit the most records to return, at least 1
 * @since 0.1.0
 */
public record RecordQuery(String type, Optional<OfficeId> office, List<Condition> conditions, List<Sort> order, int limit) {

  /** A comparison. */
  public enum Op {
    /** The field equals the value. */
    EQ,
    /** The field equals one of the values. */
    IN,
    /** The field is at least the value (inclusive). */
    AT_LEAST,
    /** The field is before (less than) the value (exclusive). */
    BEFORE,
    /** The field is at most the value (inclusive). */
    AT_MOST,
    /** The field is absent. */
    IS_NULL,
    /** The field is present. */
    NOT_NULL,
    /** The field is absent or at least the value, e.g. "not closed before {@code from}". */
    AT_LEAST_OR_NULL
  }

  /**
   * One condition.
   *
   * @param field the index field
   * @param op the comparison
   * @param values the operand(s): one for comparisons, one or more for {@link Op#IN}, none for the null
   *     tests (unmodifiable)
   */
  public record Condition(String field, Op op, List<Object> values) {
    /** Checks the parts. */
    public Condition {
      Check.present("field", field);
      Check.present("op", op);
      values = ImmutableList.copyOf(Check.present("values", values));
      int n = values.size();
      switch (op) {
        case IS_NULL, NOT_NULL -> Check.that(n == 0, "values", op + " takes no value");
        case IN -> Check.that(n >= 1, "values", "IN needs at least one value");
        default -> Check.that(n == 1, "values", op + " takes exactly one value");
      }
    }

    /** The single operand. */
    public Object value() {
      return values.get(0);
    }
  }

  /**
   * A sort key.
   *
   * @param field the index field
   * @param descending whether largest first
   */
  public record Sort(String field, boolean descending) {
    /** Checks the field. */
    public Sort {
      Check.present("field", field);
    }
  }

  /** Checks the parts. */
  public RecordQuery {
    Check.present("type", type);
    Check.present("office", office);
    conditions = ImmutableList.copyOf(Check.present("conditions", conditions));
    order = ImmutableList.copyOf(Check.present("order", order));
    Check.that(limit >= 1, "limit", "must be at least 1");
  }

  /** Starts a query over {@code type}. */
  public static Builder of(String type) {
    return new Builder(type);
  }

  /**
   * This query checked against the schema, with every value normalised to its field's kind (instants
   * cut to the millisecond), so that a store can compare values as they are.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming the first field that is not declared
   *     or a value of the wrong kind
   */
  public RecordQuery resolvedAgainst(RecordSchema schema) {
    Check.that(schema.type().equals(type), "type", "query of '" + type + "' checked against '" + schema.type() + "'");
    List<Condition> resolved = new ArrayList<>(conditions.size());
    for (Condition c : conditions) {
      IndexField f = schema.require(c.field());
      resolved.add(new Condition(c.field(), c.op(), c.values().stream().map(f::check).toList()));
    }
    order.forEach(s -> schema.require(s.field()));
    return new RecordQuery(type, office, resolved, order, limit);
  }

  /**
   * Whether {@code r} satisfies this query (its type aside): the office, then every condition, as the
   * SPI defines them. Call it on a query {@linkplain #resolvedAgainst resolved} against the type's
   * schema, so values compare as stored. A storage that filters in Java uses this; one that filters in
   * SQL must agree with it (the contract suite checks).
   */
  public boolean matches(StoredRecord r) {
    if (office.isPresent() && !office.get().equals(r.office())) {
      return false;
    }
    for (Condition c : conditions) {
      if (!holds(c, r.index().get(c.field()))) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean holds(Condition c, @Nullable Object value) {
    return switch (c.op()) {
      case IS_NULL -> value == null;
      case NOT_NULL -> value != null;
      case EQ -> value != null && value.equals(c.value());
      case IN -> value != null && c.values().stream().anyMatch(value::equals);
      case AT_LEAST -> value != null && ((Comparable) value).compareTo(c.value()) >= 0;
      case AT_LEAST_OR_NULL -> value == null || ((Comparable) value).compareTo(c.value()) >= 0;
      case BEFORE -> value != null && ((Comparable) value).compareTo(c.value()) < 0;
      case AT_MOST -> value != null && ((Comparable) value).compareTo(c.value()) <= 0;
    };
  }

  /**
   * The query's order as a comparator: each sort field in turn, absent values last, then by id. A
   * storage that sorts in Java uses this; one that sorts in SQL must agree with it.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Comparator<StoredRecord> comparator() {
    Comparator<StoredRecord> cmp = (a, b) -> 0;
    for (Sort s : order) {
      Comparator<StoredRecord> key = (a, b) -> {
        Comparable x = (Comparable) a.index().get(s.field());
        Comparable y = (Comparable) b.index().get(s.field());
        if (x == null || y == null) {
          return x == y ? 0 : x == null ? 1 : -1;
        }
        return s.descending() ? y.compareTo(x) : x.compareTo(y);
      };
      cmp = cmp.thenComparing(key);
    }
    return cmp.thenComparing(StoredRecord::id);
  }

  /** Builds a {@link RecordQuery}. Not thread-safe. */
  public static final class Builder {
    private final String type;
    private @Nullable OfficeId office;
    private final List<Condition> conditions = new ArrayList<>();
    private final List<Sort> order = new ArrayList<>();
    private int limit = Integer.MAX_VALUE;

    private Builder(String type) {
      this.type = Check.text("type", type, 40);
    }

    /** Only records of this office. */
    public Builder office(OfficeId office) {
      this.office = Check.present("office", office);
      return this;
    }

    /** {@code field = value}. */
    public Builder eq(String field, Object value) {
      return where(field, Op.EQ, List.of(value));
    }

    /** {@code field} is one of {@code values}. */
    public Builder in(String field, Collection<?> values) {
      return where(field, Op.IN, ImmutableSet.<Object>copyOf(values).asList());
    }

    /** {@code field >= value}. */
    public Builder atLeast(String field, Object value) {
      return where(field, Op.AT_LEAST, List.of(value));
    }

    /** {@code field < value}. */
    public Builder before(String field, Object value) {
      return where(field, Op.BEFORE, List.of(value));
    }

    /** {@code field <= value}. */
    public Builder atMost(String field, Object value) {
      return where(field, Op.AT_MOST, List.of(value));
    }

    /** {@code field} is absent. */
    public Builder isNull(String field) {
      return where(field, Op.IS_NULL, List.of());
    }

    /** {@code field} is present. */
    public Builder notNull(String field) {
      return where(field, Op.NOT_NULL, List.of());
    }

    /** {@code field} is absent or {@code >= value}. */
    public Builder atLeastOrNull(String field, Object value) {
      return where(field, Op.AT_LEAST_OR_NULL, List.of(value));
    }

    /** Adds a condition. */
    public Builder where(String field, Op op, List<Object> values) {
      conditions.add(new Condition(field, op, values));
      return this;
    }

    /** Sorts by {@code field}, smallest first (absent last). */
    public Builder orderBy(String field) {
      order.add(new Sort(field, false));
      return this;
    }

    /** Sorts by {@code field}, largest first (absent last). */
    public Builder orderByDescending(String field) {
      order.add(new Sort(field, true));
      return this;
    }

    /** Returns at most {@code limit} records. */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** The query. */
    public RecordQuery build() {
      return new RecordQuery(type, Optional.ofNullable(office), conditions, order, limit);
    }
  }
}

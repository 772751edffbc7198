package org.propdesk.core.lifecycle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.IndexField;
import org.propdesk.core.spi.RecordSchema;

/**
 * An aggregate type's declaration (聚合类型声明), made once in its procedure's package: its record
 * type name, its Java class (whose Jackson annotations are its codec), how to read its id, office and
 * version, and the index fields storage keeps beside its JSON document.
 *
 * <p>Index values are computed from the snapshot when it is saved, so storage, queries and reports
 * see real columns and never parse the document. An index function may return the value, an {@link
 * Optional} of it, or {@code null} (absent); an enum becomes its name, for {@link IndexField.Kind#TEXT}
 * fields, an {@code int} a {@code long} for {@link IndexField.Kind#NUMBER} ones. Index fields never
 * hold personal data.
 *
 * <p>Immutable and thread-safe once built. Example:
 *
 * <pre>{@code
 * static final AggregateType<Complaint> TYPE = AggregateType.builder("complaint", Complaint.class)
 *     .id(c -> c.id().value()).office(Complaint::office).version(Complaint::version)
 *     .text("state", Complaint::state)
 *     .instant("registered_at", Complaint::registeredAt)
 *     .build();
 * }</pre>
 *
 * @param <A> the aggregate's class
 * @since 0.1.0
 */
public final class AggregateType<A> {
  private final Class<A> javaType;
  private final RecordSchema schema;
  private final Function<? super A, String> id;
  private final Function<? super A, OfficeId> office;
  private final ToLongFunction<? super A> version;
  private final Function<? super A, ?> state;
  private final ImmutableList<Function<? super A, ?>> values;

  private AggregateType(Builder<A> b) {
    this.javaType = b.javaType;
    this.schema = new RecordSchema(b.name, b.fields);
    this.id = Check.present("id", b.id);
    this.office = Check.present("office", b.office);
    this.version = Check.present("version", b.version);
    this.state = b.state;
    this.values = ImmutableList.copyOf(b.values);
  }

  /** Starts declaring the type {@code name} (e.g. {@code "complaint"}) for {@code javaType}. */
  public static <A> Builder<A> builder(String name, Class<A> javaType) {
    return new Builder<>(name, javaType);
  }

  /** The record type's name. */
  public String name() {
    return schema.type();
  }

  /** The aggregate's class. */
  public Class<A> javaType() {
    return javaType;
  }

  /** What storage knows of the type. */
  public RecordSchema schema() {
    return schema;
  }

  /** The snapshot's id, as text. */
  public String idOf(A aggregate) {
    return id.apply(aggregate);
  }

  /** The snapshot's office. */
  public OfficeId officeOf(A aggregate) {
    return office.apply(aggregate);
  }

  /** The snapshot's version. */
  public long versionOf(A aggregate) {
    return version.applyAsLong(aggregate);
  }

  /**
   * The snapshot's state as journaled before and after a change (an enum gives its name); empty text
   * when the type declares no state.
   */
  public String stateOf(A aggregate) {
    Object s = unwrap(state.apply(aggregate));
    return s == null ? "" : s instanceof Enum<?> e ? e.name() : s.toString();
  }

  /**
   * The snapshot's index values: one per declared field whose value is present.
   *
   * @throws org.propdesk.core.common.InvalidInputException when a value is not of its field's kind
   */
  public Map<String, Object> indexOf(A aggregate) {
    ImmutableMap.Builder<String, Object> out = ImmutableMap.builderWithExpectedSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      IndexField f = schema.fields().get(i);
      Object v = unwrap(values.get(i).apply(aggregate));
      if (v != null) {
        out.put(f.name(), f.check(normalise(f, v)));
      }
    }
    return out.buildOrThrow();
  }

  private static Object normalise(IndexField f, Object v) {
    if (f.kind() == IndexField.Kind.TEXT && v instanceof Enum<?> e) {
      return e.name();
    }
    if (f.kind() == IndexField.Kind.NUMBER && (v instanceof Integer || v instanceof Short)) {
      return ((Number) v).longValue();
    }
    return v;
  }

  private static @Nullable Object unwrap(@Nullable Object v) {
    return v instanceof Optional<?> o ? o.orElse(null) : v;
  }

  @Override
  public String toString() {
    return "AggregateType[" + name() + " = " + javaType.getSimpleName() + "]";
  }

  /**
   * Declares an {@link AggregateType}. Every part but the index fields is required. Not thread-safe.
   *
   * @param <A> the aggregate's class
   */
  public static final class Builder<A> {
    private final String name;
    private final Class<A> javaType;
    private @Nullable Function<? super A, String> id;
    private @Nullable Function<? super A, OfficeId> office;
    private @Nullable ToLongFunction<? super A> version;
    private Function<? super A, ?> state = a -> null;
    private final List<IndexField> fields = new ArrayList<>();
    private final List<Function<? super A, ?>> values = new ArrayList<>();

    private Builder(String name, Class<A> javaType) {
      this.name = Check.present("name", name);
      this.javaType = Check.present("javaType", javaType);
    }

    /** How to read the id, as text. */
    public Builder<A> id(Function<? super A, String> id) {
      this.id = id;
      return this;
    }

    /** How to read the office. */
    public Builder<A> office(Function<? super A, OfficeId> office) {
      this.office = office;
      return this;
    }

    /** How to read the version. */
    public Builder<A> version(ToLongFunction<? super A> version) {
      this.version = version;
      return this;
    }

    /** How to read the state the journal records before and after each change (optional). */
    public Builder<A> state(Function<? super A, ?> state) {
      this.state = Check.present("state", state);
      return this;
    }

    /** A text index field (an enum gives its name; an id record should give its value). */
    public Builder<A> text(String field, Function<? super A, ?> value) {
      return field(IndexField.text(field), value);
    }

    /** An instant index field. */
    public Builder<A> instant(String field, Function<? super A, ?> value) {
      return field(IndexField.instant(field), value);
    }

    /** A date index field. */
    public Builder<A> date(String field, Function<? super A, ?> value) {
      return field(IndexField.date(field), value);
    }

    /** A number index field. */
    public Builder<A> number(String field, Function<? super A, ?> value) {
      return field(IndexField.number(field), value);
    }

    /** A flag index field. */
    public Builder<A> flag(String field, Function<? super A, ?> value) {
      return field(IndexField.flag(field), value);
    }

    private Builder<A> field(IndexField f, Function<? super A, ?> value) {
      fields.add(f);
      values.add(Check.present("value", value));
      return this;
    }

    /**
     * The declaration.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming a missing part or a bad field
     */
    public AggregateType<A> build() {
      return new AggregateType<>(this);
    }
  }
}

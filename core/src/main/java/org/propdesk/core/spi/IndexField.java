package org.propdesk.core.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.InvalidInputException;

/**
 * An index field (索引字段) that a record type declares: a value storage keeps beside the JSON document
 * so that it can query, sort and report on it without reading the document. On {@code JdbcStorage} it
 * is a real, indexed column of the type's table, named exactly as the field.
 *
 * <p>Invariants: the name is 1-40 characters of lower-case letters, digits and {@code _}, starting with
 * a letter, and is not one of the names every record has ({@code id}, {@code office_id}, {@code
 * version}, {@code document}). Immutable and thread-safe.
 *
 * @param name the field's name, e.g. {@code "owner_id"}
 * @param kind the kind of its values
 * @since 0.1.0
 */
public record IndexField(String name, Kind kind) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  /** The kinds of index values, each with the one Java type its values have. */
  public enum Kind {
    /** Text up to 200 characters ({@link String}); never personal data. */
    TEXT(String.class),
    /** An instant to the millisecond ({@link Instant}). */
    INSTANT(Instant.class),
    /** A calendar date ({@link LocalDate}). */
    DATE(LocalDate.class),
    /** A whole number ({@link Long}). */
    NUMBER(Long.class),
    /** A yes/no flag ({@link Boolean}). */
    FLAG(Boolean.class);

    private final Class<?> javaType;

    Kind(Class<?> javaType) {
      this.javaType = javaType;
    }

    /** The Java type of its values. */
    public Class<?> javaType() {
      return javaType;
    }
  }

  /** Checks the parts. */
  public IndexField {
    Check.present("name", name);
    Check.present("kind", kind);
    if (!NAME.matcher(name).matches()) {
      throw new InvalidInputException("name", "must be 1-40 lower-case letters, digits or _, starting with a letter");
    }
    if (RecordSchema.RESERVED.contains(name)) {
      throw new InvalidInputException("name", "'" + name + "' is a column every record has");
    }
  }

  /** A text field. */
  public static IndexField text(String name) {
    return new IndexField(name, Kind.TEXT);
  }

  /** An instant field. */
  public static IndexField instant(String name) {
    return new IndexField(name, Kind.INSTANT);
  }

  /** A date field. */
  public static IndexField date(String name) {
    return new IndexField(name, Kind.DATE);
  }

  /** A number field. */
  public static IndexField number(String name) {
    return new IndexField(name, Kind.NUMBER);
  }

  /** A flag field. */
  public static IndexField flag(String name) {
    return new IndexField(name, Kind.FLAG);
  }

  /**
   * Checks that {@code value} is of this field's kind (a text at most 200 characters long).
   *
   * @throws InvalidInputException naming the field when it is not
   */
  public Object check(Object value) {
    Check.present(name, value);
    if (!kind.javaType.isInstance(value)) {
      throw new InvalidInputException(name, "must be a " + kind + " value (" + kind.javaType.getSimpleName() + "), not "
          + value.getClass().getSimpleName());
    }
    if (value instanceof String s && s.length() > 200) {
      throw new InvalidInputException(name, "must be at most 200 characters");
    }
    if (value instanceof Instant i && i.getNano() % 1_000_000 != 0) {
      return i.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
    return value;
  }
}

package org.propdesk.core.spi;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.InvalidInputException;

/**
 * What storage knows of one record type (记录类型): its name and the index fields it declares. Storage
 * never sees a domain class: a procedure declares its aggregate type, and the kernel hands storage this
 * schema through {@link Storage#declare}.
 *
 * <p>On {@code JdbcStorage} the type {@code complaint} lives in the table {@code pd_complaint}, with the
 * columns {@code id}, {@code office_id}, {@code version}, {@code document} and one column per index
 * field. Invariants: the name is 1-40 characters of lower-case letters, digits and {@code _}, starting
 * with a letter; field names are unique. Immutable and thread-safe.
 *
 * @param type the type's name, e.g. {@code "complaint"}
 * @param fields the declared index fields, in declaration order (unmodifiable)
 * @since 0.1.0
 */
public record RecordSchema(String type, List<IndexField> fields) {
  /** The names every record has, which no index field may take. */
  public static final Set<String> RESERVED = Set.of("id", "office_id", "version", "document", "type");

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  /** Checks the parts. */
  public RecordSchema {
    Check.present("type", type);
    if (!NAME.matcher(type).matches()) {
      throw new InvalidInputException("type", "must be 1-40 lower-case letters, digits or _, starting with a letter");
    }
    fields = ImmutableList.copyOf(Check.present("fields", fields));
    Set<String> seen = new HashSet<>();
    for (IndexField f : fields) {
      if (!seen.add(f.name())) {
        throw new InvalidInputException("fields", "declares '" + f.name() + "' twice");
      }
    }
  }

  /** A schema with these fields. */
  public static RecordSchema of(String type, IndexField... fields) {
    return new RecordSchema(type, List.of(fields));
  }

  /** The declared field with this name. */
  public Optional<IndexField> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * The declared field with this name.
   *
   * @throws InvalidInputException naming {@code field} when the type declares no such field
   */
  public IndexField require(String name) {
    return field(name).orElseThrow(() -> new InvalidInputException(
        "field", "record type '" + type + "' declares no index field '" + name + "'"));
  }

  /**
   * Checks a record's index values and returns them normalised (instants cut to the millisecond, as
   * every store keeps them): every key a declared field, every value of its field's kind.
   *
   * @throws InvalidInputException naming the first undeclared field or value of the wrong kind
   */
  public java.util.Map<String, Object> normalisedIndex(java.util.Map<String, Object> index) {
    com.google.common.collect.ImmutableMap.Builder<String, Object> out =
        com.google.common.collect.ImmutableMap.builderWithExpectedSize(index.size());
    index.forEach((name, value) -> out.put(name, field(name)
        .orElseThrow(() -> new InvalidInputException("index", "record type '" + type + "' declares no index field '" + name + "'"))
        .check(value)));
    return out.buildOrThrow();
  }
}

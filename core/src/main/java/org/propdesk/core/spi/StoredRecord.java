package org.propdesk.core.spi;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * One versioned snapshot in the record store (记录): an aggregate as a JSON document, with the values of
 * the index fields its type declares.
 *
 * <p>Invariants: {@code version >= 1}; {@code document} is a JSON object; {@code index} holds a value
 * only for declared fields whose value is present (a missing key is SQL {@code NULL}), each of its
 * field's kind. The document may hold personal data in the clear: storage keeps it, and never logs or
 * prints it ({@link #toString()} omits the document). Immutable and thread-safe.
 *
 * @param type the record type, e.g. {@code "complaint"}
 * @param id the record's id, unique within its type
 * @param office the office it belongs to
 * @param version 1 when created, + 1 per change
 * @param document the snapshot as JSON
 * @param index the values of the declared index fields that are present (unmodifiable)
 * @since 0.1.0
 */
public record StoredRecord(String type, String id, OfficeId office, long version, String document, Map<String, Object> index) {
  /** Checks the parts. */
  public StoredRecord {
    type = Check.text("type", type, 40);
    id = Check.id("id", id);
    Check.present("office", office);
    Check.that(version >= 1, "version", "must be at least 1");
    Check.present("document", document);
    Check.that(document.startsWith("{"), "document", "must be a JSON object");
    index = ImmutableMap.copyOf(Check.present("index", index));
  }

  /** The value of an index field, if present. */
  public Optional<Object> value(String field) {
    return Optional.ofNullable(index.get(field));
  }

  /** The type, id, office and version; never the document, which may hold personal data. */
  @Override
  public String toString() {
    return "StoredRecord[" + type + ":" + id + "@" + office + " v" + version + "]";
  }
}

package org.propdesk.core.spi;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * A record without its document (索引行): its type, id, office, version and index values, for
 * listings and registers that need only what the type declares. Index fields never hold personal
 * data, so neither does this. Invariants as {@link StoredRecord}'s, less the document. Immutable and
 * thread-safe.
 *
 * @param type the record type
 * @param id the record's id
 * @param office its office
 * @param version its version
 * @param index the values of the declared index fields that are present (unmodifiable)
 * @since 0.1.0
 */
public record IndexedRecord(String type, String id, OfficeId office, long version, Map<String, Object> index) {
  /** Checks the parts. */
  public IndexedRecord {
    Check.present("type", type);
    Check.present("id", id);
    Check.present("office", office);
    Check.that(version >= 1, "version", "must be at least 1");
    index = ImmutableMap.copyOf(Check.present("index", index));
  }

  /** The record's index row. */
  public static IndexedRecord of(StoredRecord r) {
    return new IndexedRecord(r.type(), r.id(), r.office(), r.version(), r.index());
  }

  /** The value of an index field, if present. */
  public Optional<Object> value(String field) {
    return Optional.ofNullable(index.get(field));
  }
}

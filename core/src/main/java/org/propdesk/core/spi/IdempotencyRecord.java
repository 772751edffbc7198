package org.propdesk.core.spi;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * What the first run of an idempotent command left behind (幂等记录): the key the caller sent, a
 * fingerprint of the request, and the aggregate snapshot it produced, so a retry with the same key
 * returns that first result and changes nothing.
 *
 * <p>Keys are unique per office. The document may hold personal data (it is the stored snapshot);
 * {@code toString} shows only ids. Immutable and thread-safe; every part is non-null.
 *
 * @param office the office the command acted in
 * @param key the caller's key, 1-128 printable characters without spaces
 * @param fingerprint a digest of the request, e.g. SHA-256 hex of its canonical text, 1-128 characters
 * @param aggregateType the type of the aggregate the command produced
 * @param aggregateId its id
 * @param version its version after the command
 * @param document its snapshot as JSON, as the record store keeps it
 * @param createdAt when the first run committed its decision
 * @since 0.1.0
 */
public record IdempotencyRecord(
    OfficeId office,
    String key,
    String fingerprint,
    String aggregateType,
    String aggregateId,
    long version,
    String document,
    Instant createdAt) {
  /** The longest key. */
  public static final int KEY_LENGTH = 128;

  /** Checks the parts. */
  public IdempotencyRecord {
    Check.present("office", office);
    key = checkKey(key);
    fingerprint = Check.line("fingerprint", fingerprint, 128);
    aggregateType = Check.id("aggregateType", aggregateType);
    aggregateId = Check.id("aggregateId", aggregateId);
    Check.that(version >= 1, "version", "must be at least 1");
    Check.text("document", document);
    Check.present("createdAt", createdAt);
  }

  /**
   * The key, checked: 1-{@value #KEY_LENGTH} characters, printable, without spaces.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code idempotencyKey}
   */
  public static String checkKey(String key) {
    String k = Check.line("idempotencyKey", key, KEY_LENGTH);
    Check.that(k.chars().noneMatch(Character::isWhitespace), "idempotencyKey", "must not contain spaces");
    return k;
  }

  @Override
  public String toString() {
    return "IdempotencyRecord[" + office + " " + key + " -> " + aggregateType + "/" + aggregateId + " v" + version + "]";
  }
}

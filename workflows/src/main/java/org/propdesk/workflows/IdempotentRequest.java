package org.propdesk.workflows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.propdesk.core.common.Check;
import org.propdesk.core.spi.IdempotencyRecord;

/**
 * A retry-safe request (幂等请求): the caller's idempotency key and the request's canonical text, of
 * which only a SHA-256 fingerprint is stored. Run through {@link Kernel#createOnce} or {@link
 * Kernel#executeOnce}: the first run decides and remembers its result; a retry with the same key and the
 * same request returns that result and changes nothing; the same key with another request is refused
 * with an {@link org.propdesk.core.common.InvalidInputException} naming {@code idempotencyKey}.
 *
 * <p>Immutable and thread-safe; {@code toString} shows the key only (the request may hold personal
 * data).
 *
 * @param key the caller's key, 1-128 printable characters without spaces, unique per office
 * @param request the request's canonical text: every field that decides the outcome, in a fixed order
 * @since 0.1.0
 */
public record IdempotentRequest(String key, String request) {
  /** Checks the parts. */
  public IdempotentRequest {
    key = IdempotencyRecord.checkKey(key);
    Check.present("request", request);
  }

  /** The request's fingerprint: {@code sha256:} and 64 hex digits. */
  public String fingerprint() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "IdempotentRequest[" + key + "]";
  }
}

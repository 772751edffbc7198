package org.propdesk.core.complaint;

import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.StaffText;

/**
 * The complaint procedure's refusals with their staff texts (投诉拒绝提示), from the bundle {@value
 * #BUNDLE} (zh-CN and English): the message for logs is the English text, the staff see theirs via
 * {@link Rejection#messageIn}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ComplaintRejections {
  /** The bundle's base name. */
  public static final String BUNDLE = "org.propdesk.core.complaint.ComplaintRejections";

  private ComplaintRejections() {}

  /** A refusal not tied to one field, with the text of {@code key}. */
  public static Rejection of(RejectionCode code, String key, Object... args) {
    return Rejection.of(code, StaffText.of(BUNDLE, key, args));
  }

  /** A refusal blaming {@code field}, with the text of {@code key}. */
  public static Rejection ofField(RejectionCode code, String field, String key, Object... args) {
    return Rejection.ofField(code, field, StaffText.of(BUNDLE, key, args));
  }
}

package org.propdesk.core.complaint;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * A recorded contact with the owner (沟通记录): a reply (答复) or a follow-up (跟进). Immutable.
 *
 * @param at when, to the millisecond
 * @param channel how; empty for a reply given when the owner was present at registration
 * @param by the handler
 * @param handlerName the handler's name (处理人)
 * @param said what staff said to the owner (a reply, or a follow-up that records it), or empty
 * @param ownerReply what the owner said (for a follow-up), or empty
 * @since 0.1.0
 */
public record ContactRecord(
    Instant at,
    Optional<ContactChannel> channel,
    StaffId by,
    String handlerName,
    Optional<String> said,
    Optional<String> ownerReply) {
  /** Checks the parts. */
  public ContactRecord {
    Check.present("at", at);
    Check.present("channel", channel);
    Check.present("by", by);
    Check.present("handlerName", handlerName);
    Check.present("said", said);
    Check.present("ownerReply", ownerReply);
  }

  /** Whether this is a reply (something said to the owner) rather than a follow-up. */
  @JsonIgnore
  public boolean isReply() {
    return said.isPresent();
  }
}

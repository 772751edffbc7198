package org.propdesk.core.complaint;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;

/**
 * A follow-up contact with the owner (跟进记录), seed 4.5.4: the channel, the time to the minute, and
 * what the owner said. The handler is the acting staff member.
 *
 * @param channel phone, visit or the owner at the desk
 * @param at when the contact took place; empty means now. It may not lie in the future nor before
 *     the registration.
 * @param ownerReply what the owner said (业主回复), 1-2000 characters
 */
public record FollowUpContact(ContactChannel channel, Optional<Instant> at, String ownerReply) {
  /** Checks the parts. */
  public FollowUpContact {
    Check.present("channel", channel);
    Check.present("at", at);
    ownerReply = Check.text("ownerReply", ownerReply, 2000);
  }

  /** A contact taking place now. */
  public static FollowUpContact now(ContactChannel channel, String ownerReply) {
    return new FollowUpContact(channel, Optional.empty(), ownerReply);
  }

  /** A contact that took place at {@code at}. */
  public static FollowUpContact at(ContactChannel channel, Instant at, String ownerReply) {
    return new FollowUpContact(channel, Optional.of(at), ownerReply);
  }
}

package org.propdesk.core.complaint;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;

/**
 * A follow-up contact with the owner (跟进记录), seed 4.5.4: the channel, the time to the minute, what
 * the owner said and, optionally, what the staff member said. The handler is the acting staff member.
 * Immutable and thread-safe; no component is null.
 *
 * @param channel phone, visit or the owner at the desk
 * @param at when the contact took place; empty means now. It may not lie in the future nor before
 *     the registration.
 * @param ownerReply what the owner said (业主回复), 1-2000 characters; never checked for forbidden
 *     phrases, since an owner may say anything
 * @param said what the staff member said (员工答复), 1-2000 characters when present; checked for
 *     forbidden phrases (服务禁语) when the contact is recorded
 *
 * @since 0.1.0
 */
public record FollowUpContact(ContactChannel channel, Optional<Instant> at, String ownerReply, Optional<String> said) {
  /** Checks the parts. */
  public FollowUpContact {
    Check.present("channel", channel);
    Check.present("at", at);
    ownerReply = Check.text("ownerReply", ownerReply, 2000);
    said = Check.present("said", said).map(s -> Check.text("said", s, 2000));
  }

  /** A contact taking place now. */
  public static FollowUpContact now(ContactChannel channel, String ownerReply) {
    return new FollowUpContact(channel, Optional.empty(), ownerReply, Optional.empty());
  }

  /** A contact that took place at {@code at}. */
  public static FollowUpContact at(ContactChannel channel, Instant at, String ownerReply) {
    return new FollowUpContact(channel, Optional.of(at), ownerReply, Optional.empty());
  }

  /** This contact, recording also what the staff member said to the owner. */
  public FollowUpContact saying(String staffWords) {
    return new FollowUpContact(channel, at, ownerReply, Optional.of(Check.text("said", staffWords, 2000)));
  }
}

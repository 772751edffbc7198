package org.propdesk.core.complaint;

import java.util.Optional;
import org.propdesk.core.common.Check;

/**
 * Something said to the owner about how the matter will be handled (答复), seed 4.5.3, and, when the
 * clerk records them, how it was said and what the owner answered (PROCEDURES §4: each contact records
 * its channel and both sides' words). Checked against the forbidden phrases by the aggregate.
 * Immutable and thread-safe; no component is null.
 *
 * @param text what staff said, 1-2000 characters
 * @param channel phone, visit or at the desk, when recorded
 * @param ownerSaid what the owner said (业主回复), 1-2000 characters, when recorded; never checked for
 *     forbidden phrases
 *
 * @since 0.1.0
 */
public record Reply(String text, Optional<ContactChannel> channel, Optional<String> ownerSaid) {
  /** Checks the parts. */
  public Reply {
    text = Check.text("text", text, 2000);
    Check.present("channel", channel);
    ownerSaid = Check.present("ownerSaid", ownerSaid).map(s -> Check.text("ownerSaid", s, 2000));
  }

  /** A reply saying {@code text}, channel and owner's words not recorded. */
  public static Reply of(String text) {
    return new Reply(text, Optional.empty(), Optional.empty());
  }

  /** This reply, made through {@code channel}. */
  public Reply via(ContactChannel channel) {
    return new Reply(text, Optional.of(Check.present("channel", channel)), ownerSaid);
  }

  /** This reply, recording what the owner said. */
  public Reply ownerSaid(String words) {
    return new Reply(text, channel, Optional.of(Check.text("ownerSaid", words, 2000)));
  }
}

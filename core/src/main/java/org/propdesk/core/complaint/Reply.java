package org.propdesk.core.complaint;

import org.propdesk.core.common.Check;

/**
 * Something said to the owner about how the matter will be handled (答复), seed 4.5.3. Checked against
 * the forbidden phrases by the aggregate.
 *
 * @param text what was said, 1-2000 characters
 */
public record Reply(String text) {
  /** Checks the text. */
  public Reply {
    text = Check.text("text", text, 2000);
  }

  /** A reply saying {@code text}. */
  public static Reply of(String text) {
    return new Reply(text);
  }
}

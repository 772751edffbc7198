package org.propdesk.core.ticket;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.propdesk.core.common.Check;

/**
 * Identifier of a repair or incident report (报事报修单号). Immutable; 1-64 characters of letters, digits, {@code . _ : -}.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record TicketId(@JsonValue String value) {
  /** Checks the text. */
  public TicketId {
    value = Check.id("ticketId", value);
  }

  /** The id with this text. */
  @JsonCreator
  public static TicketId of(String value) {
    return new TicketId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

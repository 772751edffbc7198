package org.propdesk.core.deposit;

import java.time.Instant;
import java.time.LocalDate;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * The banking of a deposit's takings (存款记录): the bank slip, the day and who banked it. Immutable and
 * thread-safe.
 *
 * @param slipNo the bank slip's number, 1-64 id characters
 * @param at when it was recorded
 * @param on the office's day it was banked
 * @param late whether that day was after the banking-due day
 * @param by who banked it
 * @since 0.1.0
 */
public record Banking(String slipNo, Instant at, LocalDate on, boolean late, StaffId by) {
  /** Checks the parts. */
  public Banking {
    Check.id("slipNo", slipNo);
    Check.present("at", at);
    Check.present("on", on);
    Check.present("by", by);
  }
}

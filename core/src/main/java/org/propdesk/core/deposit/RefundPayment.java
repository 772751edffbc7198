package org.propdesk.core.deposit;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.StaffId;

/**
 * The settlement of a refund (退款支付): what was paid back, how, when and by whom; zero when the
 * deductions took everything. Made at most once. Immutable and thread-safe.
 *
 * @param amount what was paid back, never negative
 * @param method how
 * @param at when
 * @param by who paid it
 * @since 0.1.0
 */
public record RefundPayment(Money amount, DepositMethod method, Instant at, StaffId by) {
  /** Checks the parts. */
  public RefundPayment {
    Check.present("amount", amount);
    Check.that(!amount.isNegative(), "amount", "must not be negative");
    Check.present("method", method);
    Check.present("at", at);
    Check.present("by", by);
  }
}

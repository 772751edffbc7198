package org.propdesk.core.service;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.StaffId;

/**
 * The payment of an order (收费记录): made at most once, for the consented amount. Immutable and
 * thread-safe.
 *
 * @param amount what was paid
 * @param method how
 * @param receiptNo the receipt's number, 1-32 id characters
 * @param at when
 * @param by who took it
 * @since 0.1.0
 */
public record Charge(Money amount, PaymentMethod method, String receiptNo, Instant at, StaffId by) {
  /** Checks the parts. */
  public Charge {
    Check.present("amount", amount);
    Check.present("method", method);
    ChargeRequest.checkReceipt(receiptNo);
    Check.present("at", at);
    Check.present("by", by);
  }
}

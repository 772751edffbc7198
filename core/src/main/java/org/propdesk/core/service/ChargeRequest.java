package org.propdesk.core.service;

import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;

/**
 * A payment to record (收费): the amount the owner pays, how, and the receipt's number. The amount must be
 * the consented total. Immutable and thread-safe.
 *
 * @param amount what the owner pays
 * @param method how
 * @param receiptNo the receipt's number, 1-32 id characters
 * @since 0.1.0
 */
public record ChargeRequest(Money amount, PaymentMethod method, String receiptNo) {
  /** Checks the parts. */
  public ChargeRequest {
    Check.present("amount", amount);
    Check.that(amount.fen() > 0, "amount", "must be more than zero");
    Check.present("method", method);
    checkReceipt(receiptNo);
  }

  static String checkReceipt(String receiptNo) {
    Check.id("receiptNo", receiptNo);
    Check.that(receiptNo.length() <= 32, "receiptNo", "must be at most 32 characters");
    return receiptNo;
  }

  /** The request's canonical text, for retry-safe commands. */
  public String canonical() {
    return amount.toPlainString() + "|" + method + "|" + receiptNo;
  }
}

package org.propdesk.core.deposit;

import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.owner.OwnerId;

/**
 * A deposit as the desk collects it (收取押金): at which desk, of what type, for which unit, from whom,
 * how much, how, against which official receipt and what for. Immutable and thread-safe; {@code toString}
 * masks the phone and shows no name.
 *
 * @param desk the front desk collecting it (gives the office)
 * @param type what the deposit secures
 * @param unit the unit it concerns
 * @param owner the owner or resident it concerns, if known
 * @param payerName the payer's full name as on the receipt, one line of at most 50 characters
 * @param payerPhone the payer's phone, if given
 * @param amount how much, more than zero
 * @param method cash or transfer
 * @param receiptNo the official receipt's number, unique in the office
 * @param purpose what it secures, e.g. the renovation permit, at most 200 characters
 * @since 0.1.0
 */
public record CollectionRequest(FrontDeskId desk, DepositType type, UnitId unit, Optional<OwnerId> owner, String payerName,
    Optional<PhoneNumber> payerPhone, Money amount, DepositMethod method, ReceiptNumber receiptNo, String purpose) {
  /** Checks the parts. */
  public CollectionRequest {
    Check.present("desk", desk);
    Check.present("type", type);
    Check.present("unit", unit);
    Check.present("owner", owner);
    payerName = Check.line("payerName", payerName, 50);
    Check.present("payerPhone", payerPhone);
    Check.present("amount", amount);
    Check.that(amount.fen() > 0, "amount", "must be more than zero");
    Check.present("method", method);
    Check.present("receiptNo", receiptNo);
    purpose = Check.text("purpose", purpose, 200);
  }

  /** The request's canonical text, for retry-safe commands (hashed; never stored as such). */
  public String canonical() {
    return String.join("|", desk.value(), type.name(), unit.value(), owner.map(OwnerId::value).orElse(""), payerName,
        payerPhone.map(PhoneNumber::masked).orElse(""), amount.toPlainString(), method.name(), receiptNo.value(), purpose);
  }

  @Override
  public String toString() {
    return "CollectionRequest[" + type + " " + amount + " " + method + ", receipt " + receiptNo + ", unit " + unit + ", phone "
        + payerPhone.map(PhoneNumber::masked).orElse("-") + "]";
  }
}

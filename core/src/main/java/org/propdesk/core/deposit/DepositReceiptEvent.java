package org.propdesk.core.deposit;

import java.time.Instant;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.OfficeId;

/**
 * What happens to a receipt register line (收据登记事件): it is issued, once. Immutable; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface DepositReceiptEvent extends DomainEvent {
  /**
   * A receipt was issued (开具收据).
   *
   * @param lineId the register line
   * @param office its office
   * @param at when
   * @param receiptNo the number
   * @param depositId the deposit
   */
  record Issued(String lineId, OfficeId office, Instant at, ReceiptNumber receiptNo, DepositId depositId) implements DepositReceiptEvent {
    @Override
    public Instant occurredAt() {
      return at;
    }

    @Override
    public String aggregateId() {
      return lineId;
    }

    @Override
    public String officeId() {
      return office.value();
    }
  }
}

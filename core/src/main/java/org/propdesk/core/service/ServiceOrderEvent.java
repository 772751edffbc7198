package org.propdesk.core.service;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * What happened to a special-service order (特约服务事件). Every event names the order, its office and
 * the instant; none carries the contact's phone. Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ServiceOrderEvent extends DomainEvent {
  /** The order. */
  ServiceOrderId orderId();

  /** Its office. */
  OfficeId office();

  /** When. */
  Instant at();

  @Override
  default Instant occurredAt() {
    return at();
  }

  @Override
  default String aggregateId() {
    return orderId().value();
  }

  @Override
  default String officeId() {
    return office().value();
  }

  /**
   * Requested (已受理).
   *
   * @param orderId the order
   * @param office its office
   * @param at when it was entered
   * @param requestedAt when the owner asked
   * @param kind what kind of service
   * @param origin where it came from
   * @param originRef the repair report or contract behind it
   * @param quoteDue the last instant of an on-time quote
   */
  record Requested(ServiceOrderId orderId, OfficeId office, Instant at, Instant requestedAt, ServiceKind kind, ServiceOrigin origin,
      Optional<String> originRef, Instant quoteDue) implements ServiceOrderEvent {}

  /**
   * Quoted (报价).
   *
   * @param orderId the order
   * @param office its office
   * @param at when
   * @param total the quoted total
   * @param priceListVersion the price-list version it was priced from
   * @param unlisted whether any line is unlisted work
   * @param onTime whether by the quote deadline
   */
  record Quoted(ServiceOrderId orderId, OfficeId office, Instant at, Money total, Optional<Integer> priceListVersion,
      boolean unlisted, boolean onTime) implements ServiceOrderEvent {}

  /**
   * The owner signed the price (业主签字确认).
   *
   * @param orderId the order
   * @param office its office
   * @param at when
   * @param amount the consented total
   */
  record Consented(ServiceOrderId orderId, OfficeId office, Instant at, Money amount) implements ServiceOrderEvent {}

  /**
   * The owner signed a refusal (业主签字拒绝).
   *
   * @param orderId the order
   * @param office its office
   * @param at when
   */
  record Refused(ServiceOrderId orderId, OfficeId office, Instant at) implements ServiceOrderEvent {}

  /**
   * Scheduled, or rescheduled (排期).
   *
   * @param orderId the order
   * @param office its office
   * @param at when
   * @param scheduledFor when the work is due
   * @param worker who does it
   */
  record Scheduled(ServiceOrderId orderId, OfficeId office, Instant at, Instant scheduledFor, StaffId worker)
      implements ServiceOrderEvent {}

  /**
   * A contract visit was generated, priced and consented by its contract and scheduled (合同生成服务).
   *
   * @param orderId the order
   * @param office its office
   * @param at when
   * @param contract the contract
   * @param scheduledFor when the visit is due
   * @param amount the contract's price per visit
   */
  record VisitGenerated(ServiceOrderId orderId, OfficeId office, Instant at, ServiceContractId contract, Instant scheduledFor,
      Money amount) implements ServiceOrderEvent {}

  /**
   * The work started (开始服务).
   *
   * @param orderId the order
   * @param office its office
   * @param at when
   * @param worker who
   */
  record Started(ServiceOrderId orderId, OfficeId office, Instant at, StaffId worker) implements ServiceOrderEvent {}

  /**
   * Done and signed off by the owner (完工验收).
   *
   * @param orderId the order
   * @param office its office
   * @param at when
   * @param viaRepair whether the work was a paid repair, done on its report
   */
  record Done(ServiceOrderId orderId, OfficeId office, Instant at, boolean viaRepair) implements ServiceOrderEvent {}

  /**
   * Paid (收费).
   *
   * @param orderId the order
   * @param office its office
   * @param at when
   * @param amount what was paid
   * @param method how
   * @param receiptNo the receipt
   */
  record Charged(ServiceOrderId orderId, OfficeId office, Instant at, Money amount, PaymentMethod method, String receiptNo)
      implements ServiceOrderEvent {}

  /**
   * The owner was called back (回访).
   *
   * @param orderId the order
   * @param office its office
   * @param at when
   * @param rating what the owner said; empty when unreachable
   */
  record CalledBack(ServiceOrderId orderId, OfficeId office, Instant at, Optional<ServiceRating> rating)
      implements ServiceOrderEvent {}

  /**
   * Closed (关闭).
   *
   * @param orderId the order
   * @param office its office
   * @param at when
   */
  record Closed(ServiceOrderId orderId, OfficeId office, Instant at) implements ServiceOrderEvent {}

  /**
   * Cancelled (取消).
   *
   * @param orderId the order
   * @param office its office
   * @param at when
   * @param reason why
   */
  record Cancelled(ServiceOrderId orderId, OfficeId office, Instant at, String reason) implements ServiceOrderEvent {}

  /**
   * Not quoted in time (报价超时).
   *
   * @param orderId the order
   * @param office its office
   * @param at when the sweep found it
   * @param due the deadline missed
   */
  record QuoteOverdue(ServiceOrderId orderId, OfficeId office, Instant at, Instant due) implements ServiceOrderEvent {}
}

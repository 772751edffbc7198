package org.propdesk.core.service;

import java.time.Instant;
import java.time.LocalDate;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.OfficeId;

/**
 * What happened to a recurring service contract (定期服务合同事件). Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ServiceContractEvent extends DomainEvent {
  /** The contract. */
  ServiceContractId contractId();

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
    return contractId().value();
  }

  @Override
  default String officeId() {
    return office().value();
  }

  /**
   * Signed (签订).
   *
   * @param contractId the contract
   * @param office its office
   * @param at when
   * @param visits how many visits its calendar planned
   * @param pricePerVisit the price of each
   */
  record Signed(ServiceContractId contractId, OfficeId office, Instant at, int visits, Money pricePerVisit)
      implements ServiceContractEvent {}

  /**
   * A planned visit's order was generated (生成服务单).
   *
   * @param contractId the contract
   * @param office its office
   * @param at when
   * @param day the visit's day
   * @param order the order
   * @param last whether it was the last planned visit
   */
  record VisitGenerated(ServiceContractId contractId, OfficeId office, Instant at, LocalDate day, ServiceOrderId order, boolean last)
      implements ServiceContractEvent {}

  /**
   * Ended early (提前终止).
   *
   * @param contractId the contract
   * @param office its office
   * @param at when
   * @param reason why
   */
  record Terminated(ServiceContractId contractId, OfficeId office, Instant at, String reason) implements ServiceContractEvent {}
}

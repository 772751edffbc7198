package org.propdesk.core.service;

import java.time.Instant;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.OfficeId;

/**
 * What happened to a price list (收费标准事件). Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface PriceListEvent extends DomainEvent {
  /** The price list. */
  PriceListId priceListId();

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
    return priceListId().value();
  }

  @Override
  default String officeId() {
    return office().value();
  }

  /**
   * A version was published (发布).
   *
   * @param priceListId the list
   * @param office its office
   * @param at when
   * @param number the version's number
   * @param effectiveFrom when it comes into force
   * @param items how many items it holds
   */
  record Published(PriceListId priceListId, OfficeId office, Instant at, int number, Instant effectiveFrom, int items)
      implements PriceListEvent {}

  /**
   * The list was withdrawn (停用).
   *
   * @param priceListId the list
   * @param office its office
   * @param at when
   * @param reason why
   */
  record Withdrawn(PriceListId priceListId, OfficeId office, Instant at, String reason) implements PriceListEvent {}
}

package org.propdesk.core.archive;

import java.time.Instant;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * What happened to an archive item (档案事件). Every event names the item, its office and the instant.
 * Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ArchiveEvent extends DomainEvent {
  /** The item. */
  ArchiveItemId itemId();

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
    return itemId().value();
  }

  @Override
  default String officeId() {
    return office().value();
  }

  /**
   * An owner's file is expected after move-in (待归档).
   *
   * @param itemId the item
   * @param office its office
   * @param at when
   * @param due the last instant of on-time filing
   */
  record Expected(ArchiveItemId itemId, OfficeId office, Instant at, Instant due) implements ArchiveEvent {}

  /**
   * Filed (已归档).
   *
   * @param itemId the item
   * @param office its office
   * @param at when
   * @param category what it belongs to
   * @param onTime whether an expected file was filed by its due instant; true for any other
   */
  record Filed(ArchiveItemId itemId, OfficeId office, Instant at, ArchiveCategory category, boolean onTime) implements ArchiveEvent {}

  /**
   * An expected owner's file is late (逾期未归档).
   *
   * @param itemId the item
   * @param office its office
   * @param at when the sweep found it
   * @param due when it was due
   */
  record FilingOverdue(ArchiveItemId itemId, OfficeId office, Instant at, Instant due) implements ArchiveEvent {}

  /**
   * Moved to another location (移库).
   *
   * @param itemId the item
   * @param office its office
   * @param at when
   */
  record Moved(ArchiveItemId itemId, OfficeId office, Instant at) implements ArchiveEvent {}

  /**
   * Lent on a loan (借出).
   *
   * @param itemId the item
   * @param office its office
   * @param at when
   * @param loan the loan
   */
  record Lent(ArchiveItemId itemId, OfficeId office, Instant at, LoanId loan) implements ArchiveEvent {}

  /**
   * Back from its loan (归还入库).
   *
   * @param itemId the item
   * @param office its office
   * @param at when
   * @param loan the loan
   */
  record Returned(ArchiveItemId itemId, OfficeId office, Instant at, LoanId loan) implements ArchiveEvent {}

  /**
   * Listed for destruction (列入销毁清单).
   *
   * @param itemId the item
   * @param office its office
   * @param at when
   */
  record ListedForDestruction(ArchiveItemId itemId, OfficeId office, Instant at) implements ArchiveEvent {}

  /**
   * A destruction approval (批准销毁).
   *
   * @param itemId the item
   * @param office its office
   * @param at when
   * @param by who approved
   */
  record DestructionApproved(ArchiveItemId itemId, OfficeId office, Instant at, StaffId by) implements ArchiveEvent {}

  /**
   * Taken off the destruction list (撤出销毁清单).
   *
   * @param itemId the item
   * @param office its office
   * @param at when
   */
  record DestructionCancelled(ArchiveItemId itemId, OfficeId office, Instant at) implements ArchiveEvent {}

  /**
   * Destroyed before witnesses (已销毁).
   *
   * @param itemId the item
   * @param office its office
   * @param at when
   * @param witnesses how many witnesses signed
   */
  record Destroyed(ArchiveItemId itemId, OfficeId office, Instant at, int witnesses) implements ArchiveEvent {}
}

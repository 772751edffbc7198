package org.propdesk.core.archive;

import java.time.Instant;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * What happened to an archive loan (借阅事件). Every event names the loan, its office and the instant.
 * Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface LoanEvent extends DomainEvent {
  /** The loan. */
  LoanId loanId();

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
    return loanId().value();
  }

  @Override
  default String officeId() {
    return office().value();
  }

  /**
   * Requested (已申请).
   *
   * @param loanId the loan
   * @param office its office
   * @param at when
   * @param item the item
   * @param takeOut whether the borrower asks to take it out of the room
   */
  record Requested(LoanId loanId, OfficeId office, Instant at, ArchiveItemId item, boolean takeOut) implements LoanEvent {}

  /**
   * Approved (已批准).
   *
   * @param loanId the loan
   * @param office its office
   * @param at when
   * @param by the approver
   */
  record Approved(LoanId loanId, OfficeId office, Instant at, StaffId by) implements LoanEvent {}

  /**
   * Refused (未批准).
   *
   * @param loanId the loan
   * @param office its office
   * @param at when
   */
  record Refused(LoanId loanId, OfficeId office, Instant at) implements LoanEvent {}

  /**
   * Issued by the archivist (已借出).
   *
   * @param loanId the loan
   * @param office its office
   * @param at when
   * @param returnBy when it is due back
   */
  record Issued(LoanId loanId, OfficeId office, Instant at, Instant returnBy) implements LoanEvent {}

  /**
   * Returned and checked (已归还).
   *
   * @param loanId the loan
   * @param office its office
   * @param at when
   * @param complete whether it came back complete
   * @param late whether after its due time
   */
  record Returned(LoanId loanId, OfficeId office, Instant at, boolean complete, boolean late) implements LoanEvent {}

  /**
   * Past its due time and not returned (逾期未还).
   *
   * @param loanId the loan
   * @param office its office
   * @param at when the sweep found it
   * @param returnBy when it was due
   */
  record Overdue(LoanId loanId, OfficeId office, Instant at, Instant returnBy) implements LoanEvent {}

  /**
   * Withdrawn (已撤销).
   *
   * @param loanId the loan
   * @param office its office
   * @param at when
   */
  record Cancelled(LoanId loanId, OfficeId office, Instant at) implements LoanEvent {}
}

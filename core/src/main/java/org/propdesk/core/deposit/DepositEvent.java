package org.propdesk.core.deposit;

import java.time.Instant;
import java.time.LocalDate;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * What happened to a deposit (押金事件). Every event names the deposit, its office and the instant; none
 * carries the payer's name or phone. Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface DepositEvent extends DomainEvent {
  /** The deposit. */
  DepositId depositId();

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
    return depositId().value();
  }

  @Override
  default String officeId() {
    return office().value();
  }

  /**
   * Collected against a receipt (已收取).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   * @param depositType what it secures
   * @param amount how much
   * @param method cash or transfer
   * @param receiptNo the receipt
   * @param bankingDue the last day to bank it
   */
  record Collected(DepositId depositId, OfficeId office, Instant at, DepositType depositType, Money amount, DepositMethod method,
      ReceiptNumber receiptNo, LocalDate bankingDue) implements DepositEvent {}

  /**
   * Banked (已存入银行).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   * @param amount how much
   * @param on the day
   * @param late whether after the due day
   */
  record Banked(DepositId depositId, OfficeId office, Instant at, Money amount, LocalDate on, boolean late) implements DepositEvent {}

  /**
   * Not banked by its due day (逾期未存).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when the sweep found it
   * @param due the due day
   * @param unbanked how much is still unbanked
   */
  record BankingOverdue(DepositId depositId, OfficeId office, Instant at, LocalDate due, Money unbanked) implements DepositEvent {}

  /**
   * A mistaken collection amount reversed and entered again (冲正).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   * @param from the amount entered before
   * @param to the correct amount
   */
  record CollectionCorrected(DepositId depositId, OfficeId office, Instant at, Money from, Money to) implements DepositEvent {}

  /**
   * A renovation acceptance inspection recorded (装修验收已记录).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   * @param inspectedOn the day of the inspection
   * @param inspector who inspected
   * @param passed whether it passed
   */
  record AcceptanceRecorded(DepositId depositId, OfficeId office, Instant at, LocalDate inspectedOn, StaffId inspector, boolean passed)
      implements DepositEvent {}

  /**
   * A refund applied for (已申请退还).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   * @param relation how the applicant relates to the deposit
   */
  record RefundApplied(DepositId depositId, OfficeId office, Instant at, ApplicantRelation relation) implements DepositEvent {}

  /**
   * Assessed (已核算).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   * @param deducted the deductions' total
   * @param refundable what is to be paid back
   */
  record Assessed(DepositId depositId, OfficeId office, Instant at, Money deducted, Money refundable) implements DepositEvent {}

  /**
   * The applicant signed (申请人已签字).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   */
  record ApplicantSigned(DepositId depositId, OfficeId office, Instant at) implements DepositEvent {}

  /**
   * Finance countersigned (财务已会签).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   * @param by who
   */
  record Countersigned(DepositId depositId, OfficeId office, Instant at, StaffId by) implements DepositEvent {}

  /**
   * Approved (已审批).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   * @param by the approver
   * @param refundable what is to be paid back
   */
  record Approved(DepositId depositId, OfficeId office, Instant at, StaffId by, Money refundable) implements DepositEvent {}

  /**
   * The approver refused the refund; the deposit stays held (审批不同意).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   * @param by who refused
   */
  record RefundRejected(DepositId depositId, OfficeId office, Instant at, StaffId by) implements DepositEvent {}

  /**
   * The application was withdrawn (已撤回).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   */
  record Withdrawn(DepositId depositId, OfficeId office, Instant at) implements DepositEvent {}

  /**
   * Settled: the refund paid and the deductions taken (已结清).
   *
   * @param depositId the deposit
   * @param office its office
   * @param at when
   * @param refunded what was paid back
   * @param deducted what was kept
   * @param method how the refund was paid
   */
  record Settled(DepositId depositId, OfficeId office, Instant at, Money refunded, Money deducted, DepositMethod method)
      implements DepositEvent {}
}

package org.propdesk.core.seal;

import java.time.Instant;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * What happened to a registered seal (印章事件). Every event names the seal, its office and the instant.
 * Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface SealEvent extends DomainEvent {
  /** The seal. */
  SealId sealId();

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
    return sealId().value();
  }

  @Override
  default String officeId() {
    return office().value();
  }

  /**
   * Registered, awaiting approval to start (已登记待启用).
   *
   * @param sealId the seal
   * @param office its office
   * @param at when
   * @param sealType its type
   * @param custodian who keeps it
   */
  record Registered(SealId sealId, OfficeId office, Instant at, SealType sealType, StaffId custodian) implements SealEvent {}

  /**
   * A request awaits the general manager (待总经理审批).
   *
   * @param sealId the seal
   * @param office its office
   * @param at when
   * @param kind what is asked
   */
  record Requested(SealId sealId, OfficeId office, Instant at, SealRequestKind kind) implements SealEvent {}

  /**
   * The general manager decided a request (总经理已审批).
   *
   * @param sealId the seal
   * @param office its office
   * @param at when
   * @param kind what was asked
   * @param approved whether it was approved
   * @param by who decided
   */
  record Decided(SealId sealId, OfficeId office, Instant at, SealRequestKind kind, boolean approved, StaffId by) implements SealEvent {}

  /**
   * Reported lost or damaged: out of use at once (已报遗失/损坏).
   *
   * @param sealId the seal
   * @param office its office
   * @param at when
   * @param kind lost or damaged
   * @param noticeRequired whether a newspaper notice is required
   */
  record LossReported(SealId sealId, OfficeId office, Instant at, LossKind kind, boolean noticeRequired) implements SealEvent {}

  /**
   * The newspaper notice was recorded (已登报).
   *
   * @param sealId the seal
   * @param office its office
   * @param at when
   */
  record NoticeRecorded(SealId sealId, OfficeId office, Instant at) implements SealEvent {}

  /**
   * A replacement was registered (已补刻).
   *
   * @param sealId the seal replaced
   * @param office its office
   * @param at when
   * @param replacement the new seal
   */
  record Replaced(SealId sealId, OfficeId office, Instant at, SealId replacement) implements SealEvent {}

  /**
   * Another custodian took it over (已更换保管人).
   *
   * @param sealId the seal
   * @param office its office
   * @param at when
   * @param custodian the new custodian
   */
  record CustodianChanged(SealId sealId, OfficeId office, Instant at, StaffId custodian) implements SealEvent {}
}

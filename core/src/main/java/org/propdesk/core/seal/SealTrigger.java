package org.propdesk.core.seal;

/**
 * What can happen to a registered seal (印章操作).
 *
 * @since 0.1.0
 */
public enum SealTrigger {
  /** Someone asks again to start using it after a refusal (申请启用). */
  REQUEST_START,
  /** The general manager approves starting to use it (批准启用). */
  APPROVE_START,
  /** Someone asks to stop using it (申请停用). */
  REQUEST_STOP,
  /** The general manager approves stopping it (批准停用). */
  APPROVE_STOP,
  /** Its loss or damage is reported in writing (遗失/损坏报告). */
  REPORT_LOSS,
  /** The general manager approves the loss report (批准遗失处理). */
  APPROVE_LOSS,
  /** The newspaper notice of a lost seal is recorded (登报声明). */
  RECORD_NOTICE,
  /** A replacement seal is registered for it (补刻/更换). */
  REPLACE,
  /** Someone asks to destroy it (申请销毁). */
  REQUEST_DESTRUCTION,
  /** The general manager approves destroying it (批准销毁). */
  APPROVE_DESTRUCTION,
  /** The general manager refuses the pending request (不予批准). */
  REFUSE_REQUEST,
  /** Another custodian takes it over (更换保管人). */
  CHANGE_CUSTODIAN
}

package org.propdesk.core.ticket;

/**
 * What can happen to a repair or incident report (报事报修触发), PROCEDURES §4 and §6: a person's command
 * or, for the {@code *_OVERDUE}, {@code RESOLUTION_NEAR}, {@code FOLLOW_UP_MISSED} and {@code
 * UNRATED_TIMEOUT} triggers, the system's timer sweep.
 *
 * @since 0.1.0
 */
public enum TicketTrigger {
  /** The first reply to the owner, or a later one (答复). */
  REPLY,
  /** A follow-up contact with the owner (跟进联系). */
  FOLLOW_UP,
  /** Sent to a technician (派工). */
  DISPATCH,
  /** Handed to another technician; the clocks keep running (转派). */
  TRANSFER,
  /** The technician takes the job (接单). */
  ACCEPT,
  /** The technician arrives (到场). */
  ARRIVE,
  /** The work starts (开始维修). */
  START,
  /** Waiting for parts or the owner (暂停). */
  PAUSE,
  /** The work goes on (恢复). */
  RESUME,
  /** The technician reports the work done (完工). */
  COMPLETE,
  /** The owner signs the work off and no callback is due: closed (业主验收签字). */
  OWNER_SIGN_OFF,
  /** The owner signs the work off and a callback is due (业主验收签字，待回访). */
  OWNER_SIGN_OFF_FOR_CALLBACK,
  /** The owner does not accept the work: it goes on (业主验收不通过). */
  OWNER_REFUSE,
  /** Nobody signed within the time allowed: the callback is due (未评价转回访). */
  UNRATED_TIMEOUT,
  /** The callback found the owner satisfied (回访满意). */
  CALLBACK_SATISFIED,
  /** The callback found the owner unsatisfied: the work reopens (回访不满意，返修). */
  CALLBACK_UNSATISFIED,
  /** The owner could not be reached (回访未接通). */
  CALLBACK_UNREACHABLE,
  /** Closed by the supervisor after the owner could not be reached (联系不上，主管关闭). */
  CLOSE_UNREACHABLE,
  /** Rejected with a reason (驳回). */
  REJECT,
  /** Cancelled with a reason (取消). */
  CANCEL,
  /** The first reply was not given in time (首次答复超时). */
  FIRST_REPLY_OVERDUE,
  /** A day of an open report passed without contact (漏跟进). */
  FOLLOW_UP_MISSED,
  /** Not dispatched in time (派工超时). */
  DISPATCH_OVERDUE,
  /** The technician was not on site in time (到场超时). */
  ARRIVAL_OVERDUE,
  /** The resolution deadline is near (即将超时预警). */
  RESOLUTION_NEAR,
  /** The resolution deadline passed (处理超时). */
  RESOLUTION_OVERDUE
}

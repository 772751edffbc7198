package org.propdesk.core.complaint;

/**
 * What moves a complaint (投诉操作); see {@link ComplaintLifecycle#TABLE} for who may fire each.
 *
 * @since 0.1.0
 */
public enum ComplaintTrigger {
  /** Judged valid (判定有效): classified and routed. */
  JUDGE_VALID,
  /**
   * A property assistant proposes a judgement (判定建议); the complaint still awaits a judge (PROCEDURES
   * §5 Scope).
   */
  PROPOSE_JUDGEMENT,
  /** Judged invalid (判定无效), with a reason. */
  JUDGE_INVALID,
  /**
   * An invalid judgement reversed (撤销无效判定) by the office director or the service centre, with a
   * reason, within 30 days; the complaint awaits a new judgement, its clocks from the original report.
   */
  REVERSE_INVALID,
  /** Registered as a repeat of an open complaint and merged into it. */
  LINK_AS_REPEAT,
  /** Said something to the owner (答复); the first one is the first reply (首次回复). */
  REPLY,
  /** A daily follow-up contact with the owner (跟进). */
  FOLLOW_UP,
  /** The owner raised the same matter again (重复投诉). */
  REPEAT_RAISED,
  /** Resolution recorded (处理完毕). */
  RESOLVE,
  /** Callback (回访): satisfied; closes a non-major complaint. */
  CALLBACK_SATISFIED,
  /** Callback (回访): satisfied; a major complaint then awaits the general manager's sign-off. */
  CALLBACK_SATISFIED_MAJOR,
  /** Callback (回访): unsatisfied; reopens the complaint. */
  CALLBACK_UNSATISFIED,
  /** Callback (回访): the owner could not be reached; try again later. */
  CALLBACK_UNREACHABLE,
  /** The general manager signs a major complaint off (总经理签批). */
  SIGN_OFF,
  /** The general manager refuses the sign-off, with a reason; the complaint goes back to handling. */
  REFUSE_SIGN_OFF,
  /**
   * The customer supervisor closes a resolved complaint whose owner was unreachable on 3 callback
   * attempts on 3 different days (业主无法联系，结案), with a reason.
   */
  CLOSE_OWNER_UNREACHABLE,
  /** Manual upgrade of the class (升级) by an actor with authority. */
  UPGRADE,
  /** Manual downgrade of the class (降级), with authority and a reason. */
  DOWNGRADE,
  /** Automatic upgrade to major when unresolved one month after registration (criterion c). */
  AUTO_UPGRADE,
  /** The first-reply deadline passed with nothing said to the owner (首次回复超时). */
  FIRST_REPLY_OVERDUE,
  /** A calendar day passed without a contact with the owner (漏跟进). */
  FOLLOW_UP_MISSED,
  /**
   * Nobody judged the complaint by the end of its first working day (搁置未判定, PROCEDURES §4-5): an
   * alarm, recorded once.
   */
  JUDGEMENT_OVERDUE,
  /**
   * A handling time agreed with the owner (确定具体处理时间), or renegotiated with a reason (PROCEDURES
   * §4).
   */
  AGREE_HANDLING_TIME,
  /** The department or person complained about recorded or corrected (被投诉部门/人员). */
  RECORD_COMPLAINED_ABOUT,
  /** The agreed handling time passed with the matter unresolved (约定时间已过): an alarm. */
  AGREED_TIME_PASSED,
  /** The resolution target is near (处理时限预警): a warning. */
  RESOLUTION_TARGET_NEAR,
  /** The resolution target passed with the complaint unresolved (处理超时): an alarm. */
  RESOLUTION_TARGET_MISSED,
  /**
   * A repair or incident report was opened from the complaint (投诉转报修), e.g. a complaint about a
   * broken light, through the repair procedure's call port.
   */
  OPEN_REPAIR_REPORT
}

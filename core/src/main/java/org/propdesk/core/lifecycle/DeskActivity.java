package org.propdesk.core.lifecycle;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.FrontDeskId;

/**
 * One item of a front desk's procedure-neutral activity feed (前台工作动态): something a procedure's
 * record did at a desk, in terms every procedure shares. Supervision (the daily work log, 日清) counts
 * these without knowing which procedure produced them.
 *
 * <p>Carries ids only, never personal data. Immutable and thread-safe; every part is non-null.
 *
 * @param type the record's aggregate type, e.g. {@code "complaint"} or {@code "visit"}
 * @param recordId the record's id
 * @param desk the desk it belongs to
 * @param kind what happened
 * @param at when it happened; for a state at a day's end, the day's last millisecond
 * @since 0.1.0
 */
public record DeskActivity(String type, String recordId, FrontDeskId desk, Kind kind, Instant at) {
  /** What happened, as supervision counts it. */
  public enum Kind {
    /** A matter was received at the desk (受理). */
    RECEIVED,
    /** A first reply given within its limit (及时首次答复). */
    FIRST_REPLY_ON_TIME,
    /** A first reply given after its limit (超时首次答复). */
    FIRST_REPLY_LATE,
    /** A deadline passed with nothing done, and an alarm was raised (超时告警). */
    ALARM,
    /** A contact with the owner or visitor: a reply or follow-up (联系). */
    CONTACT,
    /** A day passed without the required follow-up (漏跟进). */
    MISSED_FOLLOW_UP,
    /** The matter was closed (关闭). */
    CLOSED,
    /** The matter was still open when the day ended (日终未结). */
    OPEN_AT_END_OF_DAY,
    /** Something the supervisor must look at, e.g. a visitor still on site at closing (异常). */
    FLAGGED
  }

  /** Checks the parts. */
  public DeskActivity {
    type = Check.id("type", type);
    recordId = Check.id("recordId", recordId);
    Check.present("desk", desk);
    Check.present("kind", kind);
    Check.present("at", at);
  }
}

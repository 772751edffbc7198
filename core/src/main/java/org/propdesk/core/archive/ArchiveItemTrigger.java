package org.propdesk.core.archive;

/**
 * What can happen to an archive item (档案操作).
 *
 * @since 0.1.0
 */
public enum ArchiveItemTrigger {
  /** An expected file is filed (归档). */
  FILE,
  /** The sweep finds an expected owner's file late (逾期未归档). */
  FILING_OVERDUE,
  /** It moves to another location (移库). */
  MOVE,
  /** It is issued on a loan (借出). */
  LEND,
  /** It comes back from its loan (归还). */
  RETURN,
  /** It is listed for destruction after its retention (列入销毁清单). */
  LIST_FOR_DESTRUCTION,
  /** The director or the general manager approves its destruction (批准销毁). */
  APPROVE_DESTRUCTION,
  /** It is taken off the destruction list (撤出销毁清单). */
  CANCEL_DESTRUCTION,
  /** It is destroyed before at least two witnesses (销毁). */
  DESTROY
}

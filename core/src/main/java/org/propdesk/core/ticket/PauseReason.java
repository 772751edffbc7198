package org.propdesk.core.ticket;

/**
 * Why work stands still (暂停原因), PROCEDURES §6: the resolution clock stops while it does.
 *
 * @since 0.1.0
 */
public enum PauseReason {
  /** Waiting for parts (等待配件). */
  WAITING_FOR_PARTS,
  /** Waiting for the owner: access, a decision, their presence (等待业主). */
  WAITING_FOR_OWNER,
  /** Waiting for a third party, e.g. the utility or the developer's contractor (等待第三方). */
  WAITING_FOR_THIRD_PARTY
}

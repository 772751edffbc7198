package org.propdesk.core.deposit;

/**
 * What a deposit secures (押金类型), PROCEDURES §8.
 *
 * @since 0.1.0
 */
public enum DepositType {
  /** Renovation deposit (装修押金/保证金): its refund needs a passed renovation acceptance. */
  RENOVATION,
  /** Pass and permit deposits (出入证、施工证、停车证押金). */
  PASS_PERMIT,
  /** Borrowed-equipment deposit (借用物品押金). */
  BORROWED_EQUIPMENT,
  /** Rental deposit (租赁押金). */
  RENTAL,
  /** Contract deposit (合同押金/保证金). */
  CONTRACT
}

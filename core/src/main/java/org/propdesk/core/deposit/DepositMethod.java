package org.propdesk.core.deposit;

/**
 * How deposit money moves (收付方式): cash or bank transfer only, PROCEDURES §8.
 *
 * @since 0.1.0
 */
public enum DepositMethod {
  /** Cash (现金). */
  CASH,
  /** Bank transfer (转账). */
  TRANSFER
}

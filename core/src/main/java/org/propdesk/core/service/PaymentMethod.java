package org.propdesk.core.service;

/**
 * How the owner paid (收费方式).
 *
 * @since 0.1.0
 */
public enum PaymentMethod {
  /** Cash (现金). */
  CASH,
  /** Bank transfer (银行转账). */
  BANK_TRANSFER,
  /** WeChat Pay (微信支付). */
  WECHAT_PAY,
  /** Alipay (支付宝). */
  ALIPAY,
  /** Bank card at a POS terminal (刷卡). */
  BANK_CARD
}

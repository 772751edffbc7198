package org.propdesk.core.service;

/**
 * What can happen to a price list (收费标准触发).
 *
 * @since 0.1.0
 */
public enum PriceListTrigger {
  /** A new version is published (发布新版本). */
  PUBLISH,
  /** The list is withdrawn (停用). */
  WITHDRAW
}

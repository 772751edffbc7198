package org.propdesk.core.service;

/**
 * What kind of paid service an owner asks for (特约服务类别), PROCEDURES §12.
 *
 * @since 0.1.0
 */
public enum ServiceKind {
  /** Repairs inside the unit (户内维修). */
  REPAIR,
  /** Housekeeping (家政服务). */
  HOUSEKEEPING,
  /** Cleaning, e.g. weekly (保洁). */
  CLEANING,
  /** Appliance installation (家电安装). */
  APPLIANCE_INSTALLATION,
  /** Anything else the price list offers (其他). */
  OTHER
}

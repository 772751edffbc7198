package org.propdesk.core.complaint;

/**
 * What a complaint is about (投诉类型), used for routing to departments and for reports.
 *
 * @since 0.1.0
 */
public enum ComplaintCategory {
  /** Repairs and maintenance (维修). */
  REPAIRS,
  /** Cleaning (保洁). */
  CLEANING,
  /** Security and order (安全/秩序). */
  SECURITY,
  /** Greening (绿化). */
  GREENING,
  /** Parking (停车). */
  PARKING,
  /** Noise (噪音). */
  NOISE,
  /** Fees and charges (收费). */
  FEES,
  /** Staff conduct and attitude (服务态度). */
  STAFF_CONDUCT,
  /** Shared facilities and equipment (公共设施设备). */
  FACILITIES,
  /** Renovation by neighbours (装修). */
  RENOVATION,
  /** Anything else (其他). */
  OTHER
}

package org.propdesk.core.complaint;

/**
 * The department of a management office a complaint is about (被投诉部门), PROCEDURES §5 "Who handles":
 * its head is told and assists, and the complaint analysis report counts complaints per department.
 * An enum: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Department {
  /** Customer service and the front desk (客服部/前台). */
  CUSTOMER_SERVICE,
  /** Engineering and repairs (工程部). */
  ENGINEERING,
  /** Security and order (秩序维护部). */
  SECURITY,
  /** Cleaning (保洁部). */
  CLEANING,
  /** Greening (绿化部). */
  GREENING,
  /** Finance and charges (财务部). */
  FINANCE,
  /** Administration (行政/综合部). */
  ADMINISTRATION,
  /** Another department or an outside contractor (其他). */
  OTHER
}

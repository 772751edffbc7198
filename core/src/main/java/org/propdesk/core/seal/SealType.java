package org.propdesk.core.seal;

/**
 * The kinds of seal a company keeps (印章类型), PROCEDURES §10.
 *
 * @since 0.1.0
 */
public enum SealType {
  /** The company seal (公章). */
  COMPANY,
  /** The legal representative's seal (法定代表人章). */
  LEGAL_REPRESENTATIVE,
  /** The finance seal (财务专用章). */
  FINANCE,
  /** The contract seal (合同专用章). */
  CONTRACT,
  /** A management office's seal (管理处章), kept by the office director. */
  OFFICE
}

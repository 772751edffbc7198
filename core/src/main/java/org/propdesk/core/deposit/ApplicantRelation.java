package org.propdesk.core.deposit;

/**
 * Who applies for a refund, relative to the deposit (申请人身份), PROCEDURES §8.
 *
 * @since 0.1.0
 */
public enum ApplicantRelation {
  /** The payer named on the receipt (交款人). */
  PAYER,
  /** An owner of the unit, as the directory lists them (业主). */
  OWNER,
  /** A tenant of the unit, as the directory lists them (租户). */
  TENANT,
  /** Anyone else, e.g. an agent: finance must countersign (代办人/其他，须财务会签). */
  OTHER
}

package org.propdesk.core.owner;

/**
 * How a resident (住户) relates to a unit.
 *
 * @since 0.1.0
 */
public enum ResidentKind {
  /** The owner (业主). */
  OWNER,
  /** A tenant (租户). */
  TENANT,
  /** A family member of the owner (家属). */
  FAMILY_MEMBER
}

package org.propdesk.core.archive;

/**
 * Where an archive item stands (档案状态).
 *
 * @since 0.1.0
 */
public enum ArchiveItemState {
  /** Expected: an owner's file due after move-in, not yet filed (待归档). */
  EXPECTED,
  /** Filed at its location (在库). */
  FILED,
  /** Lent out on one loan (借出). */
  ON_LOAN,
  /** Listed for destruction after its retention (待销毁). */
  LISTED_FOR_DESTRUCTION,
  /** Destroyed before witnesses (已销毁). */
  DESTROYED
}

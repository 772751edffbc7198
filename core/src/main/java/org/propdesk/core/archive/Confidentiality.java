package org.propdesk.core.archive;

/**
 * How an archive item is guarded (密级).
 *
 * @since 0.1.0
 */
public enum Confidentiality {
  /** Ordinary (普通): read in the room, taken out with the director's approval. */
  ORDINARY,
  /** Internal (内部): as ordinary, for staff only. */
  INTERNAL,
  /** Confidential (机密): read in the room only; it never leaves and is never copied. */
  CONFIDENTIAL
}

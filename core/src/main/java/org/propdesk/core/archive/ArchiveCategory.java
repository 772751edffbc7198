package org.propdesk.core.archive;

/**
 * What an archive item belongs to (档案类别), PROCEDURES §9.
 *
 * @since 0.1.0
 */
public enum ArchiveCategory {
  /** An owner's file: move-in papers, ID copies, inspection, renovation, repair and complaint records (业主档案). */
  OWNER_FILE,
  /** A takeover file: drawings, equipment certificates (接管验收档案). */
  TAKEOVER_FILE,
  /** An office file (管理处档案). */
  OFFICE_FILE
}

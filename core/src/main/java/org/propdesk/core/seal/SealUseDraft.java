package org.propdesk.core.seal;

import org.propdesk.core.common.Check;

/**
 * A request to use a seal (用印申请): which seal, for which department or unit, on which document, for
 * what, and how many copies. Immutable and thread-safe.
 *
 * @param seal the seal
 * @param department the requesting department or unit (用印单位), one line of at most 50 characters
 * @param document the document's title (文件名称), one line of at most 200 characters
 * @param purpose what it is for, at most 200 characters
 * @param copies how many copies to stamp, 1-{@value #MAX_COPIES}
 * @since 0.1.0
 */
public record SealUseDraft(SealId seal, String department, String document, String purpose, int copies) {
  /** The most copies one request may ask for. */
  public static final int MAX_COPIES = 500;

  /** Checks the parts. */
  public SealUseDraft {
    Check.present("seal", seal);
    department = Check.line("department", department, 50);
    document = Check.line("document", document, 200);
    purpose = Check.text("purpose", purpose, 200);
    Check.that(copies >= 1 && copies <= MAX_COPIES, "copies", "must be 1-" + MAX_COPIES);
  }
}

package org.propdesk.core.estate;

import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;

/**
 * An estate (小区/项目), run by one management office.
 *
 * @param id the estate
 * @param name its name
 * @param office the management office that runs it
 * @since 0.1.0
 */
public record Estate(EstateId id, String name, OfficeId office) {
  /** Checks the parts. */
  public Estate {
    Check.present("id", id);
    name = Check.text("name", name, 200);
    Check.present("office", office);
  }
}

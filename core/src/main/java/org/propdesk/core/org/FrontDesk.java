package org.propdesk.core.org;

import org.propdesk.core.common.Check;

/**
 * A front desk (前台) of a management office, where complaints are received.
 *
 * @param id the desk
 * @param name e.g. "North gate desk"
 * @since 0.1.0
 */
public record FrontDesk(FrontDeskId id, String name) {
  /** Checks the parts. */
  public FrontDesk {
    Check.present("id", id);
    name = Check.text("name", name, 200);
  }
}

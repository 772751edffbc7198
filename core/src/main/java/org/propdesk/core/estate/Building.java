package org.propdesk.core.estate;

import org.propdesk.core.common.Check;

/**
 * A building (楼栋) of an estate.
 *
 * @param id the building
 * @param estate its estate
 * @param name e.g. "Building 3" (3栋)
 * @since 0.1.0
 */
public record Building(BuildingId id, EstateId estate, String name) {
  /** Checks the parts. */
  public Building {
    Check.present("id", id);
    Check.present("estate", estate);
    name = Check.text("name", name, 100);
  }
}

package org.propdesk.core.estate;

import org.propdesk.core.common.Check;

/**
 * A unit (房屋/单元) of a building: the home an owner holds.
 *
 * @param id the unit
 * @param building its building
 * @param number the door number, e.g. "1-1203"
 * @since 0.1.0
 */
public record Unit(UnitId id, BuildingId building, String number) {
  /** Checks the parts. */
  public Unit {
    Check.present("id", id);
    Check.present("building", building);
    number = Check.text("number", number, 50);
  }
}

package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.spi.Directory;

/**
 * The contract every {@link Directory} must pass (基础资料契约测试): unknown ids give empty answers,
 * never {@code null} nor an exception, and every office of the company can be looked up. Supply a
 * directory and one unit known to it.
 *
 * @since 0.1.0
 */
public interface DirectoryContract {
  /** The directory under test. */
  Directory newDirectory();

  /** A unit the directory knows. */
  UnitId knownUnit();

  @Test
  default void unknownIdsGiveEmptyAnswers() {
    Directory d = newDirectory();
    assertThat(d.officeOfUnit(UnitId.of("no-such-unit"))).isEmpty();
    assertThat(d.resident(OwnerId.of("no-such-owner"))).isEmpty();
    assertThat(d.staff(StaffId.of("no-such-staff"))).isEmpty();
    assertThat(d.officeOfDesk(org.propdesk.core.org.FrontDeskId.of("no-such-desk"))).isEmpty();
  }

  @Test
  default void everyOfficeIsFoundAndAKnownUnitHasAnOffice() {
    Directory d = newDirectory();
    assertThat(d.company().offices()).isNotEmpty();
    for (ManagementOffice o : d.company().offices()) {
      assertThat(d.office(o.id())).contains(o);
      o.desks().forEach(desk -> assertThat(d.officeOfDesk(desk.id())).as("desk %s", desk.id()).contains(o));
    }
    assertThat(d.officeOfUnit(knownUnit())).isPresent();
    assertThat(d.office(d.officeOfUnit(knownUnit()).orElseThrow())).isPresent();
  }
}

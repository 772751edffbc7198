package org.propdesk.core.spi;

import java.util.Optional;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.Company;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Staff;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.owner.Resident;

/**
 * The directory port (基础资料): the company and its offices, the units and the office that runs each,
 * residents and staff. An ERP host usually answers from its own master data.
 *
 * <p>Implementations must be thread-safe. Lookups return {@link Optional#empty()} for an unknown id and
 * never {@code null}; they may raise unchecked exceptions of the host's own when its store fails, which
 * PropDesk lets escape before anything is written. Contract suite: {@code
 * org.propdesk.testkit.DirectoryContract}. Built-in: {@code org.propdesk.core.memory.InMemoryDirectory}.
 *
 * @since 0.1.0
 */
public interface Directory {
  /** The company. */
  Company company();

  /** The management office with this id. */
  default Optional<ManagementOffice> office(OfficeId id) {
    return company().offices().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** The management office that runs the front desk. */
  default Optional<ManagementOffice> officeOfDesk(FrontDeskId desk) {
    return company().offices().stream().filter(o -> o.runs(desk)).findFirst();
  }

  /** The management office that runs the unit's estate. */
  Optional<OfficeId> officeOfUnit(UnitId unit);

  /** A resident (owner, tenant or family member). */
  Optional<Resident> resident(OwnerId id);

  /** A staff member. */
  Optional<Staff> staff(StaffId id);
}

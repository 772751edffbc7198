package org.propdesk.core.org;

import java.util.Set;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.PhoneNumber;

/**
 * A staff member (员工) with the roles they hold and, unless company-wide, their office.
 *
 * <p>Immutable and thread-safe; {@code toString} masks the phone number.
 *
 * @param id the staff member
 * @param name their name
 * @param office their office; empty for service-centre staff and the general manager
 * @param roles their roles, never empty
 * @param phone a work phone, if known (personal data)
 * @since 0.1.0
 */
public record Staff(
    StaffId id, String name, Optional<OfficeId> office, Set<Role> roles, Optional<PhoneNumber> phone) {
  /** Checks the parts. */
  public Staff {
    Check.present("id", id);
    name = Check.text("name", name, 100);
    Check.present("office", office);
    roles = ImmutableSet.copyOf(Check.present("roles", roles));
    Check.that(!roles.isEmpty(), "roles", "must name at least one role");
    Check.that(!roles.contains(Role.SYSTEM), "roles", "SYSTEM is not a staff role");
    Check.present("phone", phone);
  }

  /** This staff member acting in all their roles. */
  public Actor asActor() {
    return new Actor(id, name, office, roles);
  }
}

package org.propdesk.core.org;

import java.util.Set;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Optional;
import org.propdesk.core.common.Check;

/**
 * A staff member acting in an office with roles (执行人): who fires a command.
 *
 * <p>Invariants: at least one role; {@link Role#SYSTEM} only alone, never with a person's roles; an
 * actor has an {@link #office()} unless it has company-wide
 * scope, which the service centre (客户服务中心), the general manager and the system sweep have.
 * Company-wide actors see every office (and every such read is journaled); others see only their own
 * office. An actor is a claim: the kernel checks it against the directory before every command and
 * read. Immutable and thread-safe.
 *
 * @param staffId who
 * @param name the staff member's name, recorded as the handler (处理人)
 * @param office the office they act in; empty for company-wide actors
 * @param roles the roles they act in, never empty
 * @since 0.1.0
 */
public record Actor(StaffId staffId, String name, Optional<OfficeId> office, Set<Role> roles) {
  private static final Actor SYSTEM =
      new Actor(StaffId.of("system"), "PropDesk", Optional.empty(), ImmutableSet.of(Role.SYSTEM));

  /** Checks the parts. */
  public Actor {
    Check.present("staffId", staffId);
    name = Check.text("name", name, 100);
    Check.present("office", office);
    roles = ImmutableSet.copyOf(Check.present("roles", roles));
    Check.that(!roles.isEmpty(), "roles", "must name at least one role");
    Check.that(!roles.contains(Role.SYSTEM) || roles.size() == 1, "roles",
        "SYSTEM is never combined with a person's roles");
    boolean companyWide = isCompanyWide(roles);
    Check.that(
        companyWide || office.isPresent(),
        "office",
        "must be given unless the actor is service-centre staff or the general manager");
  }

  /** A staff member acting in an office. */
  public static Actor inOffice(StaffId staffId, String name, OfficeId office, Role... roles) {
    return new Actor(staffId, name, Optional.of(office), ImmutableSet.copyOf(roles));
  }

  /** A staff member with company-wide scope (service centre or general manager). */
  public static Actor companyWide(StaffId staffId, String name, Role... roles) {
    return new Actor(staffId, name, Optional.empty(), ImmutableSet.copyOf(roles));
  }

  /** The actor PropDesk's own timer sweep acts as. */
  public static Actor system() {
    return SYSTEM;
  }

  private static boolean isCompanyWide(Collection<Role> roles) {
    return roles.contains(Role.SERVICE_CENTRE)
        || roles.contains(Role.GENERAL_MANAGER)
        || roles.contains(Role.SYSTEM);
  }

  /** Whether the actor sees every office. */
  public boolean isCompanyWide() {
    return isCompanyWide(roles);
  }

  /** Whether the actor may see records of {@code officeId}. */
  public boolean canSee(OfficeId officeId) {
    return isCompanyWide() || office.map(officeId::equals).orElse(false);
  }

  /** Whether the actor holds the role. */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The highest authority rank among the actor's roles. */
  public int authority() {
    return roles.stream().mapToInt(Role::authority).max().orElse(0);
  }

  @Override
  public String toString() {
    return name + " (" + staffId + ", " + office.map(OfficeId::value).orElse("company") + ", " + roles + ")";
  }
}

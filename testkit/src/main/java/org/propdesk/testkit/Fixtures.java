package org.propdesk.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.ZoneId;
import java.util.Optional;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.estate.Building;
import org.propdesk.core.estate.BuildingId;
import org.propdesk.core.estate.Estate;
import org.propdesk.core.estate.EstateId;
import org.propdesk.core.estate.Unit;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.memory.InMemoryDirectory;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Company;
import org.propdesk.core.org.CompanyId;
import org.propdesk.core.org.FrontDesk;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.Staff;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.owner.Resident;

/**
 * A small, fixed company for tests (测试数据): two offices {@code O-1} and {@code O-2} in Asia/Shanghai,
 * each with one desk {@code D-n}, one estate, one building and {@value #UNITS_PER_OFFICE} units
 * {@code U-n-k} owned by owners {@code P-n-k}, and one staff member per role. Ids are predictable so
 * that tests read plainly. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Fixtures {
  /** Units (and owners) per office. */
  public static final int UNITS_PER_OFFICE = 20;

  /** The zone of every office. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Office 1. */
  public static final OfficeId OFFICE_1 = OfficeId.of("O-1");

  /** Office 2. */
  public static final OfficeId OFFICE_2 = OfficeId.of("O-2");

  private static final InMemoryDirectory DIRECTORY = build();

  private Fixtures() {}

  /** The directory. */
  public static InMemoryDirectory directory() {
    return DIRECTORY;
  }

  /** Office {@code n}'s front desk. */
  public static FrontDeskId desk(OfficeId office) {
    return FrontDeskId.of("D-" + office.value().substring(2));
  }

  /** Unit {@code k} (1-based) of the office. */
  public static UnitId unit(OfficeId office, int k) {
    return UnitId.of("U-" + office.value().substring(2) + "-" + k);
  }

  /** The owner of unit {@code k} of the office. */
  public static OwnerId owner(OfficeId office, int k) {
    return OwnerId.of("P-" + office.value().substring(2) + "-" + k);
  }

  /** A staff member of the office acting in {@code role}. */
  public static Actor actor(OfficeId office, Role role) {
    return DIRECTORY.staff(staffId(office, role)).orElseThrow().asActor();
  }

  /** The front-desk clerk of the office. */
  public static Actor clerk(OfficeId office) {
    return actor(office, Role.FRONT_DESK_CLERK);
  }

  /** The property assistant of the office. */
  public static Actor assistant(OfficeId office) {
    return actor(office, Role.PROPERTY_ASSISTANT);
  }

  /** The customer supervisor of the office. */
  public static Actor supervisor(OfficeId office) {
    return actor(office, Role.CUSTOMER_SUPERVISOR);
  }

  /** The office director. */
  public static Actor director(OfficeId office) {
    return actor(office, Role.OFFICE_DIRECTOR);
  }

  /** The office's security guard (may not reply to owners). */
  public static Actor guard(OfficeId office) {
    return actor(office, Role.SECURITY_GUARD);
  }

  /** The office's engineering technician (维修工). */
  public static Actor technician(OfficeId office) {
    return actor(office, Role.ENGINEERING_TECHNICIAN);
  }

  /** A second engineering technician of the office, to transfer jobs to (转派). */
  public static Actor secondTechnician(OfficeId office) {
    return DIRECTORY.staff(StaffId.of("S-" + office.value().substring(2) + "-TECHNICIAN-2")).orElseThrow().asActor();
  }

  /** The office's finance staff member (财务). */
  public static Actor finance(OfficeId office) {
    return actor(office, Role.FINANCE);
  }

  /** The general manager (company-wide). */
  public static Actor generalManager() {
    return DIRECTORY.staff(StaffId.of("S-GM")).orElseThrow().asActor();
  }

  /** A service-centre staff member (company-wide). */
  public static Actor serviceCentre() {
    return DIRECTORY.staff(StaffId.of("S-SC")).orElseThrow().asActor();
  }

  /** A registration at the office's desk by the owner of unit {@code k}. */
  public static Registration.Builder registration(OfficeId office, int k) {
    return Registration.builder()
        .desk(desk(office))
        .channel(Channel.FRONT_DESK)
        .owner(owner(office, k))
        .unit(unit(office, k))
        .contactName("Owner " + k)
        .contactPhone(phone(k))
        .category(ComplaintCategory.REPAIRS)
        .content("The corridor light on my floor has been broken for a week.");
  }

  /** A valid mobile number for owner {@code k}. */
  public static String phone(int k) {
    return String.format("1380013%04d", k);
  }

  private static StaffId staffId(OfficeId office, Role role) {
    return StaffId.of("S-" + office.value().substring(2) + "-" + role.name());
  }

  private static InMemoryDirectory build() {
    InMemoryDirectory.Builder b = InMemoryDirectory.builder();
    ImmutableList.Builder<ManagementOffice> offices = ImmutableList.builder();
    for (OfficeId office : new OfficeId[] {OFFICE_1, OFFICE_2}) {
      String n = office.value().substring(2);
      offices.add(new ManagementOffice(office, "Office " + n, ZONE, ImmutableList.of(new FrontDesk(desk(office), "Desk " + n))));
      EstateId estate = EstateId.of("E-" + n);
      BuildingId building = BuildingId.of("B-" + n);
      b.estate(new Estate(estate, "Estate " + n, office)).building(new Building(building, estate, "Building 1"));
      for (int k = 1; k <= UNITS_PER_OFFICE; k++) {
        b.unit(new Unit(unit(office, k), building, "1-" + (100 + k)));
        b.resident(new Resident(owner(office, k), "Owner " + k, org.propdesk.core.owner.ResidentKind.OWNER,
            ImmutableSet.of(unit(office, k)), Optional.of(org.propdesk.core.common.PhoneNumber.of(phone(k))), Optional.empty()));
      }
      for (Role role : Role.values()) {
        if (role != Role.SYSTEM && role != Role.GENERAL_MANAGER && role != Role.SERVICE_CENTRE) {
          b.staff(new Staff(staffId(office, role), role.name().toLowerCase(java.util.Locale.ROOT) + " " + n,
              Optional.of(office), ImmutableSet.of(role), Optional.empty()));
        }
      }
      b.staff(new Staff(StaffId.of("S-" + n + "-TECHNICIAN-2"), "engineering_technician " + n + "b", Optional.of(office),
          ImmutableSet.of(Role.ENGINEERING_TECHNICIAN), Optional.empty()));
    }
    b.staff(new Staff(StaffId.of("S-GM"), "General Manager", Optional.empty(), ImmutableSet.of(Role.GENERAL_MANAGER), Optional.empty()));
    b.staff(new Staff(StaffId.of("S-SC"), "Service Centre", Optional.empty(), ImmutableSet.of(Role.SERVICE_CENTRE), Optional.empty()));
    b.company(new Company(CompanyId.of("C-1"), "Test Property Co.", "Test Group", offices.build()));
    return b.build();
  }
}

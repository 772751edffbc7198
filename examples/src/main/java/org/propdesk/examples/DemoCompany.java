package org.propdesk.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.propdesk.core.common.IdCardNumber;
import org.propdesk.core.common.PhoneNumber;
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
import org.propdesk.core.owner.ResidentKind;

/**
 * The demo's company (示例公司): 绿城物业 with three management offices, each running one estate of
 * four buildings, two front desks, one staff member per role, and owners with generated (valid,
 * fictitious) phone and ID numbers. Staff ids are the office and the role, e.g. {@code O1-front_desk}
 * ({@code gm} and {@code centre} company-wide). Immutable and thread-safe.
 */
public final class DemoCompany {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final int UNITS_PER_OFFICE = 80;
  static final List<String> OFFICE_NAMES = List.of("Binjiang Office (滨江管理处)", "Xixi Office (西溪管理处)", "Qianjiang Office (钱江管理处)",
      "Gongshu Office (拱墅管理处)", "Shangcheng Office (上城管理处)", "Xiaoshan Office (萧山管理处)", "Yuhang Office (余杭管理处)",
      "Linping Office (临平管理处)", "Fuyang Office (富阳管理处)", "Lin'an Office (临安管理处)");
  /** The most offices a demo company has: one per name above. */
  static final int MAX_OFFICES = OFFICE_NAMES.size();

  final InMemoryDirectory directory;
  final ImmutableList<ManagementOffice> offices;

  /** The company with three offices, built afresh: the same every time. */
  public DemoCompany() {
    this(3);
  }

  /**
   * The company with {@code officeCount} offices (1 to {@link #MAX_OFFICES}), built afresh: the same
   * every time for the same count.
   */
  DemoCompany(int officeCount) {
    if (officeCount < 1 || officeCount > MAX_OFFICES) {
      throw new IllegalArgumentException("a demo company has 1 to " + MAX_OFFICES + " offices, not " + officeCount);
    }
    InMemoryDirectory.Builder b = InMemoryDirectory.builder();
    ImmutableList.Builder<ManagementOffice> offices = ImmutableList.builder();
    for (int o = 1; o <= officeCount; o++) {
      OfficeId office = OfficeId.of("O" + o);
      offices.add(new ManagementOffice(office, OFFICE_NAMES.get(o - 1), ZONE, ImmutableList.of(
          new FrontDesk(FrontDeskId.of("O" + o + "-desk-A"), "Lobby desk (大堂前台)"),
          new FrontDesk(FrontDeskId.of("O" + o + "-desk-B"), "Gate desk (南门前台)"))));
      EstateId estate = EstateId.of("O" + o + "-estate");
      b.estate(new Estate(estate, OFFICE_NAMES.get(o - 1).split(" ")[0] + " Garden", office));
      for (int bd = 1; bd <= 4; bd++) {
        b.building(new Building(BuildingId.of("O" + o + "-B" + bd), estate, "Building " + bd));
      }
      for (int u = 1; u <= UNITS_PER_OFFICE; u++) {
        UnitId unit = unit(office, u);
        b.unit(new Unit(unit, BuildingId.of("O" + o + "-B" + (1 + (u - 1) % 4)), (1 + (u - 1) % 4) + "-" + (100 + u)));
        b.resident(new Resident(owner(office, u), "Owner " + o + "-" + u, ResidentKind.OWNER, ImmutableSet.of(unit),
            Optional.of(PhoneNumber.of(String.format(Locale.ROOT, "139%02d%06d", o, u))),
            Optional.of(IdCardNumber.of(idNumber(o * 1000 + u)))));
      }
      for (Role role : Role.values()) {
        if (role != Role.SYSTEM && role != Role.GENERAL_MANAGER && role != Role.SERVICE_CENTRE) {
          b.staff(new Staff(staff(office, role), role.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " of O" + o,
              Optional.of(office), ImmutableSet.of(role), Optional.empty()));
        }
      }
    }
    b.staff(new Staff(StaffId.of("gm"), "General Manager", Optional.empty(), ImmutableSet.of(Role.GENERAL_MANAGER), Optional.empty()));
    b.staff(new Staff(StaffId.of("centre"), "Service Centre", Optional.empty(), ImmutableSet.of(Role.SERVICE_CENTRE), Optional.empty()));
    this.offices = offices.build();
    b.company(new Company(CompanyId.of("lvcheng"), "Lvcheng Property (绿城物业)", "Lvcheng Group (绿城集团)", this.offices));
    this.directory = b.build();
  }

  /** Its staff, offices, units and residents. */
  public InMemoryDirectory directory() {
    return directory;
  }

  static UnitId unit(OfficeId office, int u) {
    return UnitId.of(office + "-U" + u);
  }

  static OwnerId owner(OfficeId office, int u) {
    return OwnerId.of(office + "-P" + u);
  }

  private static StaffId staff(OfficeId office, Role role) {
    return StaffId.of(office + "-" + role.name().toLowerCase(Locale.ROOT));
  }

  Actor actor(OfficeId office, Role role) {
    return directory.staff(staff(office, role)).orElseThrow().asActor();
  }

  Actor serviceCentre() {
    return directory.staff(StaffId.of("centre")).orElseThrow().asActor();
  }

  Actor generalManager() {
    return directory.staff(StaffId.of("gm")).orElseThrow().asActor();
  }

  String phone(OfficeId office, int u) {
    int o = Integer.parseInt(office.value().substring(1));
    return String.format(Locale.ROOT, "139%02d%06d", o, u);
  }

  /** A valid, fictitious ID number: Hangzhou area code, a 1980s birth date, a serial, its check digit. */
  static String idNumber(int serial) {
    String first17 = String.format(Locale.ROOT, "330106198%d%02d%02d%03d", serial % 10, 1 + serial % 12, 1 + serial % 28, serial % 1000);
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * w[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }
}

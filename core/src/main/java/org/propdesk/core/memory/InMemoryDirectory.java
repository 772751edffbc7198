package org.propdesk.core.memory;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.estate.Building;
import org.propdesk.core.estate.BuildingId;
import org.propdesk.core.estate.Estate;
import org.propdesk.core.estate.EstateId;
import org.propdesk.core.estate.Unit;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.Company;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Staff;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.owner.Resident;
import org.propdesk.core.spi.Directory;

/**
 * A directory held in memory (内存基础资料), built once and checked for referential integrity: every
 * estate's office is one of the company's, every building's estate, every unit's building, every
 * resident's units and every staff member's office exist.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryDirectory implements Directory {
  private final Company company;
  private final ImmutableMap<EstateId, Estate> estates;
  private final ImmutableMap<BuildingId, Building> buildings;
  private final ImmutableMap<UnitId, Unit> units;
  private final ImmutableMap<OwnerId, Resident> residents;
  private final ImmutableMap<StaffId, Staff> staff;

  private InMemoryDirectory(Builder b) {
    this.company = Check.present("company", b.company);
    this.estates = ImmutableMap.copyOf(b.estates);
    this.buildings = ImmutableMap.copyOf(b.buildings);
    this.units = ImmutableMap.copyOf(b.units);
    this.residents = ImmutableMap.copyOf(b.residents);
    this.staff = ImmutableMap.copyOf(b.staff);
    for (Estate e : estates.values()) {
      requireOffice(e.office(), "estate " + e.id());
    }
    for (Building bd : buildings.values()) {
      Check.that(estates.containsKey(bd.estate()), "building", bd.id() + " names unknown estate " + bd.estate());
    }
    for (Unit u : units.values()) {
      Check.that(buildings.containsKey(u.building()), "unit", u.id() + " names unknown building " + u.building());
    }
    for (Resident r : residents.values()) {
      for (UnitId u : r.units()) {
        Check.that(units.containsKey(u), "resident", r.id() + " names unknown unit " + u);
      }
    }
    for (Staff s : staff.values()) {
      s.office().ifPresent(o -> requireOffice(o, "staff " + s.id()));
    }
  }

  private void requireOffice(OfficeId office, String who) {
    if (office(office).isEmpty()) {
      throw new InvalidInputException("office", who + " names unknown office " + office);
    }
  }

  /** Starts a directory. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Company company() {
    return company;
  }

  @Override
  public Optional<OfficeId> officeOfUnit(UnitId unit) {
    return Optional.ofNullable(units.get(unit))
        .map(u -> buildings.get(u.building()))
        .map(b -> estates.get(b.estate()))
        .map(Estate::office);
  }

  @Override
  public Optional<Resident> resident(OwnerId id) {
    return Optional.ofNullable(residents.get(id));
  }

  @Override
  public Optional<Staff> staff(StaffId id) {
    return Optional.ofNullable(staff.get(id));
  }

  /** Every unit. */
  public Map<UnitId, Unit> units() {
    return units;
  }

  /** Every resident. */
  public Map<OwnerId, Resident> residents() {
    return residents;
  }

  /** Every staff member. */
  public Map<StaffId, Staff> staffMembers() {
    return staff;
  }

  @Override
  public String toString() {
    return "InMemoryDirectory[" + company.name() + ", " + company.offices().size() + " offices, "
        + units.size() + " units, " + residents.size() + " residents, " + staff.size() + " staff]";
  }

  /** Builds an {@link InMemoryDirectory}. Not thread-safe. Ids must be unique per kind. */
  public static final class Builder {
    private @Nullable Company company;
    private final Map<EstateId, Estate> estates = new LinkedHashMap<>();
    private final Map<BuildingId, Building> buildings = new LinkedHashMap<>();
    private final Map<UnitId, Unit> units = new LinkedHashMap<>();
    private final Map<OwnerId, Resident> residents = new LinkedHashMap<>();
    private final Map<StaffId, Staff> staff = new LinkedHashMap<>();

    private Builder() {}

    /** The company. */
    public Builder company(Company c) {
      company = c;
      return this;
    }

    /** Adds an estate. */
    public Builder estate(Estate e) {
      put(estates, e.id(), e, "estate");
      return this;
    }

    /** Adds a building. */
    public Builder building(Building b) {
      put(buildings, b.id(), b, "building");
      return this;
    }

    /** Adds a unit. */
    public Builder unit(Unit u) {
      put(units, u.id(), u, "unit");
      return this;
    }

    /** Adds a resident. */
    public Builder resident(Resident r) {
      put(residents, r.id(), r, "resident");
      return this;
    }

    /** Adds a staff member. */
    public Builder staff(Staff s) {
      put(staff, s.id(), s, "staff");
      return this;
    }

    private static <K, V> void put(Map<K, V> map, K key, V value, String field) {
      if (map.putIfAbsent(key, value) != null) {
        throw new InvalidInputException(field, "id " + key + " is given twice");
      }
    }

    /**
     * Checks and builds.
     *
     * @throws InvalidInputException when a reference is dangling or the company is missing
     */
    public InMemoryDirectory build() {
      return new InMemoryDirectory(this);
    }
  }
}

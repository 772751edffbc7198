package org.propdesk.core.owner;

import java.util.Set;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.IdCardNumber;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.estate.UnitId;

/**
 * An owner (业主) or other resident (住户) of one or more units.
 *
 * <p>A unit has zero or more owners. Personal data: {@link #phone()} and {@link #idCard()} mask
 * themselves in {@code toString}. Immutable and thread-safe.
 *
 * @param id the person
 * @param name their name
 * @param kind owner, tenant or family member
 * @param units the units they live in or own, never empty
 * @param phone their phone, if known
 * @param idCard their ID card number, if recorded
 * @since 0.1.0
 */
public record Resident(
    OwnerId id,
    String name,
    ResidentKind kind,
    Set<UnitId> units,
    Optional<PhoneNumber> phone,
    Optional<IdCardNumber> idCard) {
  /** Checks the parts. */
  public Resident {
    Check.present("id", id);
    name = Check.text("name", name, 100);
    Check.present("kind", kind);
    units = ImmutableSet.copyOf(Check.present("units", units));
    Check.that(!units.isEmpty(), "units", "a resident lives in or owns at least one unit");
    Check.present("phone", phone);
    Check.present("idCard", idCard);
  }

  /** An owner of the given unit with a phone number and an ID card number, parsed and checked. */
  public static Resident owner(OwnerId id, String name, UnitId unit, String phone, String idCard) {
    return new Resident(
        id,
        name,
        ResidentKind.OWNER,
        ImmutableSet.of(unit),
        Optional.of(PhoneNumber.of(phone)),
        Optional.of(IdCardNumber.of(idCard)));
  }

  /** Whether this person is an owner (not a tenant or family member). */
  public boolean isOwner() {
    return kind == ResidentKind.OWNER;
  }
}

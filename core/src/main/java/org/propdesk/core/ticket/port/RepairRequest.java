package org.propdesk.core.ticket.port;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.owner.OwnerId;

/**
 * What the desk writes down when a repair or incident is reported (报事报修登记), PROCEDURES §4 and §6:
 * when the owner reported it (to the minute), where, what, and what was asked for. Used by the front
 * desk directly and by other procedures through the repair intake port.
 *
 * <p>Invariants: a report of an origin that {@link RepairOrigin#needsReference() needs a reference}
 * names the record that opened it; an appointment is for an agreed visit, otherwise the job is
 * immediate. Immutable and thread-safe; {@code toString} masks the phone. Nothing is {@code null}.
 *
 * @param desk the desk that registers it (its office owns the report)
 * @param origin where it came from
 * @param originRef the complaint or patrol finding that opened it, 1-64 id characters
 * @param unit the unit concerned, if it is inside one
 * @param owner the owner or resident who reported it, if known
 * @param location where exactly, e.g. "卫生间" or "3栋电梯厅", 1-200 characters on one line
 * @param category what it is about
 * @param description what was reported, 1-2000 characters
 * @param contactName whom to call back, 1-50 characters on one line
 * @param contactPhone their phone (personal data)
 * @param paid whether it is paid work (有偿) at the special-service price list, or free (无偿)
 * @param appointmentAt for an agreed visit, when the technician is expected; empty for an immediate job
 * @param reportedAt when the owner reported it, if before the registration (at most 24 hours back)
 * @since 0.1.0
 */
public record RepairRequest(
    FrontDeskId desk,
    RepairOrigin origin,
    Optional<String> originRef,
    Optional<UnitId> unit,
    Optional<OwnerId> owner,
    String location,
    RepairCategory category,
    String description,
    Optional<String> contactName,
    Optional<PhoneNumber> contactPhone,
    boolean paid,
    Optional<Instant> appointmentAt,
    Optional<Instant> reportedAt) {
  /** The longest location. */
  public static final int LOCATION_LENGTH = 200;

  /** The longest description. */
  public static final int DESCRIPTION_LENGTH = 2000;

  /** The longest contact name. */
  public static final int NAME_LENGTH = 50;

  /** Checks the parts and the invariants. */
  public RepairRequest {
    Check.present("desk", desk);
    Check.present("origin", origin);
    Check.present("originRef", originRef);
    originRef = originRef.map(r -> Check.id("originRef", r));
    Check.that(!origin.needsReference() || originRef.isPresent(), "originRef",
        "must name the " + origin.name().toLowerCase(java.util.Locale.ROOT) + " that opened the report");
    Check.present("unit", unit);
    Check.present("owner", owner);
    location = Check.line("location", location, LOCATION_LENGTH);
    Check.present("category", category);
    description = Check.text("description", description, DESCRIPTION_LENGTH);
    Check.present("contactName", contactName);
    contactName = contactName.map(n -> Check.line("contactName", n, NAME_LENGTH));
    Check.present("contactPhone", contactPhone);
    Check.present("appointmentAt", appointmentAt);
    Check.present("reportedAt", reportedAt);
  }

  /** Starts a request. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "RepairRequest{" + desk + ", " + origin + originRef.map(r -> " " + r).orElse("") + ", " + category
        + unit.map(u -> ", unit=" + u).orElse("") + (paid ? ", paid" : ", free")
        + contactPhone.map(p -> ", phone=" + p).orElse("") + "}";
  }

  /** Builds a {@link RepairRequest}: front desk, free and immediate unless told otherwise. Not thread-safe. */
  public static final class Builder {
    private @Nullable FrontDeskId desk;
    private RepairOrigin origin = RepairOrigin.FRONT_DESK;
    private Optional<String> originRef = Optional.empty();
    private Optional<UnitId> unit = Optional.empty();
    private Optional<OwnerId> owner = Optional.empty();
    private @Nullable String location;
    private @Nullable RepairCategory category;
    private @Nullable String description;
    private Optional<String> contactName = Optional.empty();
    private Optional<PhoneNumber> contactPhone = Optional.empty();
    private boolean paid;
    private Optional<Instant> appointmentAt = Optional.empty();
    private Optional<Instant> reportedAt = Optional.empty();

    private Builder() {}

    /** The desk. */
    public Builder desk(FrontDeskId v) {
      desk = Check.present("desk", v);
      return this;
    }

    /** Where it came from (default the front desk). */
    public Builder origin(RepairOrigin v) {
      origin = Check.present("origin", v);
      return this;
    }

    /** Where it came from, and the record that opened it (a complaint or a patrol finding). */
    public Builder origin(RepairOrigin v, String reference) {
      origin = Check.present("origin", v);
      originRef = Optional.of(Check.id("originRef", reference));
      return this;
    }

    /** The unit concerned. */
    public Builder unit(UnitId v) {
      unit = Optional.of(Check.present("unit", v));
      return this;
    }

    /** The owner or resident who reported it. */
    public Builder owner(OwnerId v) {
      owner = Optional.of(Check.present("owner", v));
      return this;
    }

    /** Where exactly. */
    public Builder location(String v) {
      location = v;
      return this;
    }

    /** What it is about. */
    public Builder category(RepairCategory v) {
      category = Check.present("category", v);
      return this;
    }

    /** What was reported. */
    public Builder description(String v) {
      description = v;
      return this;
    }

    /** Whom to call back. */
    public Builder contactName(String v) {
      contactName = Optional.of(Check.line("contactName", v, NAME_LENGTH));
      return this;
    }

    /**
     * Their phone, in any form {@link PhoneNumber#parse} accepts.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming {@code contactPhone}
     */
    public Builder contactPhone(String v) {
      contactPhone = Optional.of(PhoneNumber.parse("contactPhone", v));
      return this;
    }

    /** Paid work (有偿), quoted from the special-service price list. */
    public Builder paid(boolean v) {
      paid = v;
      return this;
    }

    /** An agreed visit at this time instead of an immediate job. */
    public Builder appointmentAt(Instant v) {
      appointmentAt = Optional.of(Check.present("appointmentAt", v));
      return this;
    }

    /** When the owner reported it, if before the registration. */
    public Builder reportedAt(Instant v) {
      reportedAt = Optional.of(Check.present("reportedAt", v));
      return this;
    }

    /**
     * The request.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the first missing or bad part
     */
    public RepairRequest build() {
      return new RepairRequest(Check.present("desk", desk), origin, originRef, unit, owner,
          Check.present("location", location), Check.present("category", category),
          Check.present("description", description), contactName, contactPhone, paid, appointmentAt, reportedAt);
    }
  }
}

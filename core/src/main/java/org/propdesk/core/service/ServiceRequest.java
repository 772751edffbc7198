package org.propdesk.core.service;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.owner.OwnerId;

/**
 * What the desk writes down when an owner asks for a paid service (特约服务受理), PROCEDURES §12.
 * Immutable and thread-safe; {@code toString} masks the phone. Nothing is {@code null}.
 *
 * @param desk the desk that takes it (its office owns the order)
 * @param kind what kind of service
 * @param unit the unit, if the work is inside one
 * @param owner the owner or resident asking, if known
 * @param contactName whom to call, 1-50 characters on one line
 * @param contactPhone their phone (personal data)
 * @param description what is asked for, 1-2000 characters
 * @param requestedAt when the owner asked, if before the registration (at most 24 hours back): the
 *     order is quoted from the price list in force then
 *
 * @since 0.1.0
 */
public record ServiceRequest(FrontDeskId desk, ServiceKind kind, Optional<UnitId> unit, Optional<OwnerId> owner,
    Optional<String> contactName, Optional<PhoneNumber> contactPhone, String description, Optional<Instant> requestedAt) {
  /** Checks the parts. */
  public ServiceRequest {
    Check.present("desk", desk);
    Check.present("kind", kind);
    Check.present("unit", unit);
    Check.present("owner", owner);
    Check.present("contactName", contactName);
    contactName = contactName.map(n -> Check.line("contactName", n, 50));
    Check.present("contactPhone", contactPhone);
    description = Check.text("description", description, 2000);
    Check.present("requestedAt", requestedAt);
  }

  /** Starts a request. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "ServiceRequest{" + desk + ", " + kind + unit.map(u -> ", unit=" + u).orElse("")
        + contactPhone.map(p -> ", phone=" + p).orElse("") + "}";
  }

  /** Builds a {@link ServiceRequest}. Not thread-safe. */
  public static final class Builder {
    private @Nullable FrontDeskId desk;
    private @Nullable ServiceKind kind;
    private Optional<UnitId> unit = Optional.empty();
    private Optional<OwnerId> owner = Optional.empty();
    private Optional<String> contactName = Optional.empty();
    private Optional<PhoneNumber> contactPhone = Optional.empty();
    private @Nullable String description;
    private Optional<Instant> requestedAt = Optional.empty();

    private Builder() {}

    /** The desk. */
    public Builder desk(FrontDeskId v) {
      desk = Check.present("desk", v);
      return this;
    }

    /** The kind of service. */
    public Builder kind(ServiceKind v) {
      kind = Check.present("kind", v);
      return this;
    }

    /** The unit. */
    public Builder unit(UnitId v) {
      unit = Optional.of(Check.present("unit", v));
      return this;
    }

    /** The owner or resident. */
    public Builder owner(OwnerId v) {
      owner = Optional.of(Check.present("owner", v));
      return this;
    }

    /** Whom to call. */
    public Builder contactName(String v) {
      contactName = Optional.of(Check.line("contactName", v, 50));
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

    /** What is asked for. */
    public Builder description(String v) {
      description = v;
      return this;
    }

    /** When the owner asked, if before the registration. */
    public Builder requestedAt(Instant v) {
      requestedAt = Optional.of(Check.present("requestedAt", v));
      return this;
    }

    /**
     * The request.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the first missing or bad part
     */
    public ServiceRequest build() {
      return new ServiceRequest(Check.present("desk", desk), Check.present("kind", kind), unit, owner, contactName, contactPhone,
          Check.present("description", description), requestedAt);
    }
  }
}

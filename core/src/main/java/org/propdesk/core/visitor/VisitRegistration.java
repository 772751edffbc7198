package org.propdesk.core.visitor;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.IdCardNumber;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.StaffId;

/**
 * What the desk writes down when a visitor comes or books (来访登记): who, to see whom, why, and for an
 * appointment (预约) when. Immutable and thread-safe; {@code toString} masks the phone and ID number.
 *
 * @param desk the desk that registers the visit
 * @param visitorName the visitor's name, 1-50 characters
 * @param visitorPhone the visitor's phone, if given (personal data)
 * @param visitorIdCard the visitor's resident ID number, if shown (personal data)
 * @param host the staff member visited (被访人), of the desk's office
 * @param purpose why they come, 1-500 characters
 * @param partySize how many people, 1-50
 * @param appointmentAt for a booked visit, when it is expected; empty for a walk-in
 * @since 0.1.0
 */
public record VisitRegistration(
    FrontDeskId desk,
    String visitorName,
    Optional<PhoneNumber> visitorPhone,
    Optional<IdCardNumber> visitorIdCard,
    StaffId host,
    String purpose,
    int partySize,
    Optional<Instant> appointmentAt) {
  /** The longest visitor name. */
  public static final int NAME_LENGTH = 50;

  /** The longest purpose. */
  public static final int PURPOSE_LENGTH = 500;

  /** The largest party. */
  public static final int MAX_PARTY = 50;

  /** Checks the parts. */
  public VisitRegistration {
    Check.present("desk", desk);
    visitorName = Check.line("visitorName", visitorName, NAME_LENGTH);
    Check.present("visitorPhone", visitorPhone);
    Check.present("visitorIdCard", visitorIdCard);
    Check.present("host", host);
    purpose = Check.text("purpose", purpose, PURPOSE_LENGTH);
    Check.that(partySize >= 1 && partySize <= MAX_PARTY, "partySize", "must be 1-" + MAX_PARTY);
    Check.present("appointmentAt", appointmentAt);
  }

  /** Starts a registration. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VisitRegistration}; phone and ID number are parsed as given. Not thread-safe. */
  public static final class Builder {
    private @Nullable FrontDeskId desk;
    private @Nullable String visitorName;
    private Optional<PhoneNumber> visitorPhone = Optional.empty();
    private Optional<IdCardNumber> visitorIdCard = Optional.empty();
    private @Nullable StaffId host;
    private @Nullable String purpose;
    private int partySize = 1;
    private Optional<Instant> appointmentAt = Optional.empty();

    private Builder() {}

    /** The desk. */
    public Builder desk(FrontDeskId v) {
      desk = v;
      return this;
    }

    /** The visitor's name. */
    public Builder visitorName(String v) {
      visitorName = v;
      return this;
    }

    /**
     * The visitor's phone, in any form {@link PhoneNumber#parse} accepts.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming {@code visitorPhone}
     */
    public Builder visitorPhone(String v) {
      visitorPhone = Optional.of(PhoneNumber.parse("visitorPhone", v));
      return this;
    }

    /**
     * The visitor's resident ID number (GB 11643, check digit verified).
     *
     * @throws org.propdesk.core.common.InvalidInputException naming {@code visitorIdCard}
     */
    public Builder visitorIdCard(String v) {
      visitorIdCard = Optional.of(IdCardNumber.parse("visitorIdCard", v));
      return this;
    }

    /** The staff member visited. */
    public Builder host(StaffId v) {
      host = v;
      return this;
    }

    /** Why they come. */
    public Builder purpose(String v) {
      purpose = v;
      return this;
    }

    /** How many people (default 1). */
    public Builder partySize(int v) {
      partySize = v;
      return this;
    }

    /** For a booked visit, when it is expected. */
    public Builder appointmentAt(Instant v) {
      appointmentAt = Optional.of(Check.present("appointmentAt", v));
      return this;
    }

    /**
     * The registration.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the first missing or bad part
     */
    public VisitRegistration build() {
      return new VisitRegistration(Check.present("desk", desk), Check.present("visitorName", visitorName), visitorPhone,
          visitorIdCard, Check.present("host", host), Check.present("purpose", purpose), partySize, appointmentAt);
    }
  }
}

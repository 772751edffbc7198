package org.propdesk.core.service;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.owner.OwnerId;

/**
 * A recurring service contract to sign (定期服务合同), PROCEDURES §12, e.g. weekly cleaning: for whom,
 * what, at which price per visit (a listed item, or a price a supervisor sets), when the visits fall,
 * for how long, and the owner's signature. Immutable and thread-safe; {@code toString} masks the phone.
 *
 * @param desk the desk that signs it (its office owns it)
 * @param unit the unit served
 * @param owner the owner
 * @param contactName whom to call
 * @param contactPhone their phone (personal data)
 * @param kind what kind of service
 * @param description what each visit does, 1-100 characters on one line
 * @param itemCode the price-list item each visit is priced at; empty for a supervisor's price
 * @param price for a supervisor's price, the price per visit
 * @param schedule when the visits fall
 * @param start the first day of the term
 * @param end the last day of the term, at most a year after the start
 * @param signedBy the name the owner signed with
 * @since 0.1.0
 */
public record ContractDraft(FrontDeskId desk, UnitId unit, OwnerId owner, Optional<String> contactName,
    Optional<PhoneNumber> contactPhone, ServiceKind kind, String description, Optional<String> itemCode, Optional<Money> price,
    VisitSchedule schedule, LocalDate start, LocalDate end, String signedBy) {
  /** Checks the parts: a listed item or a price, not both; a term of one day to a year. */
  public ContractDraft {
    Check.present("desk", desk);
    Check.present("unit", unit);
    Check.present("owner", owner);
    Check.present("contactName", contactName);
    contactName = contactName.map(n -> Check.line("contactName", n, 50));
    Check.present("contactPhone", contactPhone);
    Check.present("kind", kind);
    description = Check.line("description", description, 100);
    Check.present("itemCode", itemCode);
    itemCode = itemCode.map(c -> Check.id("itemCode", c));
    Check.present("price", price);
    Check.that(itemCode.isPresent() != price.isPresent(), "price", "give either a listed item or a price per visit, not both");
    price.ifPresent(p -> Check.that(p.fen() > 0, "price", "must be more than zero"));
    Check.present("schedule", schedule);
    Check.present("start", start);
    Check.present("end", end);
    Check.that(!end.isBefore(start) && !end.isAfter(start.plusYears(1)), "end", "must be on or after the start and at most a year later");
    signedBy = Check.line("signedBy", signedBy, 50);
  }

  /** Starts a draft. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "ContractDraft{" + desk + ", " + unit + ", " + kind + ", " + schedule + ", " + start + ".." + end
        + contactPhone.map(p -> ", phone=" + p).orElse("") + "}";
  }

  /** Builds a {@link ContractDraft}. Not thread-safe. */
  public static final class Builder {
    private @Nullable FrontDeskId desk;
    private @Nullable UnitId unit;
    private @Nullable OwnerId owner;
    private Optional<String> contactName = Optional.empty();
    private Optional<PhoneNumber> contactPhone = Optional.empty();
    private ServiceKind kind = ServiceKind.CLEANING;
    private @Nullable String description;
    private Optional<String> itemCode = Optional.empty();
    private Optional<Money> price = Optional.empty();
    private @Nullable VisitSchedule schedule;
    private @Nullable LocalDate start;
    private @Nullable LocalDate end;
    private @Nullable String signedBy;

    private Builder() {}

    /** The desk. */
    public Builder desk(FrontDeskId v) {
      desk = Check.present("desk", v);
      return this;
    }

    /** The unit served. */
    public Builder unit(UnitId v) {
      unit = Check.present("unit", v);
      return this;
    }

    /** The owner. */
    public Builder owner(OwnerId v) {
      owner = Check.present("owner", v);
      return this;
    }

    /** Whom to call. */
    public Builder contactName(String v) {
      contactName = Optional.of(Check.line("contactName", v, 50));
      return this;
    }

    /** Their phone, in any form {@link PhoneNumber#parse} accepts. */
    public Builder contactPhone(String v) {
      contactPhone = Optional.of(PhoneNumber.parse("contactPhone", v));
      return this;
    }

    /** The kind of service (default cleaning). */
    public Builder kind(ServiceKind v) {
      kind = Check.present("kind", v);
      return this;
    }

    /** What each visit does. */
    public Builder description(String v) {
      description = v;
      return this;
    }

    /** Each visit priced at this listed item. */
    public Builder item(String code) {
      itemCode = Optional.of(Check.present("itemCode", code));
      return this;
    }

    /** Each visit priced by a supervisor at this amount. */
    public Builder price(Money v) {
      price = Optional.of(Check.present("price", v));
      return this;
    }

    /** When the visits fall. */
    public Builder schedule(VisitSchedule v) {
      schedule = Check.present("schedule", v);
      return this;
    }

    /** The term, both days included. */
    public Builder term(LocalDate from, LocalDate to) {
      start = Check.present("start", from);
      end = Check.present("end", to);
      return this;
    }

    /** The owner's signature. */
    public Builder signedBy(String v) {
      signedBy = v;
      return this;
    }

    /**
     * The draft.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the first missing or bad part
     */
    public ContractDraft build() {
      return new ContractDraft(Check.present("desk", desk), Check.present("unit", unit), Check.present("owner", owner), contactName,
          contactPhone, kind, Check.present("description", description), itemCode, price, Check.present("schedule", schedule),
          Check.present("start", start), Check.present("end", end), Check.present("signedBy", signedBy));
    }
  }
}

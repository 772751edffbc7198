package org.propdesk.core.complaint;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.owner.OwnerId;

/**
 * The registration of a complaint (投诉登记), seed 4.5.2: who complained, about which unit, through
 * which channel, what about, and at which desk; when the owner reported it, if earlier than its
 * entry; who it is about, if known; and the complaint it repeats, if the clerk links one.
 *
 * <p>Invariants: content is 1-2000 characters; the contact phone is a valid mainland number.
 * Immutable and thread-safe; {@code toString} masks the phone.
 *
 * @param desk the front desk that received it
 * @param channel how it arrived
 * @param owner the complaining owner or resident
 * @param unit the unit concerned
 * @param contactName the name to address the complainant by
 * @param contactPhone the number to call back (personal data)
 * @param category what it is about
 * @param content what the owner said, in their words
 * @param concernsContractedService whether it concerns a promised or contracted service (承诺或合同约定的服务)
 * @param repeatOf the open complaint it raises again, when the clerk knows it
 * @param reportedAt when the owner reported it (投诉时间), when the clerk enters it later; empty means
 *     now. Every clock runs from it (PROCEDURES §4); registration refuses an instant in the future or
 *     more than 24 hours back
 * @param complainedAbout the department or person complained about (被投诉部门/人员), when known at
 *     registration; it can also be recorded later
 *
 * @since 0.1.0
 */
public record Registration(
    FrontDeskId desk,
    Channel channel,
    OwnerId owner,
    UnitId unit,
    String contactName,
    PhoneNumber contactPhone,
    ComplaintCategory category,
    String content,
    boolean concernsContractedService,
    Optional<ComplaintId> repeatOf,
    Optional<Instant> reportedAt,
    Optional<ComplainedAbout> complainedAbout) {

  /** The longest content accepted, in characters. */
  public static final int MAX_CONTENT = 2000;

  /** Checks the parts. */
  public Registration {
    Check.present("desk", desk);
    Check.present("channel", channel);
    Check.present("owner", owner);
    Check.present("unit", unit);
    contactName = Check.text("contactName", contactName, 100);
    Check.present("contactPhone", contactPhone);
    Check.present("category", category);
    content = Check.text("content", content, MAX_CONTENT);
    Check.present("repeatOf", repeatOf);
    Check.present("reportedAt", reportedAt);
    Check.present("complainedAbout", complainedAbout);
  }

  /** A registration that does not yet say who the complaint is about. */
  public Registration(
      FrontDeskId desk,
      Channel channel,
      OwnerId owner,
      UnitId unit,
      String contactName,
      PhoneNumber contactPhone,
      ComplaintCategory category,
      String content,
      boolean concernsContractedService,
      Optional<ComplaintId> repeatOf,
      Optional<Instant> reportedAt) {
    this(desk, channel, owner, unit, contactName, contactPhone, category, content, concernsContractedService, repeatOf,
        reportedAt, Optional.empty());
  }

  /**
   * A summary without free text or raw personal data: the content and the name may hold anything the
   * owner said, so only their length is shown, and the phone is masked.
   */
  @Override
  public String toString() {
    return "Registration[desk=" + desk + ", channel=" + channel + ", owner=" + owner + ", unit=" + unit
        + ", contactPhone=" + contactPhone + ", category=" + category + ", content=" + content.length() + " chars"
        + ", concernsContractedService=" + concernsContractedService + repeatOf.map(r -> ", repeatOf=" + r).orElse("")
        + reportedAt.map(r -> ", reportedAt=" + r).orElse("")
        + complainedAbout.map(a -> ", complainedAbout=" + a).orElse("") + "]";
  }

  /** A builder; {@link Builder#build()} checks every field. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Registration}. Not thread-safe. */
  public static final class Builder {
    private @Nullable FrontDeskId desk;
    private @Nullable Channel channel;
    private @Nullable OwnerId owner;
    private @Nullable UnitId unit;
    private @Nullable String contactName;
    private @Nullable String contactPhone;
    private @Nullable ComplaintCategory category;
    private @Nullable String content;
    private boolean concernsContractedService;
    private @Nullable ComplaintId repeatOf;
    private @Nullable Instant reportedAt;
    private @Nullable ComplainedAbout complainedAbout;

    private Builder() {}

    /** The receiving desk. */
    public Builder desk(FrontDeskId v) {
      desk = v;
      return this;
    }

    /** The channel. */
    public Builder channel(Channel v) {
      channel = v;
      return this;
    }

    /** The complaining owner. */
    public Builder owner(OwnerId v) {
      owner = v;
      return this;
    }

    /** The unit concerned. */
    public Builder unit(UnitId v) {
      unit = v;
      return this;
    }

    /** The complainant's name. */
    public Builder contactName(String v) {
      contactName = v;
      return this;
    }

    /** The complainant's phone, parsed and checked by {@link #build()}. */
    public Builder contactPhone(String v) {
      contactPhone = v;
      return this;
    }

    /** The category. */
    public Builder category(ComplaintCategory v) {
      category = v;
      return this;
    }

    /** What the owner said. */
    public Builder content(String v) {
      content = v;
      return this;
    }

    /** Whether it concerns a promised or contracted service. */
    public Builder concernsContractedService(boolean v) {
      concernsContractedService = v;
      return this;
    }

    /** The open complaint it raises again. */
    public Builder repeatOf(ComplaintId v) {
      repeatOf = v;
      return this;
    }

    /** When the owner reported it, if before the registration (at most 24 hours back). */
    public Builder reportedAt(Instant v) {
      reportedAt = Check.present("reportedAt", v);
      return this;
    }

    /** Who the complaint is about (被投诉部门/人员), when the owner says so at once. */
    public Builder complainedAbout(ComplainedAbout v) {
      complainedAbout = Check.present("complainedAbout", v);
      return this;
    }

    /**
     * Checks and builds.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the first bad field
     */
    public Registration build() {
      return new Registration(
          Check.present("desk", desk),
          Check.present("channel", channel),
          Check.present("owner", owner),
          Check.present("unit", unit),
          Check.text("contactName", contactName, 100),
          PhoneNumber.parse("contactPhone", contactPhone),
          Check.present("category", category),
          Check.text("content", content, MAX_CONTENT),
          concernsContractedService,
          Optional.ofNullable(repeatOf),
          Optional.ofNullable(reportedAt),
          Optional.ofNullable(complainedAbout));
    }
  }
}

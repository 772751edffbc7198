package org.propdesk.workflows;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.calendar.ChinaWorkCalendar;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notifier;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.WorkCalendar;

/**
 * PropDesk (物业客户服务中心): the facade an ERP host embeds.
 *
 * <pre>{@code
 * PropDesk desk = PropDesk.builder()
 *     .clock(Clock.system(ZoneId.of("Asia/Shanghai")))
 *     .ids(IdSource.timeOrdered(clock))
 *     .storage(InMemoryStorage.create())
 *     .notifier(LoggingNotifier.create())
 *     .directory(myDirectory)
 *     .build();
 * desk.complaints().register(clerk, registration);
 * desk.timers().runDue();        // the host schedules this, e.g. every minute
 * desk.outbox().deliverDue();    // and this, e.g. every few seconds
 * }</pre>
 *
 * <p>Wiring is explicit: there is no service loading. The builder fails fast, naming a part that is
 * missing or set twice. PropDesk starts no thread and reads time only from the given clock.
 * Thread-safe once built.
 */
public final class PropDesk {
  private final Wiring wiring;
  private final ComplaintDesk complaints;
  private final Timers timers;
  private final OutboxRelay outbox;
  private final DailyReviews reviews;
  private final AuditTrail audit;

  private PropDesk(Wiring wiring) {
    this.wiring = wiring;
    wiring.storage().declare(ComplaintEffects.COMPLAINTS.type().schema());
    wiring.storage().declare(DailyReviews.REVIEWS.type().schema());
    this.complaints = new ComplaintDesk(wiring);
    this.timers = new Timers(wiring);
    this.outbox = new OutboxRelay(wiring);
    this.reviews = new DailyReviews(wiring);
    this.audit = new AuditTrail(wiring);
  }

  /** Starts the wiring. */
  public static Builder builder() {
    return new Builder();
  }

  /** Complaint handling (投诉处理). */
  public ComplaintDesk complaints() {
    return complaints;
  }

  /** The SLA timer sweep (时限检查). */
  public Timers timers() {
    return timers;
  }

  /** The outbox relay (通知发送). */
  public OutboxRelay outbox() {
    return outbox;
  }

  /** Daily-clear reviews (日清周结). */
  public DailyReviews reviews() {
    return reviews;
  }

  /** The audit trail (审计追踪). */
  public AuditTrail audit() {
    return audit;
  }

  /** The directory it was built with. */
  public Directory directory() {
    return wiring.directory();
  }

  /** The work calendar it was built with. */
  public WorkCalendar calendar() {
    return wiring.calendar();
  }

  /** The complaint policies it was built with. */
  public ComplaintPolicies complaintPolicies() {
    return wiring.complaintPolicies();
  }

  /** The clock it was built with. */
  public Clock clock() {
    return wiring.clock();
  }

  @Override
  public String toString() {
    return "PropDesk[" + wiring.storage().getClass().getSimpleName() + ", " + wiring.directory().company().name() + "]";
  }

  /**
   * Wires a {@link PropDesk}. Required: {@link #clock}, {@link #ids}, {@link #storage}, {@link
   * #notifier}, {@link #directory}. Optional: {@link #calendar} (default {@link
   * ChinaWorkCalendar#statutory()}), {@link #complaintPolicies} (default {@link
   * ComplaintPolicies#seedDefaults()}), {@link #retryPolicy} (default {@link RetryPolicy#defaults()}).
   * Not thread-safe.
   */
  public static final class Builder {
    private @Nullable Clock clock;
    private @Nullable IdSource ids;
    private @Nullable Storage storage;
    private @Nullable Notifier notifier;
    private @Nullable Directory directory;
    private @Nullable WorkCalendar calendar;
    private @Nullable ComplaintPolicies complaintPolicies;
    private @Nullable RetryPolicy retryPolicy;

    private Builder() {}

    /**
     * The clock every instant comes from.
     *
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder clock(Clock clock) {
      this.clock = once("clock", this.clock, clock);
      return this;
    }

    /**
     * The id source.
     *
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder ids(IdSource ids) {
      this.ids = once("ids", this.ids, ids);
      return this;
    }

    /**
     * The storage.
     *
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder storage(Storage storage) {
      this.storage = once("storage", this.storage, storage);
      return this;
    }

    /**
     * The notifier the outbox relay delivers through.
     *
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder notifier(Notifier notifier) {
      this.notifier = once("notifier", this.notifier, notifier);
      return this;
    }

    /**
     * The directory of offices, units, residents and staff.
     *
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder directory(Directory directory) {
      this.directory = once("directory", this.directory, directory);
      return this;
    }

    /**
     * The work calendar.
     *
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder calendar(WorkCalendar calendar) {
      this.calendar = once("calendar", this.calendar, calendar);
      return this;
    }

    /**
     * The complaint policies.
     *
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder complaintPolicies(ComplaintPolicies policies) {
      this.complaintPolicies = once("complaintPolicies", this.complaintPolicies, policies);
      return this;
    }

    /**
     * The outbox retry policy.
     *
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = once("retryPolicy", this.retryPolicy, policy);
      return this;
    }

    private static <T> T once(String part, @Nullable T current, @Nullable T value) {
      if (value == null) {
        throw new PropDeskConfigurationException(part + " must not be null");
      }
      if (current != null) {
        throw new PropDeskConfigurationException(part + " is set twice; set it once");
      }
      return value;
    }

    private static <T> T required(String part, @Nullable T value, String hint) {
      if (value == null) {
        throw new PropDeskConfigurationException("PropDesk needs " + part + ": call " + part + "(...), e.g. " + hint);
      }
      return value;
    }

    /**
     * Builds.
     *
     * @throws PropDeskConfigurationException naming the first required part that is missing
     */
    public PropDesk build() {
      return new PropDesk(new Wiring(
          required("clock", clock, "Clock.system(ZoneId.of(\"Asia/Shanghai\"))"),
          required("ids", ids, "IdSource.timeOrdered(clock)"),
          required("storage", storage, "InMemoryStorage.create()"),
          required("notifier", notifier, "LoggingNotifier.create()"),
          required("directory", directory, "InMemoryDirectory.builder()...build()"),
          calendar != null ? calendar : ChinaWorkCalendar.statutory(),
          complaintPolicies != null ? complaintPolicies : ComplaintPolicies.seedDefaults(),
          retryPolicy != null ? retryPolicy : RetryPolicy.defaults()));
    }
  }
}

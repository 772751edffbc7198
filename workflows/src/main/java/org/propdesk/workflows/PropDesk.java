package org.propdesk.workflows;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.calendar.ChinaWorkCalendar;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.spi.EventSink;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notifier;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.Telemetry;
import org.propdesk.core.spi.WorkCalendar;
import org.propdesk.workflows.complaint.ComplaintDesk;
import org.propdesk.workflows.complaint.Complaints;
import org.propdesk.workflows.supervision.DailyReviews;

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
 *
 * @since 0.1.0
 */
public final class PropDesk {
  private final Kernel kernel;
  private final Map<String, Object> desks;
  private final Procedure<ComplaintDesk> complaintProcedure;
  private final Timers timers;
  private final OutboxRelay outbox;
  private final AuditTrail audit;
  private final RecordReads records;
  private final Locale staffLocale;
  private final @Nullable ResourceBundle refusalTexts;

  private PropDesk(Kernel kernel, Procedure<ComplaintDesk> complaints, List<Procedure<?>> procedures, Locale staffLocale,
      @Nullable ResourceBundle refusalTexts) {
    this.kernel = kernel;
    this.staffLocale = staffLocale;
    this.refusalTexts = refusalTexts;
    for (AggregateRoute<?> r : kernel.routes()) {
      kernel.storage().declare(r.type().schema());
    }
    Map<Procedure<?>, Object> made = new LinkedHashMap<>();
    for (Procedure<?> p : procedures) {
      made.put(p, p.deskFor(kernel));
    }
    made.forEach((p, d) -> kernel.bindPorts(p.portsOf(d)));
    Map<String, Object> byName = new LinkedHashMap<>();
    made.forEach((p, d) -> byName.put(p.name(), d));
    this.desks = Collections.unmodifiableMap(byName);
    this.complaintProcedure = complaints;
    this.timers = new Timers(kernel);
    this.outbox = new OutboxRelay(kernel);
    this.audit = new AuditTrail(kernel);
    this.records = new RecordReads(kernel);
  }

  /**
   * The language staff are addressed in: Simplified Chinese unless the builder was given an English
   * {@link Builder#staffLocale} (or a host's texts in English).
   */
  public Locale staffLocale() {
    return staffLocale;
  }

  /**
   * What to show staff for a refused command, in {@link #staffLocale()} (e.g. "重大投诉须经公司总经理签批方可结案"):
   * the host's wording of it when {@link Builder#refusalTexts} names it, else the built-in staff text,
   * else the message.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code rejection} when null
   */
  public String explain(Rejection rejection) {
    Check.present("rejection", rejection);
    if (refusalTexts != null && rejection.staffText().isPresent()) {
      StaffText text = rejection.staffText().get();
      if (refusalTexts.containsKey(text.qualifiedKey())) {
        return text.renderWith(refusalTexts.getString(text.qualifiedKey()), staffLocale);
      }
    }
    return rejection.messageIn(staffLocale);
  }

  /** Starts the wiring. */
  public static Builder builder() {
    return new Builder();
  }

  /** Complaint handling (投诉处理), a built-in procedure. */
  public ComplaintDesk complaints() {
    return procedure(complaintProcedure);
  }

  /**
   * The desk (use cases) of a registered procedure, e.g. {@code desk.procedure(Visits.PROCEDURE)}.
   * Procedures are known by name, so the constant finds the desk of a procedure registered with the
   * host's own policies or language, e.g. {@code Visits.procedure(rules, Locale.ENGLISH)}.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code procedure} when it is null
   * @throws PropDeskConfigurationException when the procedure was not registered with {@link
   *     Builder#procedure}
   */
  public <D> D procedure(Procedure<D> procedure) {
    Object d = desks.get(Check.present("procedure", procedure).name());
    if (d == null) {
      throw new PropDeskConfigurationException("procedure " + procedure.name()
          + " is not registered: call PropDesk.builder().procedure(...) with it");
    }
    @SuppressWarnings("unchecked")
    D typed = (D) d;
    return typed;
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
    return procedure(DailyReviews.PROCEDURE);
  }

  /** The audit trail (审计追踪). */
  public AuditTrail audit() {
    return audit;
  }

  /**
   * The read port of reports (报表读取): aggregations and streams over every registered procedure's
   * records, pushed down to the storage where it can, within what the actor may see.
   */
  public RecordReads records() {
    return records;
  }

  /** The directory it was built with. */
  public Directory directory() {
    return kernel.directory();
  }

  /** The work calendar it was built with. */
  public WorkCalendar calendar() {
    return kernel.calendar();
  }

  /** The complaint policies it was built with. */
  public ComplaintPolicies complaintPolicies() {
    return complaints().policies();
  }

  /** The clock it was built with. */
  public Clock clock() {
    return kernel.clock();
  }

  @Override
  public String toString() {
    return "PropDesk[" + kernel.storage().getClass().getSimpleName() + ", " + kernel.directory().company().name() + "]";
  }

  /**
   * Wires a {@link PropDesk}. Required: {@link #clock}, {@link #ids}, {@link #storage}, {@link
   * #notifier}, {@link #directory}. Optional: {@link #calendar} (default {@link
   * ChinaWorkCalendar#statutory()}), {@link #complaintPolicies} (default {@link
   * ComplaintPolicies#seedDefaults()}), {@link #retryPolicy} (default {@link RetryPolicy#defaults()}),
   * {@link #events} (default {@link EventSink#discarding()}), {@link #telemetry} (default {@link
   * Telemetry#none()}), and any number of further {@link
   * #procedure procedures} beside the built-in complaint and supervision ones. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable Clock clock;
    private @Nullable IdSource ids;
    private @Nullable Storage storage;
    private @Nullable Notifier notifier;
    private @Nullable Directory directory;
    private @Nullable WorkCalendar calendar;
    private @Nullable ComplaintPolicies complaintPolicies;
    private @Nullable Locale staffLocale;
    private @Nullable ResourceBundle complaintTexts;
    private @Nullable ResourceBundle refusalTexts;
    private @Nullable RetryPolicy retryPolicy;
    private @Nullable EventSink events;
    private @Nullable Telemetry telemetry;
    private final List<Procedure<?>> procedures = new ArrayList<>();

    private Builder() {}

    /**
     * Where the outbox relay publishes every committed domain event as JSON (e.g. a broker).
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder events(EventSink sink) {
      this.events = once("events", this.events, sink);
      return this;
    }

    /**
     * What the kernel observed goes to {@code telemetry} (e.g. a host's metrics): every command's
     * outcome, retried conflicts, fired timers and relay runs. Default: {@link Telemetry#none()}.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder telemetry(Telemetry telemetry) {
      this.telemetry = once("telemetry", this.telemetry, telemetry);
      return this;
    }

    /**
     * Registers a further procedure (e.g. the visitor log); get its desk with {@link
     * PropDesk#procedure}. Its tables come with its own migration.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming {@code procedure} when it is null
     * @throws PropDeskConfigurationException when a procedure of the same name is
     *     registered already (complaint and supervision are built in)
     */
    public Builder procedure(Procedure<?> procedure) {
      Check.present("procedure", procedure);
      if (procedure.name().equals(Complaints.NAME) || procedure.name().equals(DailyReviews.NAME)
          || procedures.stream().anyMatch(p -> p.name().equals(procedure.name()))) {
        throw new PropDeskConfigurationException("procedure " + procedure.name() + " is registered twice; register it once");
      }
      procedures.add(procedure);
      return this;
    }

    /**
     * The clock every instant comes from.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder clock(Clock clock) {
      this.clock = once("clock", this.clock, clock);
      return this;
    }

    /**
     * The id source.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder ids(IdSource ids) {
      this.ids = once("ids", this.ids, ids);
      return this;
    }

    /**
     * The storage.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder storage(Storage storage) {
      this.storage = once("storage", this.storage, storage);
      return this;
    }

    /**
     * The notifier the outbox relay delivers through.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder notifier(Notifier notifier) {
      this.notifier = once("notifier", this.notifier, notifier);
      return this;
    }

    /**
     * The directory of offices, units, residents and staff.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder directory(Directory directory) {
      this.directory = once("directory", this.directory, directory);
      return this;
    }

    /**
     * The work calendar.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder calendar(WorkCalendar calendar) {
      this.calendar = once("calendar", this.calendar, calendar);
      return this;
    }

    /**
     * The complaint policies.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder complaintPolicies(ComplaintPolicies policies) {
      this.complaintPolicies = once("complaintPolicies", this.complaintPolicies, policies);
      return this;
    }

    /**
     * The language of the built-in procedures' texts to staff (notifications): Chinese for any
     * {@code zh} locale, English otherwise. Default zh-CN.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice, or together with {@link #complaintTexts}
     */
    public Builder staffLocale(Locale locale) {
      this.staffLocale = once("staffLocale", this.staffLocale, locale);
      return this;
    }

    /**
     * The host's own complaint notification texts, replacing the built-in templates: a bundle holding
     * every key of {@code org.propdesk.workflows.complaint.ComplaintMessages} (MessageFormat patterns
     * with the same placeholders), checked when built.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder complaintTexts(ResourceBundle texts) {
      this.complaintTexts = once("complaintTexts", this.complaintTexts, texts);
      return this;
    }

    /**
     * The host's own wording of refusals shown to staff, replacing the built-in ones it names: a
     * bundle whose keys are {@link StaffText#qualifiedKey()}s (e.g. {@code
     * org.propdesk.core.complaint.ComplaintRejections/resolve.authority}) and whose values are
     * MessageFormat patterns with the same placeholders. Refusals it does not name keep the built-in
     * text. Each pattern is checked when built.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice, or when a pattern is not valid
     */
    public Builder refusalTexts(ResourceBundle texts) {
      this.refusalTexts = once("refusalTexts", this.refusalTexts, texts);
      return this;
    }

    /**
     * The outbox retry policy.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming the part when it is null
     * @throws PropDeskConfigurationException when set twice
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = once("retryPolicy", this.retryPolicy, policy);
      return this;
    }

    private static <T> T once(String part, @Nullable T current, @Nullable T value) {
      Check.present(part, value);
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
      Clock c = required("clock", clock, "Clock.system(ZoneId.of(\"Asia/Shanghai\"))");
      IdSource i = required("ids", ids, "IdSource.timeOrdered(clock)");
      Storage s = required("storage", storage, "InMemoryStorage.create()");
      Notifier n = required("notifier", notifier, "LoggingNotifier.create()");
      Directory d = required("directory", directory, "InMemoryDirectory.builder()...build()");
      ComplaintPolicies policies = complaintPolicies != null ? complaintPolicies : ComplaintPolicies.seedDefaults();
      if (complaintTexts != null && staffLocale != null) {
        throw new PropDeskConfigurationException("set staffLocale or complaintTexts, not both: a host's texts carry their own language");
      }
      Procedure<ComplaintDesk> complaints = complaintTexts != null ? Complaints.procedure(policies, complaintTexts)
          : Complaints.procedure(policies, staffLocale != null ? staffLocale : Locale.SIMPLIFIED_CHINESE);
      List<Procedure<?>> all = new ArrayList<>();
      all.add(complaints);
      all.add(DailyReviews.PROCEDURE);
      all.addAll(procedures);
      Map<String, AggregateRoute<?>> routes = new LinkedHashMap<>();
      Map<String, String> procedureOfType = new LinkedHashMap<>();
      Map<Class<?>, String> ports = new LinkedHashMap<>();
      for (Procedure<?> p : all) {
        for (Class<?> port : p.ports()) {
          String first = ports.putIfAbsent(port, p.name());
          if (first != null) {
            throw new PropDeskConfigurationException("call port " + port.getName() + " is published by procedures " + first
                + " and " + p.name() + "; register only one of them");
          }
        }
        for (AggregateRoute<?> r : p.routes()) {
          if (routes.putIfAbsent(r.type().name(), r) != null) {
            throw new PropDeskConfigurationException("aggregate type " + r.type().name() + " of procedure " + p.name()
                + " is declared by another procedure too; type names must be unique");
          }
          procedureOfType.put(r.type().name(), p.name());
        }
      }
      Kernel k = new Kernel(c, i, s, n, events != null ? events : EventSink.discarding(), d,
          calendar != null ? calendar : ChinaWorkCalendar.statutory(),
          retryPolicy != null ? retryPolicy : RetryPolicy.defaults(), routes, procedureOfType,
          telemetry != null ? telemetry : Telemetry.none());
      Locale language = staffLocale != null ? staffLocale
          : complaintTexts != null && complaintTexts.getLocale() != null && !complaintTexts.getLocale().getLanguage().isEmpty()
              ? complaintTexts.getLocale()
          : Locale.SIMPLIFIED_CHINESE;
      if (refusalTexts != null) {
        for (String key : java.util.Collections.list(refusalTexts.getKeys())) {
          try {
            new java.text.MessageFormat(refusalTexts.getString(key));
          } catch (IllegalArgumentException bad) {
            throw new PropDeskConfigurationException("refusal text " + key + " is not a MessageFormat pattern: " + bad.getMessage());
          }
        }
      }
      return new PropDesk(k, complaints, all, StaffText.languageOf(language), refusalTexts);
    }
  }
}

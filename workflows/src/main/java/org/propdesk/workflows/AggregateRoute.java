package org.propdesk.workflows;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.TimerEntry;

/**
 * How the kernel's command pipeline handles one aggregate type of a procedure (聚合处理规则): the type
 * (name, codec, index fields), the sealed interface of its events, which notifications and timers each
 * event causes, the handler of each timer kind, its contribution to the desks' activity feed, and the
 * short summary its log line ends with.
 *
 * <p>Immutable and thread-safe once built; the functions it holds must be pure. Example:
 *
 * <pre>{@code
 * static final AggregateRoute<Visit> VISITS = AggregateRoute.of(Visit.TYPE, VisitEvent.class)
 *     .notifications((event, eventIds) -> ...)
 *     .timers((visit, event) -> ...)
 *     .onTimer("CLOSING_CHECK", (visit, timer, ctx) -> visit.onClosing(ctx.clock()))
 *     .build();
 * }</pre>
 *
 * @param <A> the aggregate's class
 * @since 0.1.0
 */
public final class AggregateRoute<A> {
  /** Which notifications (human messages) an event causes; given a source of fresh event ids. */
  @FunctionalInterface
  public interface NotificationRule {
    /** The notifications {@code event} causes; empty for none. */
    List<Notification> notificationsOf(DomainEvent event, Supplier<String> eventIds);
  }

  /**
   * Which notifications an event causes, given the snapshot after the change: for rules that depend on
   * the record as well as the event (e.g. "leadership hears of every step of a major complaint").
   */
  @FunctionalInterface
  public interface SnapshotNotificationRule<A> {
    /** The notifications {@code event} causes on {@code after}; empty for none. */
    List<Notification> notificationsOf(A after, DomainEvent event, Supplier<String> eventIds);
  }

  /** Which timers an event sets, given the snapshot after it. */
  @FunctionalInterface
  public interface TimerRule<A> {
    /** The timers to schedule; empty for none. Scheduling an existing timer id again is a no-op. */
    List<TimerEntry> timersOf(A after, DomainEvent event);
  }

  /** What a stored snapshot contributes to its desk's activity feed in [from, to). */
  @FunctionalInterface
  public interface ActivityRule<A> {
    /** The items with an instant in [from, to). */
    List<DeskActivity> activityOf(A snapshot, Instant from, Instant to);
  }

  private final AggregateType<A> type;
  private final Class<? extends DomainEvent> events;
  private final Map<String, Class<? extends DomainEvent>> eventTypes;
  private final SnapshotNotificationRule<A> notifications;
  private final TimerRule<A> timers;
  private final ImmutableMap<String, TimerHandler<A>> timerHandlers;
  private final @Nullable ActivityRule<A> activity;
  private final @Nullable ActiveRecords active;
  private final Function<A, String> logSummary;
  private final boolean journalRefusals;
  private final Repository<A> repository;

  private AggregateRoute(Builder<A> b) {
    this.type = b.type;
    this.events = b.events;
    this.eventTypes = eventTypes(b.events);
    this.notifications = b.notifications;
    this.timers = b.timers;
    this.timerHandlers = ImmutableMap.copyOf(b.timerHandlers);
    this.activity = b.activity;
    this.active = b.active;
    this.logSummary = b.logSummary;
    this.journalRefusals = b.journalRefusals;
    this.repository = new Repository<>(b.type);
  }

  /**
   * Starts the route of {@code type}, whose events are the permitted records of the sealed interface
   * {@code events}.
   *
   * @throws org.propdesk.core.common.InvalidInputException when {@code events} is not a sealed interface
   */
  public static <A> Builder<A> of(AggregateType<A> type, Class<? extends DomainEvent> events) {
    return new Builder<>(type, events);
  }

  /** The aggregate type. */
  public AggregateType<A> type() {
    return type;
  }

  /** The sealed interface of the type's events. */
  public Class<? extends DomainEvent> events() {
    return events;
  }

  Map<String, Class<? extends DomainEvent>> eventTypes() {
    return eventTypes;
  }

  List<Notification> notificationsOf(A after, DomainEvent event, Supplier<String> eventIds) {
    return notifications.notificationsOf(after, event, eventIds);
  }

  List<TimerEntry> timersOf(A after, DomainEvent event) {
    return timers.timersOf(after, event);
  }

  Optional<TimerHandler<A>> timerHandler(String kind) {
    return Optional.ofNullable(timerHandlers.get(kind));
  }

  boolean contributesActivity() {
    return activity != null;
  }

  List<DeskActivity> activityOf(A snapshot, Instant from, Instant to) {
    return activity == null ? List.of() : activity.activityOf(snapshot, from, to);
  }

  RecordQuery activeQuery(OfficeId office, Instant from, Instant to) {
    if (active == null) {
      throw new IllegalStateException(type.name() + " declares no activity");
    }
    return active.query(RecordQuery.of(type.name()).office(office), from, to);
  }

  String logSummary(A snapshot) {
    return logSummary.apply(snapshot);
  }

  Repository<A> repository() {
    return repository;
  }

  boolean journalsRefusals() {
    return journalRefusals;
  }

  @Override
  public String toString() {
    return "AggregateRoute[" + type.name() + "]";
  }

  private static Map<String, Class<? extends DomainEvent>> eventTypes(Class<? extends DomainEvent> sealed) {
    Check.that(sealed.isInterface() && sealed.isSealed(), "events", "must be a sealed interface of event records");
    Map<String, Class<? extends DomainEvent>> out = new HashMap<>();
    for (Class<?> c : sealed.getPermittedSubclasses()) {
      out.put(c.getSimpleName(), c.asSubclass(DomainEvent.class));
    }
    return Map.copyOf(out);
  }

  /**
   * Builds an {@link AggregateRoute}. Only the type and its events are required: by default an event
   * causes no notification and no timer. Not thread-safe.
   *
   * @param <A> the aggregate's class
   */
  public static final class Builder<A> {
    private final AggregateType<A> type;
    private final Class<? extends DomainEvent> events;
    private SnapshotNotificationRule<A> notifications = (a, e, ids) -> List.of();
    private TimerRule<A> timers = (a, e) -> List.of();
    private final Map<String, TimerHandler<A>> timerHandlers = new HashMap<>();
    private @Nullable ActivityRule<A> activity;
    private @Nullable ActiveRecords active;
    private Function<A, String> logSummary = a -> "";
    private boolean journalRefusals;

    private Builder(AggregateType<A> type, Class<? extends DomainEvent> events) {
      this.type = Check.present("type", type);
      this.events = Check.present("events", events);
    }

    /** Which notifications each event causes. */
    public Builder<A> notifications(NotificationRule rule) {
      Check.present("rule", rule);
      this.notifications = (a, e, ids) -> rule.notificationsOf(e, ids);
      return this;
    }

    /** Which notifications each event causes, given the snapshot after the change. */
    public Builder<A> notifications(SnapshotNotificationRule<A> rule) {
      this.notifications = Check.present("rule", rule);
      return this;
    }

    /** Which timers each event sets. */
    public Builder<A> timers(TimerRule<A> rule) {
      this.timers = Check.present("rule", rule);
      return this;
    }

    /**
     * The handler of timers of {@code kind} on this type.
     *
     * @throws org.propdesk.core.common.InvalidInputException when the kind already has a handler
     */
    public Builder<A> onTimer(String kind, TimerHandler<A> handler) {
      Check.text("kind", kind, 64);
      Check.that(!timerHandlers.containsKey(kind), "kind", "has a handler already: " + kind);
      timerHandlers.put(kind, Check.present("handler", handler));
      return this;
    }

    /**
     * The type's contribution to the desks' activity feed: which stored records can have activity in
     * [from, to) (a query over declared index fields, scoped to the office), and what each contributes.
     */
    public Builder<A> activity(ActiveRecords active, ActivityRule<A> rule) {
      Check.present("active", active);
      this.active = active;
      this.activity = Check.present("rule", rule);
      return this;
    }

    /** The text a command's log line ends with, e.g. a complaint's class; never personal data. */
    public Builder<A> logSummary(Function<A, String> summary) {
      this.logSummary = Check.present("summary", summary);
      return this;
    }

    /**
     * Journals every refused command on an existing record of this type (拒绝留痕): the kernel appends
     * one {@code REFUSED:<command>} entry to the record's office chain, with the actor, the state and
     * the rejection's code, field and message (masked), and changes nothing else. For procedures whose
     * auditors must see attempts as well as acts (money, seals, archives). A creating command journals
     * its own refusals with {@link CommandContext#journalRefusal}. Off by default.
     */
    public Builder<A> journalRefusals() {
      this.journalRefusals = true;
      return this;
    }

    /** The route. */
    public AggregateRoute<A> build() {
      return new AggregateRoute<>(this);
    }
  }

  /** Narrows an office-scoped query of the type to the records that can have activity in [from, to). */
  @FunctionalInterface
  public interface ActiveRecords {
    /** {@code office} already scopes the query to the type and office; add conditions and order. */
    RecordQuery query(RecordQuery.Builder office, Instant from, Instant to);
  }
}

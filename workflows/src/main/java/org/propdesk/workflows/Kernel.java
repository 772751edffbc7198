package org.propdesk.workflows;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Redaction;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.lifecycle.Lifecycle;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Staff;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.spi.EventSink;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notifier;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.Telemetry;
import org.propdesk.core.spi.WorkCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The procedure kernel (流程内核): the parts a {@link PropDesk} was built from, the registry of every
 * procedure's aggregate routes, and the one command pipeline all procedures run through.
 *
 * <p>A command: opens one storage transaction; loads the aggregate; checks office scope (a record of
 * another office is "not found" unless the actor is company-wide); checks the expected version; lets
 * the aggregate decide; records an accepted change through {@link CommandContext#record} (save with
 * the expected version, journal, outbox, timers); logs one line; and returns the result. A rejected
 * command writes nothing. A command without an expected version is tried up to {@value #ATTEMPTS}
 * times when another writer got in first, deciding afresh each time.
 *
 * <p>Procedures get the kernel through their {@link Procedure}'s desk factory; hosts use the facade.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class Kernel {
  /** How often a command without an expected version is tried when it meets a concurrent writer. */
  public static final int ATTEMPTS = 3;

  private static final Logger LOG = LoggerFactory.getLogger(Kernel.class);

  /** How a command decides on the loaded aggregate, inside its transaction. */
  @FunctionalInterface
  public interface Decision<A> {
    /** The result of the command on {@code current}. */
    Result<A> decide(A current, CommandContext context);
  }

  private final Clock clock;
  private final IdSource ids;
  private final Storage storage;
  private final Notifier notifier;
  private final EventSink events;
  private final Directory directory;
  private final WorkCalendar calendar;
  private final RetryPolicy retryPolicy;
  private final Map<String, AggregateRoute<?>> routes;
  private final Map<String, String> procedureOfType;
  private final Telemetry telemetry;
  private final Map<Class<?>, Object> ports = new java.util.concurrent.ConcurrentHashMap<>();

  Kernel(Clock clock, IdSource ids, Storage storage, Notifier notifier, EventSink events, Directory directory,
      WorkCalendar calendar, RetryPolicy retryPolicy, Map<String, AggregateRoute<?>> routes,
      Map<String, String> procedureOfType, Telemetry telemetry) {
    this.clock = clock;
    this.ids = ids;
    this.storage = storage;
    this.notifier = notifier;
    this.events = events;
    this.directory = directory;
    this.calendar = calendar;
    this.retryPolicy = retryPolicy;
    this.routes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(routes));
    this.procedureOfType = Map.copyOf(procedureOfType);
    this.telemetry = telemetry;
  }

  /** The name of the procedure an aggregate type belongs to (the type's own name if none is known). */
  String procedureOf(String aggregateType) {
    return procedureOfType.getOrDefault(aggregateType, aggregateType);
  }

  /** Tells the telemetry, which must never fail the work: what it throws is logged and dropped. */
  void observe(java.util.function.Consumer<Telemetry> call) {
    try {
      call.accept(telemetry);
    } catch (RuntimeException e) {
      LOG.warn("telemetry {} failed; ignored", telemetry.getClass().getName(), e);
    }
  }

  /** The clock every instant comes from. */
  public Clock clock() {
    return clock;
  }

  /** The clock's instant, to the millisecond (what every store keeps). */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** The id source. */
  public IdSource ids() {
    return ids;
  }

  /** The directory of offices, units, residents and staff. */
  public Directory directory() {
    return directory;
  }

  /** The work calendar. */
  public WorkCalendar calendar() {
    return calendar;
  }

  Storage storage() {
    return storage;
  }

  Notifier notifier() {
    return notifier;
  }

  EventSink events() {
    return events;
  }

  RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  java.util.Collection<AggregateRoute<?>> routes() {
    return routes.values();
  }

  /**
   * The implementation of a call port some registered procedure publishes (see {@link
   * Procedure.Builder#provides}), e.g. the repair intake a complaint opens a report through; empty when
   * no registered procedure publishes it. Ports are bound once the facade has made every desk, so call
   * this when a command runs, not in a desk's constructor.
   */
  public <P> Optional<P> port(Class<P> type) {
    Check.present("type", type);
    return Optional.ofNullable(ports.get(type)).map(type::cast);
  }

  void bindPorts(Map<Class<?>, Object> published) {
    ports.putAll(published);
  }

  Optional<AggregateRoute<?>> route(String type) {
    return Optional.ofNullable(routes.get(type));
  }

  /**
   * The acting staff member, checked against the {@link Directory} (不得越权, seed 4.6.3, PROCEDURES
   * §4): they exist there (a directory lists only staff who may act), act in the office the directory
   * gives them (company-wide staff in none), and claim only roles the directory gives them. The
   * sweep's own {@link Actor#system()} is no staff member: it acts only inside the timer sweep, which
   * does not come through here, so a host cannot act or read as the sweep. An actor can never combine
   * {@code SYSTEM} with a person's roles. Every kernel entry calls this before it reads or writes
   * anything.
   *
   * @return the actor
   * @throws InvalidInputException naming {@code actor} when it is null, the sweep's own actor, unknown,
   *     in another office, or claims a role the directory does not give; nothing is read or changed
   */
  public Actor authenticate(Actor actor) {
    Check.present("actor", actor);
    if (actor.roles().contains(org.propdesk.core.org.Role.SYSTEM)) {
      throw new InvalidInputException("actor", "the sweep's own actor acts only inside the timer sweep; act as a staff member"
          + " of the directory (越权, seed 4.6.3)");
    }
    Staff staff = directory.staff(actor.staffId()).orElseThrow(() -> new InvalidInputException("actor",
        "staff " + actor.staffId().value() + " is not in the directory (越权, seed 4.6.3)"));
    if (!staff.office().equals(actor.office())) {
      throw new InvalidInputException("actor", "staff " + actor.staffId().value() + " acts in "
          + actor.office().map(OfficeId::value).orElse("every office") + " but belongs to "
          + staff.office().map(OfficeId::value).orElse("the company") + " (越权, seed 4.6.3)");
    }
    if (!staff.roles().containsAll(actor.roles())) {
      throw new InvalidInputException("actor", "staff " + actor.staffId().value() + " claims roles "
          + actor.roles() + " but holds " + staff.roles() + " (越权, seed 4.6.3)");
    }
    return actor;
  }

  /**
   * Runs a command on an existing aggregate: load, office scope, expected version, decide, record,
   * log. Without an expected version it is retried on a concurrent change.
   *
   * @param command the command's name, as journaled and logged, e.g. {@code "REPLY"}
   * @return the result; {@link RejectionCode#NOT_FOUND} when the record does not exist or lies outside
   *     the actor's offices
   * @throws StaleVersionException when {@code expected} is not the stored version, or every attempt
   *     met a concurrent writer
   */
  public <A> Result<A> execute(
      Actor actor, AggregateRoute<A> route, String id, OptionalLong expected, String command, Decision<A> decision) {
    return run(actor, route, id, expected, Optional.empty(), command, decision);
  }

  /**
   * Runs a retry-safe command on an existing aggregate: as {@link #execute} without an expected
   * version, but the first accepted run remembers its result under the request's key in the
   * aggregate's office, and a later run with the same key returns that result (no events) and changes
   * nothing.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code idempotencyKey} when the key
   *     was used in the office for another request
   */
  public <A> Result<A> executeOnce(
      Actor actor, AggregateRoute<A> route, String id, IdempotentRequest request, String command, Decision<A> decision) {
    Check.present("request", request);
    return run(actor, route, id, OptionalLong.empty(), Optional.of(request), command, decision);
  }

  private <A> Result<A> run(Actor actor, AggregateRoute<A> route, String id, OptionalLong expected,
      Optional<IdempotentRequest> request, String command, Decision<A> decision) {
    authenticate(actor);
    Check.present("id", id);
    Check.present("decision", decision);
    boolean[] replayed = {false};
    Supplier<Result<A>> attempt = () -> storage.inTransaction(tx -> {
      replayed[0] = false;
      CommandContext ctx = new CommandContext(this, tx, actor);
      var type = route.type();
      Optional<A> found = ctx.findVisible(route, id);
      if (found.isEmpty()) {
        return Result.<A>rejected(new Rejection(RejectionCode.NOT_FOUND, "id: " + type.name() + " " + id + " not found",
            Optional.of("id"), Optional.of(StaffText.of(Lifecycle.MESSAGES, "notFound", id))));
      }
      A current = found.get();
      if (request.isPresent()) {
        Optional<A> first = ctx.replay(route, type.officeOf(current), request.get());
        if (first.isPresent()) {
          replayed[0] = true;
          return Result.accepted(first.get(), List.of());
        }
      }
      if (expected.isPresent() && expected.getAsLong() != type.versionOf(current)) {
        throw new StaleVersionException(type.name(), id, expected.getAsLong(), type.versionOf(current));
      }
      Result<A> r = decision.decide(current, ctx);
      if (!r.isAccepted() && route.journalsRefusals()) {
        ctx.journalRefusal(route, type.officeOf(current), id, type.stateOf(current), command, r.rejection().orElseThrow());
      }
      if (r.isAccepted() && type.versionOf(r.orElseThrow()) != type.versionOf(current)) {
        ctx.record(route, current, r.orElseThrow(), command, r.events());
        request.ifPresent(q -> ctx.remember(route, type.officeOf(current), q, r.orElseThrow()));
      }
      return r;
    });
    Result<A> r;
    try {
      r = expected.isPresent() ? attempt.get() : retrying(route, command, attempt);
    } catch (RuntimeException e) {
      throw failed(route, command, id, actor, e);
    }
    return logged(route, command, id, actor, r, replayed[0]);
  }

  /**
   * Runs a command that creates (and may change) aggregates in one transaction, retried on a
   * concurrent change; {@code body} records every change it accepts through the context.
   */
  public <A> Result<A> create(Actor actor, AggregateRoute<A> route, String command, Function<CommandContext, Result<A>> body) {
    authenticate(actor);
    Check.present("body", body);
    Result<A> r;
    try {
      r = retrying(route, command, () -> storage.inTransaction(tx -> body.apply(new CommandContext(this, tx, actor))));
    } catch (RuntimeException e) {
      throw failed(route, command, "-", actor, e);
    }
    return logged(route, command, r.value().map(a -> route.type().idOf(a)).orElse("-"), actor, r, false);
  }

  /**
   * Runs a retry-safe creating command in {@code office}: as {@link #create}, but the first accepted run
   * remembers its result under the request's key, and a later run with the same key returns that
   * result (no events) and changes nothing.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code idempotencyKey} when the key
   *     was used in the office for another request
   */
  public <A> Result<A> createOnce(Actor actor, OfficeId office, IdempotentRequest request, AggregateRoute<A> route,
      String command, Function<CommandContext, Result<A>> body) {
    authenticate(actor);
    Check.present("office", office);
    Check.present("request", request);
    Check.present("body", body);
    boolean[] replayed = {false};
    Result<A> r;
    try {
      r = retrying(route, command, () -> storage.inTransaction(tx -> {
        replayed[0] = false;
        CommandContext ctx = new CommandContext(this, tx, actor);
        Optional<A> first = ctx.replay(route, office, request);
        if (first.isPresent()) {
          replayed[0] = true;
          return Result.accepted(first.get(), List.of());
        }
        Result<A> decided = body.apply(ctx);
        decided.value().ifPresent(a -> ctx.remember(route, office, request, a));
        return decided;
      }));
    } catch (RuntimeException e) {
      throw failed(route, command, "-", actor, e);
    }
    return logged(route, command, r.value().map(a -> route.type().idOf(a)).orElse("-"), actor, r, replayed[0]);
  }

  /**
   * The record, if it exists and the actor may see its office. A company-wide actor's read of an
   * office's record is journaled in that office's chain with {@code what} (监督查阅留痕).
   */
  public <A> Optional<A> find(Actor actor, AggregateRoute<A> route, String id, String what) {
    Check.present("id", id);
    return read(actor, ctx -> {
      Optional<A> found = ctx.findVisible(route, id);
      found.filter(x -> actor.isCompanyWide()).ifPresent(x -> ctx.journalRead(route, x, what));
      return found;
    });
  }

  /**
   * The records of the route's type in {@code office} that {@code query} selects (the builder comes
   * scoped to the type and the office; add conditions and order), read in one transaction; empty when
   * the actor may not see the office. The actor is authenticated either way.
   */
  public <A> List<A> list(Actor actor, OfficeId office, AggregateRoute<A> route,
      java.util.function.UnaryOperator<org.propdesk.core.spi.RecordQuery.Builder> query) {
    authenticate(actor);
    Check.present("office", office);
    Check.present("route", route);
    Check.present("query", query);
    if (!actor.canSee(office)) {
      return List.of();
    }
    return read(actor, ctx -> ctx.query(route, query.apply(org.propdesk.core.spi.RecordQuery.of(route.type().name()).office(office))
        .build()));
  }

  /** Runs a read in one transaction; the body may journal supervisory reads. */
  public <T> T read(Actor actor, Function<CommandContext, T> body) {
    authenticate(actor);
    return storage.inTransaction(tx -> body.apply(new CommandContext(this, tx, actor)));
  }

  /**
   * The office's procedure-neutral activity feed in [from, to) (前台工作动态), from every registered
   * type that contributes one, in route registration order then each type's query order.
   */
  public List<DeskActivity> activity(OfficeId office, Instant from, Instant to) {
    Check.present("office", office);
    Check.that(!to.isBefore(from), "to", "must not be before from");
    return storage.inTransaction(tx -> {
      List<DeskActivity> out = new ArrayList<>();
      for (AggregateRoute<?> r : routes.values()) {
        collect(tx, r, office, from, to, out);
      }
      return out;
    });
  }

  private static <A> void collect(org.propdesk.core.spi.StorageTransaction tx, AggregateRoute<A> r, OfficeId office,
      Instant from, Instant to, List<DeskActivity> out) {
    if (r.contributesActivity()) {
      for (A a : r.repository().query(tx, r.activeQuery(office, from, to))) {
        out.addAll(r.activityOf(a, from, to));
      }
    }
  }

  private <T> T retrying(AggregateRoute<?> route, String command, Supplier<T> attempt) {
    for (int i = 1; ; i++) {
      try {
        return attempt.get();
      } catch (StaleVersionException e) {
        if (i >= ATTEMPTS) {
          throw e;
        }
        String type = route.type().name();
        observe(t -> t.conflictRetried(procedureOf(type), type, command));
      }
    }
  }

  /** Logs and observes a command that ended in an exception; returns it to be thrown. */
  private RuntimeException failed(AggregateRoute<?> route, String command, String id, Actor actor, RuntimeException e) {
    Telemetry.Outcome outcome = e instanceof StaleVersionException ? Telemetry.Outcome.STALE
        : e instanceof InvalidInputException ? Telemetry.Outcome.INVALID : Telemetry.Outcome.FAILED;
    String type = route.type().name();
    if (outcome == Telemetry.Outcome.STALE) {
      commandLine(LOG.atInfo(), actor.office().map(OfficeId::value).orElse("-"), type, command, id, "STALE_VERSION")
          .log("{} {} {} actor={} -> STALE_VERSION ({})", type, command, id, actor.staffId(), e.getMessage());
    }
    observe(t -> t.commandFinished(new Telemetry.CommandOutcome(procedureOf(type), type, command, outcome, Optional.empty())));
    return e;
  }

  /** The key-value pairs of a command's log line, for a host's structured (JSON) logging. */
  private org.slf4j.spi.LoggingEventBuilder commandLine(org.slf4j.spi.LoggingEventBuilder line, String office, String type,
      String command, String id, String outcome) {
    return line.addKeyValue("office", office).addKeyValue("procedure", procedureOf(type)).addKeyValue("aggregateType", type)
        .addKeyValue("command", command).addKeyValue("aggregateId", id).addKeyValue("outcome", outcome);
  }

  private <A> Result<A> logged(
      AggregateRoute<A> route, String command, String id, Actor actor, Result<A> r, boolean replayed) {
    var type = route.type();
    String procedure = procedureOf(type.name());
    if (r.isAccepted()) {
      A a = r.orElseThrow();
      String outcome = replayed ? "REPLAYED" : "ACCEPTED";
      commandLine(LOG.atInfo(), type.officeOf(a).value(), type.name(), command, id, outcome)
          .log("{} {} {} actor={} office={} -> {} v{} {}{}", type.name(), command, id, actor.staffId(),
              type.officeOf(a), outcome, type.versionOf(a), type.stateOf(a), route.logSummary(a));
      observe(t -> t.commandFinished(new Telemetry.CommandOutcome(procedure, type.name(), command,
          replayed ? Telemetry.Outcome.REPLAYED : Telemetry.Outcome.ACCEPTED, Optional.empty())));
    } else {
      Rejection no = r.rejection().orElseThrow();
      commandLine(LOG.atInfo(), actor.office().map(OfficeId::value).orElse("-"), type.name(), command, id, "REJECTED")
          .addKeyValue("rejection", no.code())
          .log("{} {} {} actor={} -> REJECTED {}: {}", type.name(), command, id, actor.staffId(), no.code(),
              Redaction.scrub(no.message(), 300));
      observe(t -> t.commandFinished(new Telemetry.CommandOutcome(procedure, type.name(), command, Telemetry.Outcome.REJECTED,
          Optional.of(no.code()))));
    }
    return r;
  }
}

package org.propdesk.workflows.visitor;

import org.propdesk.core.common.StaffText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Staff;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.visitor.Visit;
import org.propdesk.core.visitor.VisitId;
import org.propdesk.core.visitor.VisitRegistration;
import org.propdesk.core.visitor.VisitRules;
import org.propdesk.core.visitor.VisitState;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.CommandContext;
import org.propdesk.workflows.Kernel;

/**
 * The visitor and appointment log (来访/预约登记, seed 4.4.5) as use cases: register a visitor, tell
 * the person visited, record the answer, the arrival and the departure, cancel a booking, and list who
 * is on site. At the office's closing time the timer sweep flags every visitor still on site (the
 * customer supervisor and the guards are told) and expires every visit that never arrived.
 *
 * <p>Every command runs through the kernel's pipeline: office scope (a visit of another office is
 * "not found"), the lifecycle table, the save with the expected version, the journal, the outbox and
 * one log line. A rejected command writes nothing. Thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitorLog {
  private final Kernel k;
  private final AggregateRoute<Visit> route;
  private final VisitRules rules;

  VisitorLog(Kernel k, AggregateRoute<Visit> route, VisitRules rules) {
    this.k = k;
    this.route = route;
    this.rules = rules;
  }

  /** The rules this log keeps. */
  public VisitRules rules() {
    return rules;
  }

  /**
   * Registers a visitor (来访登记) at a desk of an office the actor may see, to see a staff member of
   * that office.
   *
   * @return the visit; {@code NOT_FOUND} naming {@code desk} when the desk is unknown or of an office
   *     the actor may not see; {@code INVALID_COMMAND} naming {@code host} when the person visited is
   *     not on that office's staff; {@code ROLE_NOT_PERMITTED} when the actor may not keep the log
   */
  public Result<Visit> register(Actor actor, VisitRegistration registration) {
    Check.present("actor", actor);
    Check.present("registration", registration);
    return k.create(actor, route, "REGISTER", ctx -> registerIn(ctx, actor, registration));
  }

  private Result<Visit> registerIn(CommandContext ctx, Actor actor, VisitRegistration r) {
    Optional<ManagementOffice> office = ctx.directory().officeOfDesk(r.desk()).filter(o -> actor.canSee(o.id()));
    if (office.isEmpty()) {
      return Result.rejected(Rejection.ofField(RejectionCode.NOT_FOUND, "desk", StaffText.of(Visit.BUNDLE, "desk.notFound", r.desk())));
    }
    ManagementOffice mo = office.get();
    Optional<Staff> host = ctx.directory().staff(r.host()).filter(s -> s.office().equals(Optional.of(mo.id())));
    if (host.isEmpty()) {
      return Result.rejected(Rejection.ofField(RejectionCode.INVALID_COMMAND, "host",
          StaffText.of(Visit.BUNDLE, "host.notOfOffice", r.host(), mo.id())));
    }
    Result<Visit> registered = Visit.register(VisitId.of(ctx.newId("visit")), mo.id(), mo.zone(), r, rules, actor, ctx.clock());
    registered.value().ifPresent(v -> ctx.record(route, null, v, "REGISTER", registered.events()));
    return registered;
  }

  /** The person visited was told (通知被访人). */
  public Result<Visit> notifyHost(Actor actor, VisitId id) {
    return run(actor, id, OptionalLong.empty(), "NOTIFY_HOST", (v, ctx) -> v.notifyHost(ctx.actor(), ctx.clock()));
  }

  /** The person visited declined to meet; {@code reason} is what the visitor was told (被访人谢绝). */
  public Result<Visit> hostDeclined(Actor actor, VisitId id, String reason) {
    String why = Check.text("reason", reason, Visit.REASON_LENGTH);
    return run(actor, id, OptionalLong.empty(), "HOST_DECLINED", (v, ctx) -> v.hostDeclined(why, ctx.actor(), ctx.clock()));
  }

  /** The visitor arrived and was let in (到访). */
  public Result<Visit> arrive(Actor actor, VisitId id) {
    return run(actor, id, OptionalLong.empty(), "ARRIVE", (v, ctx) -> v.arrive(ctx.actor(), ctx.clock()));
  }

  /** The visitor left (离开). */
  public Result<Visit> leave(Actor actor, VisitId id) {
    return run(actor, id, OptionalLong.empty(), "LEAVE", (v, ctx) -> v.leave(ctx.actor(), ctx.clock()));
  }

  /**
   * The visitor left, recorded only if the visit is still at {@code expectedVersion} (e.g. the
   * version the gate's screen showed).
   *
   * @throws StaleVersionException when the stored version differs
   */
  public Result<Visit> leave(Actor actor, VisitId id, long expectedVersion) {
    return run(actor, id, OptionalLong.of(expectedVersion), "LEAVE", (v, ctx) -> v.leave(ctx.actor(), ctx.clock()));
  }

  /** The visit was cancelled before arrival (取消). */
  public Result<Visit> cancel(Actor actor, VisitId id, String reason) {
    String why = Check.text("reason", reason, Visit.REASON_LENGTH);
    return run(actor, id, OptionalLong.empty(), "CANCEL", (v, ctx) -> v.cancel(why, ctx.actor(), ctx.clock()));
  }

  /** The visit, if it exists and the actor may see its office. */
  public Optional<Visit> find(Actor actor, VisitId id) {
    Check.present("id", id);
    return k.find(actor, route, id.value(), "read visit");
  }

  /** The office's visitors on site now (在访名单), in arrival order; empty for an office the actor may not see. */
  public List<Visit> onSite(Actor actor, OfficeId office) {
    Check.present("actor", actor);
    Check.present("office", office);
    if (!actor.canSee(office)) {
      return List.of();
    }
    return k.read(actor, ctx -> ctx.query(route, RecordQuery.of(Visit.TYPE.name()).office(office)
        .eq("state", VisitState.ON_SITE.name()).orderBy("arrived_at").build()));
  }

  /**
   * The office's visits registered in [from, to), in registration order (the paper log's page);
   * empty for an office the actor may not see.
   */
  public List<Visit> registeredBetween(Actor actor, OfficeId office, Instant from, Instant to) {
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("from", from);
    Check.present("to", to);
    Check.that(!to.isBefore(from), "to", "must not be before from");
    if (!actor.canSee(office)) {
      return List.of();
    }
    return k.read(actor, ctx -> ctx.query(route, RecordQuery.of(Visit.TYPE.name()).office(office)
        .atLeast("registered_at", from).before("registered_at", to).orderBy("registered_at").build()));
  }

  private Result<Visit> run(Actor actor, VisitId id, OptionalLong expected, String command, Kernel.Decision<Visit> decision) {
    Check.present("id", id);
    return k.execute(actor, route, id.value(), expected, command, decision);
  }
}

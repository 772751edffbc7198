package org.propdesk.workflows.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.PersonalDataPermit;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.Resident;
import org.propdesk.core.service.port.PaidRepair;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.ticket.OwnerRating;
import org.propdesk.core.ticket.PauseReason;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.core.ticket.TicketId;
import org.propdesk.core.ticket.TicketLifecycle;
import org.propdesk.core.ticket.TicketPolicies;
import org.propdesk.core.ticket.TicketState;
import org.propdesk.core.ticket.port.RepairOrigin;
import org.propdesk.core.ticket.port.RepairReference;
import org.propdesk.core.ticket.port.RepairRequest;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.CommandContext;
import org.propdesk.workflows.IdempotentRequest;
import org.propdesk.workflows.Kernel;
import org.propdesk.workflows.service.port.RepairCharges;
import org.propdesk.workflows.ticket.port.RepairIntake;

/**
 * The repair and incident desk (报事报修管理, PROCEDURES §6) as use cases: register a report, answer and
 * follow up the owner, dispatch and transfer it, let the technician take, attend, start, pause, resume
 * and complete it, record the owner's sign-off, call back, reject or cancel it, and list what is open.
 * The timer sweep raises the first-reply, dispatch, arrival and resolution alarms, checks each day's
 * follow-up, and moves a job nobody signed off to callback.
 *
 * <p>Every command runs through the kernel's pipeline: office scope (a report of another office is
 * "not found"), the lifecycle table, the save with the expected version, the journal, the outbox and
 * one log line. A rejected command writes nothing. Thread-safe.
 *
 * @since 0.1.0
 */
public final class TicketDesk {
  /** Only a SHA-256 of the request is stored, so the phone may enter it. */
  private static final PersonalDataPermit FINGERPRINT = PersonalDataPermit.forPurpose("fingerprinting a retry-safe repair report");

  private final Kernel k;
  private final AggregateRoute<Ticket> route;
  private final TicketPolicies policies;

  TicketDesk(Kernel k, AggregateRoute<Ticket> route, TicketPolicies policies) {
    this.k = k;
    this.route = route;
    this.policies = policies;
  }

  /** The policies this desk applies. */
  public TicketPolicies policies() {
    return policies;
  }

  /**
   * Registers a report (报事报修登记) at a desk of an office the actor may see. A unit must be of that
   * office, and an owner must live in the unit.
   *
   * @return the report; {@code NOT_FOUND} naming {@code desk} when the desk is unknown or of an office
   *     the actor may not see; {@code INVALID_COMMAND} naming {@code unit}, {@code owner} or {@code
   *     reportedAt} for a unit of another office, an owner of another unit, or a report time in the
   *     future or more than 24 hours back; {@code ROLE_NOT_PERMITTED} when the actor may not register
   */
  public Result<Ticket> register(Actor actor, RepairRequest request) {
    Check.present("actor", actor);
    Check.present("request", request);
    return k.create(actor, route, "REGISTER", ctx -> registerIn(ctx, request));
  }

  /**
   * Registers a report once (e.g. from the owner self-service channel, which may resend): a retry with
   * the same key and the same request returns the first result and changes nothing.
   *
   * @throws InvalidInputException naming {@code idempotencyKey} when the key was used in the office
   *     for another request
   */
  public Result<Ticket> register(Actor actor, RepairRequest request, String idempotencyKey) {
    Check.present("actor", actor);
    Check.present("request", request);
    Check.present("idempotencyKey", idempotencyKey);
    Optional<OfficeId> office = k.directory().officeOfDesk(request.desk()).map(ManagementOffice::id);
    if (office.isEmpty()) {
      k.authenticate(actor);
      return Result.rejected(Rejection.ofField(RejectionCode.NOT_FOUND, "desk", StaffText.of(Ticket.BUNDLE, "desk.notFound", request.desk())));
    }
    return k.createOnce(actor, office.get(), new IdempotentRequest(idempotencyKey, fingerprint(request)), route, "REGISTER",
        ctx -> registerIn(ctx, request));
  }

  private static String fingerprint(RepairRequest r) {
    return String.join("\n", "register", r.desk().value(), r.origin().name(), r.originRef().orElse(""),
        r.unit().map(UnitId::value).orElse(""), r.owner().map(o -> o.value()).orElse(""), r.location(), r.category().name(),
        r.description(), r.contactName().orElse(""), r.contactPhone().map(p -> p.reveal(FINGERPRINT)).orElse(""),
        Boolean.toString(r.paid()),
        r.appointmentAt().map(Instant::toString).orElse(""), r.reportedAt().map(Instant::toString).orElse(""));
  }

  Result<Ticket> registerIn(CommandContext ctx, RepairRequest r) {
    Actor actor = ctx.actor();
    Optional<ManagementOffice> office = ctx.directory().officeOfDesk(r.desk()).filter(o -> actor.canSee(o.id()));
    if (office.isEmpty()) {
      return Result.rejected(refused(RejectionCode.NOT_FOUND, "desk", "desk.notFound", r.desk()));
    }
    ManagementOffice mo = office.get();
    if (r.unit().isPresent() && !ctx.directory().officeOfUnit(r.unit().get()).equals(Optional.of(mo.id()))) {
      return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "unit", "unit.notOfOffice", r.unit().get(), mo.id()));
    }
    if (r.owner().isPresent()) {
      Optional<Resident> resident = ctx.directory().resident(r.owner().get());
      boolean livesThere = resident.isPresent() && r.unit().map(u -> resident.get().units().contains(u))
          .orElseGet(() -> resident.get().units().stream().anyMatch(u -> ctx.directory().officeOfUnit(u).equals(Optional.of(mo.id()))));
      if (!livesThere) {
        return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "owner", "owner.notOfUnit", r.owner().get(),
            r.unit().map(UnitId::value).orElse(mo.id().value())));
      }
    }
    TicketId id = TicketId.of(ctx.newId("ticket"));
    // decide first: a rejected registration must leave nothing behind, not even the order of its charge
    Result<Ticket> decided = Ticket.register(id, mo.id(), mo.zone(), r, Optional.empty(), policies, actor, ctx.clock());
    if (!decided.isAccepted() || !r.paid()) {
      decided.value().ifPresent(t -> ctx.record(route, null, t, "REGISTER", decided.events()));
      return decided;
    }
    // paid work is quoted, consented to and charged on a special-service order (PROCEDURES §6, §12),
    // opened in this same transaction through the special-service procedure's port
    Optional<RepairCharges> charges = k.port(RepairCharges.class);
    if (charges.isEmpty()) {
      return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "paid", "paid.noServices"));
    }
    Ticket t = decided.orElseThrow();
    Result<String> opened = charges.get().openFor(ctx, new PaidRepair(id.value(), mo.id(), r.desk(), r.unit(), r.owner(),
        r.contactName(), r.contactPhone(), r.description(), t.reportedAt()));
    if (!opened.isAccepted()) {
      return Result.rejected(opened.rejection().orElseThrow());
    }
    Result<Ticket> registered = Ticket.register(id, mo.id(), mo.zone(), r, opened.value(), policies, actor,
        java.time.Clock.fixed(t.enteredAt(), mo.zone()));
    ctx.record(route, null, registered.orElseThrow(), "REGISTER", registered.events());
    return registered;
  }

  /** The repair intake other procedures open reports through (see {@link RepairIntake}). */
  RepairIntake intake() {
    return (ctx, request) -> {
      Check.present("context", ctx);
      Check.present("request", request);
      if (request.origin() != RepairOrigin.COMPLAINT && request.origin() != RepairOrigin.PATROL) {
        throw new InvalidInputException("origin", "must be COMPLAINT or PATROL when another procedure opens a report");
      }
      Result<Ticket> r = registerIn(ctx, request);
      return r.map(t -> new RepairReference(t.id().value(), t.office(), t.state().name(), t.reportedAt()));
    };
  }

  /** A reply to the owner (答复); the first one is on time within 15 minutes of the report. */
  public Result<Ticket> reply(Actor actor, TicketId id, String text) {
    String said = Check.text("text", text, Ticket.TEXT_LENGTH);
    return run(actor, id, "REPLY", (t, ctx) -> t.reply(said, ctx.actor(), policies, ctx.clock()));
  }

  /** A follow-up contact with the owner (跟进): what staff said, and what the owner said if recorded. */
  public Result<Ticket> followUp(Actor actor, TicketId id, String said, Optional<String> ownerSaid) {
    String text = Check.text("said", said, Ticket.TEXT_LENGTH);
    Check.present("ownerSaid", ownerSaid);
    return run(actor, id, "FOLLOW_UP", (t, ctx) -> t.followUp(text, ownerSaid, ctx.actor(), policies, ctx.clock()));
  }

  /**
   * Sends the job to an engineering technician of the report's office (派工).
   *
   * @return {@code INVALID_COMMAND} naming {@code technician} when they are not a technician of the office
   */
  public Result<Ticket> dispatch(Actor actor, TicketId id, StaffId technician) {
    Check.present("technician", technician);
    return run(actor, id, "DISPATCH", (t, ctx) -> notTechnician(ctx, t, technician)
        .map(Result::<Ticket>rejected).orElseGet(() -> t.dispatch(technician, ctx.actor(), ctx.clock())));
  }

  /**
   * Sends the job to a technician only if the report is still at {@code expectedVersion} (e.g. the
   * version the dispatch board showed).
   *
   * @throws org.propdesk.core.common.StaleVersionException when the stored version differs
   */
  public Result<Ticket> dispatch(Actor actor, TicketId id, StaffId technician, long expectedVersion) {
    Check.present("technician", technician);
    Check.present("id", id);
    return k.execute(actor, route, id.value(), OptionalLong.of(expectedVersion), "DISPATCH", (t, ctx) -> notTechnician(ctx, t, technician)
        .map(Result::<Ticket>rejected).orElseGet(() -> t.dispatch(technician, ctx.actor(), ctx.clock())));
  }

  /** Hands the job to another technician of the office (转派); every clock keeps running. */
  public Result<Ticket> transfer(Actor actor, TicketId id, StaffId to, String reason) {
    Check.present("to", to);
    String why = Check.text("reason", reason, Ticket.TEXT_LENGTH);
    return run(actor, id, "TRANSFER", (t, ctx) -> notTechnician(ctx, t, to)
        .map(Result::<Ticket>rejected).orElseGet(() -> t.transfer(to, why, ctx.actor(), ctx.clock())));
  }

  /** The technician takes the job (接单). */
  public Result<Ticket> acceptJob(Actor actor, TicketId id) {
    return run(actor, id, "ACCEPT", (t, ctx) -> t.acceptJob(ctx.actor(), ctx.clock()));
  }

  /** The technician arrives (到场). */
  public Result<Ticket> arrive(Actor actor, TicketId id) {
    return run(actor, id, "ARRIVE", (t, ctx) -> t.arrive(ctx.actor(), ctx.clock()));
  }

  /** The work starts (开始维修); paid work only once the owner signed the quoted price. */
  public Result<Ticket> start(Actor actor, TicketId id) {
    return run(actor, id, "START", (t, ctx) -> t.start(consentOf(ctx, t), ctx.actor(), ctx.clock()));
  }

  /** For paid work, when the owner signed the quoted price, as its special-service order records it. */
  private Optional<Instant> consentOf(CommandContext ctx, Ticket t) {
    if (!t.paid()) {
      return Optional.empty();
    }
    return t.serviceOrder().flatMap(order -> k.port(RepairCharges.class).flatMap(c -> c.consentOf(ctx, order)));
  }

  /** The work stands still (暂停): the resolution clock stops until it resumes. */
  public Result<Ticket> pause(Actor actor, TicketId id, PauseReason reason, String note) {
    Check.present("reason", reason);
    String text = Check.text("note", note, Ticket.TEXT_LENGTH);
    return run(actor, id, "PAUSE", (t, ctx) -> t.pause(reason, text, ctx.actor(), ctx.clock()));
  }

  /** The work goes on (恢复): the deadline moves by exactly the pause. */
  public Result<Ticket> resume(Actor actor, TicketId id) {
    return run(actor, id, "RESUME", (t, ctx) -> t.resume(ctx.actor(), ctx.clock()));
  }

  /** The technician reports the work done (完工). */
  public Result<Ticket> complete(Actor actor, TicketId id, String workDone) {
    String text = Check.text("workDone", workDone, Ticket.TEXT_LENGTH);
    return run(actor, id, "COMPLETE", (t, ctx) -> t.complete(text, ctx.actor(), policies, ctx.clock()));
  }

  /**
   * The owner signs the work off (业主验收签字), with their rating if given; the report closes, or waits
   * for its callback (paid work, the weekly sample, no rating, an unsatisfied rating).
   */
  public Result<Ticket> signOff(Actor actor, TicketId id, String signedBy, Optional<OwnerRating> rating) {
    String signer = Check.line("signedBy", signedBy, RepairRequest.NAME_LENGTH);
    Check.present("rating", rating);
    return run(actor, id, "SIGN_OFF", (t, ctx) -> alsoOnOrder(ctx, t, t.signOff(signer, rating, ctx.actor(), policies, ctx.clock()),
        (charges, order) -> charges.repairSignedOff(ctx, order, signer)));
  }

  /** The owner does not accept the work (验收不通过): it goes on. */
  public Result<Ticket> refuseSignOff(Actor actor, TicketId id, String reason) {
    String why = Check.text("reason", reason, Ticket.TEXT_LENGTH);
    return run(actor, id, "REFUSE_SIGN_OFF", (t, ctx) -> t.refuseSignOff(why, ctx.actor(), ctx.clock()));
  }

  /**
   * The callback (回访): satisfied closes, unsatisfied reopens the work with the technician responsible,
   * an empty rating records that the owner could not be reached.
   */
  public Result<Ticket> callBack(Actor actor, TicketId id, Optional<OwnerRating> rating, String comment) {
    Check.present("rating", rating);
    String text = Check.text("comment", comment, Ticket.TEXT_LENGTH);
    return run(actor, id, "CALLBACK", (t, ctx) -> t.callBack(rating, text, ctx.actor(), policies, ctx.clock()));
  }

  /** Closes a report whose owner could not be reached at the callback (联系不上关闭). */
  public Result<Ticket> closeUnreachable(Actor actor, TicketId id, String note) {
    String text = Check.text("note", note, Ticket.TEXT_LENGTH);
    return run(actor, id, "CLOSE_UNREACHABLE", (t, ctx) -> t.closeUnreachable(text, ctx.actor(), ctx.clock()));
  }

  /** Rejects the report (驳回) with the reason the owner is told. */
  public Result<Ticket> reject(Actor actor, TicketId id, String reason) {
    String why = Check.text("reason", reason, Ticket.TEXT_LENGTH);
    return run(actor, id, "REJECT", (t, ctx) -> alsoOnOrder(ctx, t, t.reject(why, ctx.actor(), policies, ctx.clock()),
        (charges, order) -> charges.repairEnded(ctx, order, why)));
  }

  /** Cancels the report (取消), e.g. the owner withdrew it. */
  public Result<Ticket> cancel(Actor actor, TicketId id, String reason) {
    String why = Check.text("reason", reason, Ticket.TEXT_LENGTH);
    return run(actor, id, "CANCEL", (t, ctx) -> alsoOnOrder(ctx, t, t.cancel(why, ctx.actor(), ctx.clock()),
        (charges, order) -> charges.repairEnded(ctx, order, why)));
  }

  /** The report, if it exists and the actor may see its office. */
  public Optional<Ticket> find(Actor actor, TicketId id) {
    Check.present("id", id);
    return k.find(actor, route, id.value(), "read ticket");
  }

  /**
   * The office's open reports in {@code states} (e.g. the dispatch board: {@code REGISTERED}), oldest
   * report first; every open state when none is named; empty for an office the actor may not see.
   */
  public List<Ticket> open(Actor actor, OfficeId office, TicketState... states) {
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("states", states);
    List<TicketState> wanted = states.length == 0 ? TicketLifecycle.OPEN : List.of(states);
    if (!actor.canSee(office)) {
      k.authenticate(actor);
      return List.of();
    }
    return k.read(actor, ctx -> ctx.query(route, RecordQuery.of(Ticket.TYPE.name()).office(office)
        .in("state", wanted.stream().map(Enum::name).toList()).orderBy("reported_at").build()));
  }

  /** The open jobs with a technician (维修工待办), oldest report first; empty for an office the actor may not see. */
  public List<Ticket> withTechnician(Actor actor, OfficeId office, StaffId technician) {
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("technician", technician);
    if (!actor.canSee(office)) {
      k.authenticate(actor);
      return List.of();
    }
    return k.read(actor, ctx -> ctx.query(route, RecordQuery.of(Ticket.TYPE.name()).office(office)
        .eq("technician_id", technician.value()).in("state", TicketLifecycle.OPEN.stream().map(Enum::name).toList())
        .orderBy("reported_at").build()));
  }

  /**
   * The office's reports made in [from, to), in report order (the paper register's page); empty for an
   * office the actor may not see.
   */
  public List<Ticket> reportedBetween(Actor actor, OfficeId office, Instant from, Instant to) {
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("from", from);
    Check.present("to", to);
    Check.that(!to.isBefore(from), "to", "must not be before from");
    if (!actor.canSee(office)) {
      k.authenticate(actor);
      return List.of();
    }
    return k.read(actor, ctx -> ctx.query(route, RecordQuery.of(Ticket.TYPE.name()).office(office)
        .atLeast("reported_at", from).before("reported_at", to).orderBy("reported_at").build()));
  }

  /**
   * For paid work, carries an accepted decision over to the report's special-service order, in the same
   * transaction: decided first, so a rejected report changes no order; an order that refuses the change
   * refuses the command.
   */
  private Result<Ticket> alsoOnOrder(CommandContext ctx, Ticket t, Result<Ticket> decided,
      java.util.function.BiFunction<RepairCharges, String, Result<String>> onOrder) {
    if (!decided.isAccepted() || !t.paid() || t.serviceOrder().isEmpty()) {
      return decided;
    }
    Optional<RepairCharges> charges = k.port(RepairCharges.class);
    if (charges.isEmpty()) {
      return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "paid", "paid.noServices"));
    }
    Result<String> order = onOrder.apply(charges.get(), t.serviceOrder().get());
    return order.isAccepted() ? decided : Result.rejected(order.rejection().orElseThrow());
  }

  private Optional<Rejection> notTechnician(CommandContext ctx, Ticket t, StaffId who) {
    boolean ok = ctx.directory().staff(who).filter(s -> s.office().equals(Optional.of(t.office())))
        .filter(s -> s.roles().contains(Role.ENGINEERING_TECHNICIAN)).isPresent();
    return ok ? Optional.empty() : Optional.of(refused(RejectionCode.INVALID_COMMAND,
        who.equals(t.technician().orElse(null)) ? "to" : "technician", "technician.notOfOffice", who, t.office()));
  }

  private static Rejection refused(RejectionCode code, String field, String key, Object... args) {
    return Rejection.ofField(code, field, StaffText.of(Ticket.BUNDLE, key, args));
  }

  private Result<Ticket> run(Actor actor, TicketId id, String command, Kernel.Decision<Ticket> decision) {
    Check.present("id", id);
    return k.execute(actor, route, id.value(), OptionalLong.empty(), command, decision);
  }
}

package org.propdesk.workflows.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.propdesk.core.common.Check;
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
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.owner.Resident;
import org.propdesk.core.service.ChargeRequest;
import org.propdesk.core.service.ContractDraft;
import org.propdesk.core.service.PriceList;
import org.propdesk.core.service.PriceListDraft;
import org.propdesk.core.service.PriceListVersion;
import org.propdesk.core.service.QuoteDraft;
import org.propdesk.core.service.ServiceContract;
import org.propdesk.core.service.ServiceContractId;
import org.propdesk.core.service.ServiceLifecycles;
import org.propdesk.core.service.ServiceOrder;
import org.propdesk.core.service.ServiceOrderId;
import org.propdesk.core.service.ServiceOrderState;
import org.propdesk.core.service.ServiceOrigin;
import org.propdesk.core.service.ServicePolicies;
import org.propdesk.core.service.ServiceRating;
import org.propdesk.core.service.ServiceRequest;
import org.propdesk.core.service.port.PaidRepair;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.CommandContext;
import org.propdesk.workflows.IdempotentRequest;
import org.propdesk.workflows.Kernel;
import org.propdesk.workflows.service.port.RepairCharges;

/**
 * The special-service desk (特约服务, PROCEDURES §12) as use cases: publish the office's price list,
 * take a request, quote it from the list (or, for unlisted work, as a supervisor), record the owner's
 * signed consent or refusal, schedule and do the work, charge the consented total exactly once, call
 * back and close; sign recurring contracts whose visits the calendar generates. It also serves the
 * repair procedure's paid repairs through the port {@link RepairCharges}.
 *
 * <p>Every command runs through the kernel's pipeline: office scope, the lifecycle table, the save with
 * the expected version, the journal, the outbox and one log line. A rejected command writes nothing.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class ServiceDesk {
  private final Kernel k;
  private final AggregateRoute<ServiceOrder> orders;
  private final AggregateRoute<PriceList> lists;
  private final AggregateRoute<ServiceContract> contracts;
  private final ServicePolicies policies;

  ServiceDesk(Kernel k, AggregateRoute<ServiceOrder> orders, AggregateRoute<PriceList> lists,
      AggregateRoute<ServiceContract> contracts, ServicePolicies policies) {
    this.k = k;
    this.orders = orders;
    this.lists = lists;
    this.contracts = contracts;
    this.policies = policies;
  }

  /** The policies this desk applies. */
  public ServicePolicies policies() {
    return policies;
  }

  // ------------------------------------------------------------------ the price list

  /**
   * Publishes a version of {@code office}'s price list (发布收费标准): the first, or a new one that comes
   * into force at its instant; every earlier version stays as it was.
   *
   * @return the list; {@code NOT_FOUND} naming {@code office} for an office the actor may not see
   */
  public Result<PriceList> publishPriceList(Actor actor, OfficeId office, PriceListDraft draft) {
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("draft", draft);
    return k.create(actor, lists, "PUBLISH", ctx -> {
      if (!actor.canSee(office) || ctx.directory().office(office).isEmpty()) {
        return Result.rejected(refused(RejectionCode.NOT_FOUND, "office", "priceList.none", office));
      }
      Optional<PriceList> current = ctx.find(lists, PriceList.idOf(office).value());
      Result<PriceList> r = current.map(l -> l.publish(draft, actor, ctx.clock()))
          .orElseGet(() -> PriceList.publishFirst(office, draft, actor, ctx.clock()));
      r.value().ifPresent(l -> ctx.record(lists, current.orElse(null), l, "PUBLISH", r.events()));
      return r;
    });
  }

  /** Withdraws {@code office}'s price list (停用): nothing is quoted from it from now on. */
  public Result<PriceList> withdrawPriceList(Actor actor, OfficeId office, String reason) {
    Check.present("office", office);
    String why = Check.text("reason", reason, ServiceOrder.TEXT_LENGTH);
    return k.execute(actor, lists, PriceList.idOf(office).value(), OptionalLong.empty(), "WITHDRAW",
        (l, ctx) -> l.withdraw(why, ctx.actor(), ctx.clock()));
  }

  /** {@code office}'s price list, if it has one and the actor may see the office (the public list, 价目公示). */
  public Optional<PriceList> priceList(Actor actor, OfficeId office) {
    Check.present("office", office);
    return k.find(actor, lists, PriceList.idOf(office).value(), "read price list");
  }

  // ------------------------------------------------------------------ orders

  /**
   * Takes a request (特约服务受理) at a desk of an office the actor may see; a unit must be of that office
   * and an owner must live in it.
   */
  public Result<ServiceOrder> request(Actor actor, ServiceRequest request) {
    Check.present("actor", actor);
    Check.present("request", request);
    return k.create(actor, orders, "REQUEST", ctx -> requestIn(ctx, request, ServiceOrigin.DESK, Optional.empty()));
  }

  private Result<ServiceOrder> requestIn(CommandContext ctx, ServiceRequest r, ServiceOrigin origin, Optional<String> ref) {
    Actor actor = ctx.actor();
    Optional<ManagementOffice> office = ctx.directory().officeOfDesk(r.desk()).filter(o -> actor.canSee(o.id()));
    if (office.isEmpty()) {
      return Result.rejected(refused(RejectionCode.NOT_FOUND, "desk", "desk.notFound", r.desk()));
    }
    ManagementOffice mo = office.get();
    Optional<Rejection> place = placeRefusal(ctx, mo.id(), r.unit(), r.owner());
    if (place.isPresent()) {
      return Result.rejected(place.get());
    }
    Result<ServiceOrder> made = ServiceOrder.request(ServiceOrderId.of(ctx.newId("service-order")), mo.id(), mo.zone(), r, origin, ref,
        policies, actor, ctx.clock());
    made.value().ifPresent(o -> ctx.record(orders, null, o, "REQUEST", made.events()));
    return made;
  }

  private static Optional<Rejection> placeRefusal(CommandContext ctx, OfficeId office, Optional<UnitId> unit, Optional<OwnerId> owner) {
    if (unit.isPresent() && !ctx.directory().officeOfUnit(unit.get()).equals(Optional.of(office))) {
      return Optional.of(refused(RejectionCode.INVALID_COMMAND, "unit", "unit.notOfOffice", unit.get(), office));
    }
    if (owner.isPresent()) {
      Optional<Resident> resident = ctx.directory().resident(owner.get());
      boolean livesThere = resident.isPresent() && unit.map(u -> resident.get().units().contains(u))
          .orElseGet(() -> resident.get().units().stream().anyMatch(u -> ctx.directory().officeOfUnit(u).equals(Optional.of(office))));
      if (!livesThere) {
        return Optional.of(refused(RejectionCode.INVALID_COMMAND, "owner", "owner.notOfUnit", owner.get(),
            unit.map(UnitId::value).orElse(office.value())));
      }
    }
    return Optional.empty();
  }

  /**
   * Quotes the order (报价) from the office's price list version in force when it was requested; unlisted
   * lines need the customer supervisor or the director.
   */
  public Result<ServiceOrder> quote(Actor actor, ServiceOrderId id, QuoteDraft draft) {
    Check.present("draft", draft);
    return run(actor, id, "QUOTE", (o, ctx) -> o.quote(draft, versionAt(ctx, o.office(), o.requestedAt()), ctx.actor(), policies,
        ctx.clock()));
  }

  private Optional<PriceListVersion> versionAt(CommandContext ctx, OfficeId office, Instant at) {
    return ctx.find(lists, PriceList.idOf(office).value()).flatMap(l -> l.versionAt(at));
  }

  /** The owner signs the quoted price (业主签字确认). */
  public Result<ServiceOrder> consent(Actor actor, ServiceOrderId id, String signedBy) {
    String signer = Check.line("signedBy", signedBy, 50);
    return run(actor, id, "CONSENT", (o, ctx) -> o.consent(signer, ctx.actor(), ctx.clock()));
  }

  /** The owner signs a refusal of the quoted price (业主签字拒绝). */
  public Result<ServiceOrder> refuse(Actor actor, ServiceOrderId id, String signedBy, String reason) {
    String signer = Check.line("signedBy", signedBy, 50);
    String why = Check.text("reason", reason, ServiceOrder.TEXT_LENGTH);
    return run(actor, id, "REFUSE", (o, ctx) -> o.refuse(signer, why, ctx.actor(), ctx.clock()));
  }

  /** Sets, or changes, when the work is due and which technician of the office does it (排期). */
  public Result<ServiceOrder> schedule(Actor actor, ServiceOrderId id, Instant at, StaffId worker) {
    Check.present("at", at);
    Check.present("worker", worker);
    return run(actor, id, "SCHEDULE", (o, ctx) -> notWorker(ctx, o.office(), worker).map(Result::<ServiceOrder>rejected)
        .orElseGet(() -> o.schedule(at, worker, ctx.actor(), ctx.clock())));
  }

  /** The work starts (开始服务). */
  public Result<ServiceOrder> start(Actor actor, ServiceOrderId id) {
    return run(actor, id, "START", (o, ctx) -> o.start(ctx.actor(), ctx.clock()));
  }

  /** The work is done and the owner signs it off (完工验收). */
  public Result<ServiceOrder> complete(Actor actor, ServiceOrderId id, String workDone, String acceptedBy) {
    String text = Check.text("workDone", workDone, ServiceOrder.TEXT_LENGTH);
    String signer = Check.line("acceptedBy", acceptedBy, 50);
    return run(actor, id, "COMPLETE", (o, ctx) -> o.complete(text, signer, ctx.actor(), ctx.clock()));
  }

  /**
   * Records the payment (收费) of the consented total, exactly once: a retry with the same key and the
   * same request returns the first result and charges nothing more; the order refuses a second charge
   * under another key.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code idempotencyKey} when the key
   *     was used in the office for another request
   */
  public Result<ServiceOrder> charge(Actor actor, ServiceOrderId id, ChargeRequest request, String idempotencyKey) {
    Check.present("id", id);
    Check.present("request", request);
    Check.present("idempotencyKey", idempotencyKey);
    IdempotentRequest once = new IdempotentRequest(idempotencyKey, "charge|" + id + "|" + request.canonical());
    return k.executeOnce(actor, orders, id.value(), once, "CHARGE", (o, ctx) -> o.charge(request, ctx.actor(), ctx.clock()));
  }

  /** The callback (回访); an empty rating records that the owner could not be reached. */
  public Result<ServiceOrder> callBack(Actor actor, ServiceOrderId id, Optional<ServiceRating> rating, String comment) {
    Check.present("rating", rating);
    String text = Check.text("comment", comment, ServiceOrder.TEXT_LENGTH);
    return run(actor, id, "CALLBACK", (o, ctx) -> o.callBack(rating, text, ctx.actor(), policies, ctx.clock()));
  }

  /** Closes an order whose owner could not be reached at the callback (联系不上关闭). */
  public Result<ServiceOrder> closeUnreachable(Actor actor, ServiceOrderId id, String note) {
    String text = Check.text("note", note, ServiceOrder.TEXT_LENGTH);
    return run(actor, id, "CLOSE_UNREACHABLE", (o, ctx) -> o.closeUnreachable(text, ctx.actor(), ctx.clock()));
  }

  /** Cancels the order before the work (取消). */
  public Result<ServiceOrder> cancel(Actor actor, ServiceOrderId id, String reason) {
    String why = Check.text("reason", reason, ServiceOrder.TEXT_LENGTH);
    return run(actor, id, "CANCEL", (o, ctx) -> o.cancel(why, ctx.actor(), ctx.clock()));
  }

  /** The order, if it exists and the actor may see its office. */
  public Optional<ServiceOrder> find(Actor actor, ServiceOrderId id) {
    Check.present("id", id);
    return k.find(actor, orders, id.value(), "read service order");
  }

  /**
   * The office's orders in {@code states}, oldest request first; every open state when none is named;
   * empty for an office the actor may not see.
   */
  public List<ServiceOrder> open(Actor actor, OfficeId office, ServiceOrderState... states) {
    Check.present("actor", actor);
    List<String> wanted = ServiceLifecycles.ORDER.namesOrOpen(states);
    return k.list(actor, office, orders, q -> q.in("state", wanted).orderBy("requested_at"));
  }


  // ------------------------------------------------------------------ recurring contracts

  /**
   * Signs a recurring contract (签订定期服务合同): priced at a listed item of the price list in force now,
   * or at a supervisor's price; its visits planned by the work calendar; each visit's order generated
   * {@link ServicePolicies#visitLead} ahead, already priced and consented.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code date} when the work calendar
   *     has no data for a day of the term
   */
  public Result<ServiceContract> signContract(Actor actor, ContractDraft draft) {
    Check.present("actor", actor);
    Check.present("draft", draft);
    return k.create(actor, contracts, "SIGN", ctx -> {
      Optional<ManagementOffice> office = ctx.directory().officeOfDesk(draft.desk()).filter(o -> actor.canSee(o.id()));
      if (office.isEmpty()) {
        return Result.rejected(refused(RejectionCode.NOT_FOUND, "desk", "desk.notFound", draft.desk()));
      }
      ManagementOffice mo = office.get();
      Optional<Rejection> place = placeRefusal(ctx, mo.id(), Optional.of(draft.unit()), Optional.of(draft.owner()));
      if (place.isPresent()) {
        return Result.rejected(place.get());
      }
      List<LocalDate> planned = draft.schedule().plan(draft.start(), draft.end(), k.calendar());
      Result<ServiceContract> signed = ServiceContract.sign(ServiceContractId.of(ctx.newId("service-contract")), mo.id(), mo.zone(),
          draft, versionAt(ctx, mo.id(), ctx.now()), planned, actor, ctx.clock());
      signed.value().ifPresent(c -> ctx.record(contracts, null, c, "SIGN", signed.events()));
      return signed;
    });
  }

  /** Ends a contract early (提前终止): no further visit is generated. */
  public Result<ServiceContract> terminateContract(Actor actor, ServiceContractId id, String reason) {
    Check.present("id", id);
    String why = Check.text("reason", reason, ServiceOrder.TEXT_LENGTH);
    return k.execute(actor, contracts, id.value(), OptionalLong.empty(), "TERMINATE",
        (c, ctx) -> c.terminate(why, ctx.actor(), ctx.clock()));
  }

  /** The contract, if it exists and the actor may see its office. */
  public Optional<ServiceContract> findContract(Actor actor, ServiceContractId id) {
    Check.present("id", id);
    return k.find(actor, contracts, id.value(), "read service contract");
  }

  /** The orders a contract generated so far, in visit order; empty when the actor may not see it. */
  public List<ServiceOrder> visitsOf(Actor actor, ServiceContractId id) {
    Check.present("id", id);
    return k.read(actor, ctx -> ctx.findVisible(contracts, id.value())
        .map(c -> ctx.query(orders, RecordQuery.of(ServiceOrder.TYPE.name()).office(c.office()).eq("origin_ref", id.value())
            .orderBy("scheduled_for").build()))
        .orElse(List.of()));
  }

  // ------------------------------------------------------------------ the port for paid repairs

  /** The port the repair procedure charges paid repairs through. */
  RepairCharges repairCharges() {
    return new RepairCharges() {
      @Override
      public Result<String> openFor(CommandContext ctx, PaidRepair repair) {
        Check.present("context", ctx);
        Check.present("repair", repair);
        ServiceRequest r = new ServiceRequest(repair.desk(), org.propdesk.core.service.ServiceKind.REPAIR, repair.unit(), repair.owner(),
            repair.contactName(), repair.contactPhone(), repair.description(), Optional.of(repair.reportedAt()));
        return requestIn(ctx, r, ServiceOrigin.REPAIR, Optional.of(repair.ticketId())).map(o -> o.id().value());
      }

      @Override
      public Optional<Instant> consentOf(CommandContext ctx, String orderId) {
        return ctx.find(orders, Check.text("orderId", orderId)).flatMap(ServiceOrder::consentedAt);
      }

      @Override
      public Result<String> repairSignedOff(CommandContext ctx, String orderId, String signedBy) {
        return change(ctx, orderId, "REPAIR_DONE", o -> o.repairDone(signedBy, ctx.actor(), ctx.clock()));
      }

      @Override
      public Result<String> repairEnded(CommandContext ctx, String orderId, String reason) {
        // an order with work done on it stays: the owner owes its charge
        return change(ctx, orderId, "CANCEL", o -> ServiceLifecycles.ORDER.transition(o.state(),
            org.propdesk.core.service.ServiceOrderTrigger.CANCEL).isPresent()
            ? o.cancel("repair report ended: " + Check.text("reason", reason, 400), ctx.actor(), ctx.clock())
            : Result.accepted(o, List.of()));
      }

      private Result<String> change(CommandContext ctx, String orderId, String action,
          java.util.function.Function<ServiceOrder, Result<ServiceOrder>> command) {
        Optional<ServiceOrder> found = ctx.find(orders, Check.text("orderId", orderId));
        if (found.isEmpty()) {
          return Result.rejected(Rejection.ofField(RejectionCode.NOT_FOUND, "orderId",
              StaffText.of(org.propdesk.core.lifecycle.Lifecycle.MESSAGES, "notFound", orderId)));
        }
        ServiceOrder before = found.get();
        Result<ServiceOrder> r = command.apply(before);
        r.value().filter(after -> after.version() != before.version())
            .ifPresent(after -> ctx.record(orders, before, after, action, r.events()));
        return r.map(o -> o.state().name());
      }
    };
  }

  // ------------------------------------------------------------------ internals

  private static Optional<Rejection> notWorker(CommandContext ctx, OfficeId office, StaffId who) {
    boolean ok = ctx.directory().staff(who).filter(s -> s.office().equals(Optional.of(office)))
        .filter(s -> s.roles().contains(Role.ENGINEERING_TECHNICIAN)).isPresent();
    return ok ? Optional.empty() : Optional.of(refused(RejectionCode.INVALID_COMMAND, "worker", "worker.notOfOffice", who, office));
  }

  private static Rejection refused(RejectionCode code, String field, String key, Object... args) {
    return Rejection.ofField(code, field, StaffText.of(ServiceOrder.BUNDLE, key, args));
  }

  private Result<ServiceOrder> run(Actor actor, ServiceOrderId id, String command, Kernel.Decision<ServiceOrder> decision) {
    Check.present("id", id);
    return k.execute(actor, orders, id.value(), OptionalLong.empty(), command, decision);
  }
}

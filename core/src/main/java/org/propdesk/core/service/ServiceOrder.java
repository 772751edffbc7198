package org.propdesk.core.service;

import static org.propdesk.core.lifecycle.Aggregates.append;
import static org.propdesk.core.lifecycle.Aggregates.now;
import static org.propdesk.core.lifecycle.Aggregates.shortNote;
import static org.propdesk.core.service.ServiceLifecycles.ORDER;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;

/**
 * A special-service order (特约服务单): the aggregate of PROCEDURES §12, and the money side of a paid
 * repair of §6. Requested, quoted from the price list in force when requested (or by a supervisor for
 * unlisted work), consented to or refused with the owner's signature, scheduled, done and signed off,
 * charged exactly once, called back and closed.
 *
 * <p>Money rules: no work starts and nothing is charged without the owner's signed consent to the
 * quoted total (a contract visit carries the contract's signature); the charge is that total, made at
 * most once; a later price-list version never changes a quote. Command methods return a {@link Result}
 * and never throw for a business "no". Immutable and thread-safe; {@code toString} masks the phone.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceOrder.class)
@JsonDeserialize(as = ImmutableServiceOrder.class)
public abstract class ServiceOrder {
  /** The bundle of the special-service procedure's refusals, zh-CN and English. */
  public static final String BUNDLE = "org.propdesk.core.service.ServiceRejections";

  /** The longest free text. */
  public static final int TEXT_LENGTH = 500;

  /** How far back a request may be dated [ours, as reports and complaints]. */
  public static final Duration MAX_BACKDATING = Duration.ofHours(24);

  /** How far ahead work may be scheduled [ours]. */
  public static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(90);

  /**
   * The order's record type (特约服务单): {@code service_order}. Index fields hold ids, states, instants
   * and amounts in fen; never the contact's name or phone.
   */
  public static final AggregateType<ServiceOrder> TYPE = AggregateType.builder("service_order", ServiceOrder.class)
      .id(o -> o.id().value())
      .office(ServiceOrder::office)
      .version(ServiceOrder::version)
      .state(ServiceOrder::state)
      .text("desk_id", o -> o.desk().value())
      .text("state", ServiceOrder::state)
      .text("kind", ServiceOrder::kind)
      .text("origin", ServiceOrder::origin)
      .text("origin_ref", ServiceOrder::originRef)
      .text("unit_id", o -> o.unit().map(UnitId::value))
      .text("worker_id", o -> o.worker().map(StaffId::value))
      .instant("requested_at", ServiceOrder::requestedAt)
      .date("requested_on", o -> o.requestedAt().atZone(o.zone()).toLocalDate())
      .instant("quoted_at", o -> o.quote().map(Quote::quotedAt))
      .flag("quoted_on_time", o -> o.quote().map(q -> !q.quotedAt().isAfter(o.quoteDue())))
      .flag("unlisted", o -> o.quote().map(Quote::unlisted))
      .number("quote_total_fen", o -> o.quote().map(q -> q.total().fen()))
      .text("consent", o -> o.consent().map(c -> c.accepted() ? "ACCEPTED" : "REFUSED"))
      .instant("scheduled_for", ServiceOrder::scheduledFor)
      .instant("done_at", ServiceOrder::doneAt)
      .instant("charged_at", o -> o.charge().map(Charge::at))
      .date("charged_on", o -> o.charge().map(c -> c.at().atZone(o.zone()).toLocalDate()))
      .number("charged_fen", o -> o.charge().map(c -> c.amount().fen()))
      .text("payment_method", o -> o.charge().map(Charge::method))
      .text("receipt_no", o -> o.charge().map(Charge::receiptNo))
      .text("last_callback", o -> o.callbacks().isEmpty() ? Optional.empty()
          : Optional.of(o.callbacks().get(o.callbacks().size() - 1).rating().map(Enum::name).orElse("UNREACHABLE")))
      .instant("closed_at", ServiceOrder::closedAt)
      .build();

  /** The order's id. */
  public abstract ServiceOrderId id();

  /** Its office. */
  public abstract OfficeId office();

  /** The office's zone. */
  public abstract ZoneId zone();

  /** The desk that took it. */
  public abstract FrontDeskId desk();

  /** What kind of service. */
  public abstract ServiceKind kind();

  /** Where it came from. */
  public abstract ServiceOrigin origin();

  /** The repair report or contract behind it. */
  public abstract Optional<String> originRef();

  /** The unit, if inside one. */
  public abstract Optional<UnitId> unit();

  /** The owner or resident, if known. */
  public abstract Optional<OwnerId> owner();

  /** Whom to call. */
  public abstract Optional<String> contactName();

  /** Their phone (masked in {@code toString}). */
  public abstract Optional<PhoneNumber> contactPhone();

  /** What was asked for. */
  public abstract String description();

  /** When the owner asked: the quote is priced from the list in force then. */
  public abstract Instant requestedAt();

  /** When the desk entered it. */
  public abstract Instant enteredAt();

  /** The last instant of an on-time quote. */
  public abstract Instant quoteDue();

  /** Whether the quote alarm was raised. */
  public abstract boolean quoteOverdue();

  /** The quote in force (the latest), once quoted. */
  public abstract Optional<Quote> quote();

  /** The owner's signed answer to the quote. */
  public abstract Optional<Consent> consent();

  /** When the work is due. */
  public abstract Optional<Instant> scheduledFor();

  /** Who does it. */
  public abstract Optional<StaffId> worker();

  /** When the work started. */
  public abstract Optional<Instant> startedAt();

  /** When it was done and signed off. */
  public abstract Optional<Instant> doneAt();

  /** The name the owner signed the work off with. */
  public abstract Optional<String> acceptedBy();

  /** What was done. */
  public abstract Optional<String> workDone();

  /** The payment, once made. */
  public abstract Optional<Charge> charge();

  /** Every callback attempt, oldest first. */
  public abstract List<OrderCallback> callbacks();

  /** When it was closed, refused or cancelled. */
  public abstract Optional<Instant> closedAt();

  /** The reason of a cancellation. */
  public abstract Optional<String> endReason();

  /** The state. */
  public abstract ServiceOrderState state();

  /** What happened, oldest first. */
  public abstract List<ServiceHistoryEntry> history();

  /** The aggregate version. */
  public abstract long version();

  final ServiceOrder checked() {
    Check.that(!history().isEmpty() && history().get(history().size() - 1).to() == state(), "history",
        "must end in the current state");
    Check.that(closedAt().isPresent() == ORDER.isTerminal(state()), "closedAt", "is present exactly in a terminal state");
    Check.that(charge().isEmpty() || consent().filter(Consent::accepted).isPresent(), "charge", "needs the owner's consent");
    Check.that(charge().isEmpty() || charge().get().amount().equals(consent().get().amount()), "charge",
        "must be the consented amount");
    Check.that(version() >= 1, "version", "must be at least 1");
    return this;
  }

  // ------------------------------------------------------------------ request

  /**
   * Takes a request (受理). The caller has checked the desk, unit and owner belong to {@code office}.
   * A request at the desk needs a desk role; a paid repair's order is opened by the repair procedure for
   * whoever registered the report. The quote is due {@link ServicePolicies#quoteWithin} after the
   * request.
   */
  public static Result<ServiceOrder> request(ServiceOrderId id, OfficeId office, ZoneId zone, ServiceRequest r, ServiceOrigin origin,
      Optional<String> originRef, ServicePolicies policies, Actor actor, Clock clock) {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("zone", zone);
    Check.present("request", r);
    Check.present("origin", origin);
    Check.present("originRef", originRef);
    Check.present("policies", policies);
    Check.present("actor", actor);
    Check.that(origin != ServiceOrigin.CONTRACT, "origin", "contract visits are generated by their contract");
    Check.that(originRef.isPresent() == (origin == ServiceOrigin.REPAIR), "originRef", "names the repair report of a paid repair");
    if (origin == ServiceOrigin.DESK && actor.roles().stream().noneMatch(ServiceLifecycles.DESK::contains)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED,
          StaffText.of(BUNDLE, "request.role", ServiceLifecycles.DESK, actor.roles())));
    }
    Instant now = now(clock);
    Instant asked = r.requestedAt().map(t -> t.truncatedTo(ChronoUnit.MILLIS)).orElse(now);
    if (asked.isAfter(now) || asked.isBefore(now.minus(MAX_BACKDATING))) {
      return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "requestedAt", "requestedAt.outOfRange", asked));
    }
    Instant due = asked.plus(policies.quoteWithin());
    ServiceOrder o = ImmutableServiceOrder.builder().id(id).office(office).zone(zone).desk(r.desk()).kind(r.kind()).origin(origin)
        .originRef(originRef).unit(r.unit()).owner(r.owner()).contactName(r.contactName()).contactPhone(r.contactPhone())
        .description(r.description()).requestedAt(asked).enteredAt(now).quoteDue(due).quoteOverdue(false)
        .state(ServiceOrderState.REQUESTED)
        .addHistory(new ServiceHistoryEntry(now, Optional.empty(), ServiceOrderState.REQUESTED, actor.staffId(), actor.name(),
            shortNote(r.kind() + " requested " + asked + originRef.map(x -> " for repair " + x).orElse(""))))
        .version(1).build().checked();
    return Result.accepted(o, List.of(new ServiceOrderEvent.Requested(id, office, now, asked, r.kind(), origin, originRef, due)));
  }

  /**
   * A contract's visit (合同定期服务), generated by the contract's calendar: priced at the contract's price
   * and consented by the owner's signature on the contract, so it starts scheduled.
   */
  public static Result<ServiceOrder> visitOf(ServiceOrderId id, ServiceContract contract, Instant scheduledFor, Clock clock) {
    Check.present("id", id);
    Check.present("contract", contract);
    Check.present("scheduledFor", scheduledFor);
    Instant now = now(clock);
    Actor system = Actor.system();
    QuoteLine line = new QuoteLine(contract.itemCode(), contract.description(), "次", 1, contract.pricePerVisit(),
        contract.pricePerVisit());
    Quote quote = new Quote(List.of(line), contract.pricePerVisit(), contract.priceListVersion(), contract.itemCode().isEmpty(),
        Optional.empty(), now, system.staffId());
    Consent consent = new Consent(true, contract.signedBy(), contract.pricePerVisit(), contract.signedAt(), contract.signedWith(),
        Optional.empty());
    ServiceOrder o = ImmutableServiceOrder.builder().id(id).office(contract.office()).zone(contract.zone()).desk(contract.desk())
        .kind(contract.kind()).origin(ServiceOrigin.CONTRACT).originRef(contract.id().value()).unit(contract.unit())
        .owner(contract.owner()).contactName(contract.contactName()).contactPhone(contract.contactPhone())
        .description(contract.description()).requestedAt(now).enteredAt(now).quoteDue(now).quoteOverdue(false).quote(quote)
        .consent(consent).scheduledFor(scheduledFor).worker(Optional.empty()).state(ServiceOrderState.SCHEDULED)
        .addHistory(new ServiceHistoryEntry(now, Optional.empty(), ServiceOrderState.REQUESTED, system.staffId(), system.name(),
            "generated by contract " + contract.id()))
        .addHistory(new ServiceHistoryEntry(now, Optional.of(ServiceOrderTrigger.GENERATE_VISIT), ServiceOrderState.SCHEDULED,
            system.staffId(), system.name(), shortNote("visit of " + scheduledFor + " at " + contract.pricePerVisit())))
        .version(1).build().checked();
    return Result.accepted(o, List.of(new ServiceOrderEvent.VisitGenerated(id, contract.office(), now, contract.id(), scheduledFor,
        contract.pricePerVisit())));
  }

  // ------------------------------------------------------------------ quote and consent

  /**
   * Quotes the order (报价), or quotes it again before the owner answers. Listed lines are priced from
   * {@code priceList}, the version in force when the order was requested; unlisted lines need a
   * supervisor or the director. Refused when a listed code is not in that version, when there is no
   * version in force and a line is listed, or when the note to the owner holds a forbidden phrase.
   */
  public Result<ServiceOrder> quote(QuoteDraft draft, Optional<PriceListVersion> priceList, Actor actor, ServicePolicies policies,
      Clock clock) {
    Check.present("draft", draft);
    Check.present("priceList", priceList);
    Check.present("policies", policies);
    Optional<Rejection> no = refusal(ServiceOrderTrigger.QUOTE, actor)
        .or(() -> draft.note().flatMap(n -> policies.wording().refusalOf("note", n)));
    if (no.isEmpty() && draft.hasUnlistedWork() && actor.roles().stream().noneMatch(ServiceLifecycles.UNLISTED_QUOTERS::contains)) {
      no = Optional.of(refused(RejectionCode.INSUFFICIENT_AUTHORITY, "lines", "quote.unlistedNeedsSupervisor", id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    List<QuoteLine> lines = new ArrayList<>();
    for (QuoteLineDraft d : draft.lines()) {
      if (d.isListed()) {
        String code = d.itemCode().orElseThrow();
        Optional<PriceItem> item = priceList.flatMap(v -> v.item(code));
        if (item.isEmpty()) {
          return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "itemCode", "quote.unknownItem", code,
              priceList.map(v -> String.valueOf(v.number())).orElse("-")));
        }
        PriceItem i = item.get();
        lines.add(new QuoteLine(Optional.of(code), i.name(), i.unit(), d.quantity(), i.price(), QuoteLine.times(i.price(), d.quantity())));
      } else {
        Money unitPrice = d.unitPrice().orElseThrow();
        lines.add(new QuoteLine(Optional.empty(), d.description().orElseThrow(), d.unit().orElseThrow(), d.quantity(), unitPrice,
            QuoteLine.times(unitPrice, d.quantity())));
      }
    }
    Instant now = now(clock);
    Money total = lines.stream().map(QuoteLine::amount).reduce(Money.ZERO, Money::plus);
    boolean anyListed = draft.lines().stream().anyMatch(QuoteLineDraft::isListed);
    Quote q = new Quote(lines, total, anyListed ? priceList.map(PriceListVersion::number) : Optional.empty(), draft.hasUnlistedWork(),
        draft.note(), now, actor.staffId());
    boolean onTime = quote().isPresent() ? !quote().get().quotedAt().isAfter(quoteDue()) : !now.isAfter(quoteDue());
    ImmutableServiceOrder next = advance(ServiceOrderTrigger.QUOTE, actor, now, "quoted " + total).withQuote(q);
    return accept(next, new ServiceOrderEvent.Quoted(id(), office(), now, total, q.priceListVersion(), q.unlisted(), onTime));
  }

  /** The owner signs the quoted price (业主签字确认): work may now be scheduled and, later, charged. */
  public Result<ServiceOrder> consent(String signedBy, Actor actor, Clock clock) {
    String signer = Check.line("signedBy", signedBy, 50);
    Optional<Rejection> no = refusal(ServiceOrderTrigger.CONSENT, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    Money amount = quote().orElseThrow().total();
    return accept(advance(ServiceOrderTrigger.CONSENT, actor, now, "signed by " + signer + " for " + amount)
        .withConsent(new Consent(true, signer, amount, now, actor.staffId(), Optional.empty())),
        new ServiceOrderEvent.Consented(id(), office(), now, amount));
  }

  /** The owner signs a refusal of the quoted price (业主签字拒绝): no work, no charge. */
  public Result<ServiceOrder> refuse(String signedBy, String reason, Actor actor, Clock clock) {
    String signer = Check.line("signedBy", signedBy, 50);
    String why = Check.text("reason", reason, TEXT_LENGTH);
    Optional<Rejection> no = refusal(ServiceOrderTrigger.REFUSE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    Money amount = quote().orElseThrow().total();
    return accept(advance(ServiceOrderTrigger.REFUSE, actor, now, "refused by " + signer + ": " + why)
        .withConsent(new Consent(false, signer, amount, now, actor.staffId(), Optional.of(why))).withClosedAt(now),
        new ServiceOrderEvent.Refused(id(), office(), now));
  }

  // ------------------------------------------------------------------ the work

  /**
   * Sets, or changes, when the work is due and who does it (排期). The caller has checked the worker is
   * of the office. Refused for a time in the past or more than 90 days ahead, and for a paid repair's
   * order (its report schedules the work).
   */
  public Result<ServiceOrder> schedule(Instant at, StaffId worker, Actor actor, Clock clock) {
    Check.present("at", at);
    Check.present("worker", worker);
    Optional<Rejection> no = refusal(ServiceOrderTrigger.SCHEDULE, actor).or(this::repairRefusal);
    Instant now = now(clock);
    if (no.isEmpty() && (at.isBefore(now) || at.isAfter(now.plus(MAX_SCHEDULE_AHEAD)))) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "at", "schedule.outOfRange", at));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant when = at.truncatedTo(ChronoUnit.MILLIS);
    return accept(advance(ServiceOrderTrigger.SCHEDULE, actor, now, "for " + when + " with " + worker).withScheduledFor(when)
        .withWorker(worker), new ServiceOrderEvent.Scheduled(id(), office(), now, when, worker));
  }

  /** The work starts (开始服务): by the worker it is with, or the engineering head. */
  public Result<ServiceOrder> start(Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(ServiceOrderTrigger.START, actor).or(() -> workerRefusal(actor));
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    ImmutableServiceOrder next = advance(ServiceOrderTrigger.START, actor, now, "started").withStartedAt(now);
    if (next.worker().isEmpty()) {
      next = next.withWorker(actor.staffId());
    }
    return accept(next, new ServiceOrderEvent.Started(id(), office(), now, actor.staffId()));
  }

  /** The work is done and the owner signs it off (完工验收). */
  public Result<ServiceOrder> complete(String workDone, String acceptedBy, Actor actor, Clock clock) {
    String text = Check.text("workDone", workDone, TEXT_LENGTH);
    String signer = Check.line("acceptedBy", acceptedBy, 50);
    Optional<Rejection> no = refusal(ServiceOrderTrigger.COMPLETE, actor).or(() -> workerRefusal(actor));
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(ServiceOrderTrigger.COMPLETE, actor, now, "done, signed off by " + signer).withDoneAt(now)
        .withWorkDone(text).withAcceptedBy(signer), new ServiceOrderEvent.Done(id(), office(), now, false));
  }

  /**
   * A paid repair's report was signed off by the owner (报修验收): its order is done and may be charged.
   * Only for an order of a paid repair.
   */
  public Result<ServiceOrder> repairDone(String signedBy, Actor actor, Clock clock) {
    String signer = Check.line("signedBy", signedBy, 50);
    Optional<Rejection> no = refusal(ServiceOrderTrigger.REPAIR_DONE, actor);
    if (no.isEmpty() && origin() != ServiceOrigin.REPAIR) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "origin", "repairDone.notRepair", id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(ServiceOrderTrigger.REPAIR_DONE, actor, now, "repair " + originRef().orElse("") + " signed off by " + signer)
        .withDoneAt(now).withAcceptedBy(signer), new ServiceOrderEvent.Done(id(), office(), now, true));
  }

  // ------------------------------------------------------------------ money and the callback

  /**
   * Records the payment (收费): the consented total, once. A paid repair's order closes with it (its
   * callback is the repair report's); any other order waits for its callback.
   *
   * @return rejected naming {@code amount} when it is not the consented total
   */
  public Result<ServiceOrder> charge(ChargeRequest request, Actor actor, Clock clock) {
    Check.present("request", request);
    Optional<Rejection> no = refusal(ServiceOrderTrigger.CHARGE, actor);
    if (no.isEmpty() && consent().filter(Consent::accepted).isEmpty()) {
      no = Optional.of(refused(RejectionCode.NOT_PERMITTED_IN_STATE, "consent", "charge.noConsent", id()));
    }
    if (no.isEmpty() && !request.amount().equals(consent().get().amount())) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "amount", "charge.wrongAmount", request.amount(),
          consent().get().amount()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    Charge c = new Charge(request.amount(), request.method(), request.receiptNo(), now, actor.staffId());
    ImmutableServiceOrder next = advance(ServiceOrderTrigger.CHARGE, actor, now, "paid " + c.amount() + " by " + c.method()
        + ", receipt " + c.receiptNo()).withCharge(c);
    List<ServiceOrderEvent> events = new ArrayList<>(List.of(new ServiceOrderEvent.Charged(id(), office(), now, c.amount(),
        c.method(), c.receiptNo())));
    if (origin() == ServiceOrigin.REPAIR) {
      next = next.advance(ServiceOrderTrigger.CLOSE_REPAIR, actor, now, "closed: the callback is repair " + originRef().orElse(""))
          .withClosedAt(now);
      events.add(new ServiceOrderEvent.Closed(id(), office(), now));
    }
    return accept(next, events);
  }

  /**
   * The callback (回访): satisfied or unsatisfied closes the order (an unsatisfied one is reported to the
   * supervisor); an empty rating records that the owner could not be reached.
   */
  public Result<ServiceOrder> callBack(Optional<ServiceRating> rating, String comment, Actor actor, ServicePolicies policies,
      Clock clock) {
    Check.present("rating", rating);
    String text = Check.text("comment", comment, TEXT_LENGTH);
    Check.present("policies", policies);
    ServiceOrderTrigger trigger = rating.isEmpty() ? ServiceOrderTrigger.CALLBACK_UNREACHABLE
        : rating.get() == ServiceRating.UNSATISFIED ? ServiceOrderTrigger.CALLBACK_UNSATISFIED : ServiceOrderTrigger.CALLBACK_SATISFIED;
    Optional<Rejection> no = refusal(trigger, actor).or(() -> policies.wording().refusalOf("comment", text));
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    ImmutableServiceOrder next = advance(trigger, actor, now, rating.map(Enum::name).orElse("unreachable"))
        .withCallbacks(append(callbacks(), new OrderCallback(now, actor.staffId(), rating, text)));
    List<ServiceOrderEvent> events = new ArrayList<>(List.of(new ServiceOrderEvent.CalledBack(id(), office(), now, rating)));
    if (rating.isPresent()) {
      next = next.withClosedAt(now);
      events.add(new ServiceOrderEvent.Closed(id(), office(), now));
    }
    return accept(next, events);
  }

  /** Closes an order whose owner could not be reached, after at least one unreachable callback (联系不上关闭). */
  public Result<ServiceOrder> closeUnreachable(String note, Actor actor, Clock clock) {
    String text = Check.text("note", note, TEXT_LENGTH);
    Optional<Rejection> no = refusal(ServiceOrderTrigger.CLOSE_UNREACHABLE, actor);
    if (no.isEmpty() && callbacks().stream().noneMatch(c -> c.rating().isEmpty())) {
      no = Optional.of(refused(RejectionCode.NOT_PERMITTED_IN_STATE, "callbacks", "closeUnreachable.noAttempt", id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(ServiceOrderTrigger.CLOSE_UNREACHABLE, actor, now, "owner unreachable: " + text).withClosedAt(now),
        new ServiceOrderEvent.Closed(id(), office(), now));
  }

  /** Cancels the order before the work (取消), with a reason. */
  public Result<ServiceOrder> cancel(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, TEXT_LENGTH);
    Optional<Rejection> no = refusal(ServiceOrderTrigger.CANCEL, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(ServiceOrderTrigger.CANCEL, actor, now, why).withClosedAt(now).withEndReason(why),
        new ServiceOrderEvent.Cancelled(id(), office(), now, why));
  }

  /** The quote alarm (报价超时): if still not quoted after {@link #quoteDue()}. Raised once. */
  public Result<ServiceOrder> onQuoteDue(Clock clock) {
    Instant now = now(clock);
    if (!now.isAfter(quoteDue()) || quoteOverdue() || ORDER.transition(state(), ServiceOrderTrigger.QUOTE_OVERDUE).isEmpty()) {
      return Result.accepted(this, List.of());
    }
    return accept(advance(ServiceOrderTrigger.QUOTE_OVERDUE, Actor.system(), now, "not quoted by " + quoteDue())
        .withQuoteOverdue(true), new ServiceOrderEvent.QuoteOverdue(id(), office(), now, quoteDue()));
  }

  /** When the owner consented, if they did: what a paid repair's report asks before its work starts. */
  @JsonIgnore
  public Optional<Instant> consentedAt() {
    return consent().filter(Consent::accepted).map(Consent::at);
  }

  /** The day it was requested, in the office's zone. */
  @JsonIgnore
  public LocalDate requestedDate() {
    return requestedAt().atZone(zone()).toLocalDate();
  }

  /** The state at {@code instant}, from the history (requested before it). */
  public ServiceOrderState stateAt(Instant instant) {
    ServiceOrderState s = ServiceOrderState.REQUESTED;
    for (ServiceHistoryEntry e : history()) {
      if (e.at().isAfter(instant)) {
        break;
      }
      s = e.to();
    }
    return s;
  }

  /** Whether it is open. */
  @JsonIgnore
  public boolean isOpen() {
    return !ORDER.isTerminal(state());
  }

  @Override
  public String toString() {
    return "ServiceOrder{" + id() + ", office=" + office() + ", v" + version() + ", " + state() + ", " + kind()
        + quote().map(q -> ", quoted " + q.total()).orElse("") + charge().map(c -> ", paid " + c.amount()).orElse("")
        + contactPhone().map(p -> ", phone=" + p).orElse("") + "}";
  }

  // ------------------------------------------------------------------ internals

  private Optional<Rejection> repairRefusal() {
    return origin() == ServiceOrigin.REPAIR
        ? Optional.of(refused(RejectionCode.INVALID_COMMAND, "origin", "repair.workOnReport", id(), originRef().orElse("")))
        : Optional.empty();
  }

  private Optional<Rejection> workerRefusal(Actor actor) {
    boolean head = actor.roles().contains(Role.DEPARTMENT_HEAD);
    if (head || worker().isEmpty() || worker().get().equals(actor.staffId())) {
      return Optional.empty();
    }
    return Optional.of(refused(RejectionCode.INSUFFICIENT_AUTHORITY, "actor", "notYourJob", id(), worker().get()));
  }

  private Optional<Rejection> refusal(ServiceOrderTrigger trigger, Actor actor) {
    return ORDER.refusal(state(), trigger, actor, "service order " + id());
  }

  static Rejection refused(RejectionCode code, String field, String key, Object... args) {
    return Rejection.ofField(code, field, StaffText.of(BUNDLE, key, args));
  }

  /** This snapshot after one more trigger from its current state: the state and one history line. */
  ImmutableServiceOrder advance(ServiceOrderTrigger trigger, Actor actor, Instant now, String note) {
    ServiceOrderState to = ORDER.transition(state(), trigger).orElseThrow().to();
    return ImmutableServiceOrder.copyOf(this).withState(to).withHistory(
        append(history(), new ServiceHistoryEntry(now, Optional.of(trigger), to, actor.staffId(), actor.name(), shortNote(note))));
  }

  private Result<ServiceOrder> accept(ImmutableServiceOrder next, ServiceOrderEvent event) {
    return accept(next, List.of(event));
  }

  private Result<ServiceOrder> accept(ImmutableServiceOrder next, List<ServiceOrderEvent> events) {
    return Result.accepted(next.withVersion(version() + 1).checked(), events);
  }
}

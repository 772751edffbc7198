package org.propdesk.core.service;

import static org.propdesk.core.lifecycle.Aggregates.append;
import static org.propdesk.core.lifecycle.Aggregates.now;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;

/**
 * A recurring special-service contract (定期特约服务合同), PROCEDURES §12, e.g. weekly cleaning: signed
 * once by the owner at a price per visit, its visits planned by the work calendar at signing, and each
 * planned visit's order generated ahead of it, already priced and consented by the contract.
 *
 * <p>Invariants: the planned days are ascending and within the term; generated visits are a prefix of
 * the planned days, in order, each generated once; the contract ends when the last is generated, or
 * earlier when terminated. Immutable and thread-safe; {@code toString} masks the phone.
 *
 * @param id the contract
 * @param office its office
 * @param zone the office's zone
 * @param desk the desk that signed it
 * @param unit the unit served
 * @param owner the owner
 * @param contactName whom to call
 * @param contactPhone their phone (personal data)
 * @param kind the kind of service
 * @param description what each visit does
 * @param itemCode the price-list item each visit is priced at, if listed
 * @param priceListVersion the price-list version that price came from, if listed
 * @param pricePerVisit the price of each visit
 * @param schedule when the visits fall
 * @param start the first day of the term
 * @param end the last day of the term
 * @param signedBy the name the owner signed with
 * @param signedAt when
 * @param signedWith the staff member who signed for the office
 * @param plannedVisits the visit days, planned by the calendar at signing
 * @param generated the visits generated so far, in order
 * @param state the state
 * @param endReason why it was terminated
 * @param closedAt when it ended
 * @param version the aggregate version
 * @since 0.1.0
 */
public record ServiceContract(ServiceContractId id, OfficeId office, ZoneId zone, FrontDeskId desk, Optional<UnitId> unit,
    Optional<OwnerId> owner, Optional<String> contactName, Optional<PhoneNumber> contactPhone, ServiceKind kind, String description,
    Optional<String> itemCode, Optional<Integer> priceListVersion, Money pricePerVisit, VisitSchedule schedule, LocalDate start,
    LocalDate end, String signedBy, Instant signedAt, StaffId signedWith, List<LocalDate> plannedVisits,
    List<GeneratedVisit> generated, ContractState state, Optional<String> endReason, Optional<Instant> closedAt, long version) {

  /** The contract's record type (定期服务合同): {@code service_contract}. */
  public static final AggregateType<ServiceContract> TYPE = AggregateType.builder("service_contract", ServiceContract.class)
      .id(c -> c.id().value())
      .office(ServiceContract::office)
      .version(ServiceContract::version)
      .state(ServiceContract::state)
      .text("state", ServiceContract::state)
      .text("kind", ServiceContract::kind)
      .text("unit_id", c -> c.unit().map(UnitId::value))
      .text("owner_id", c -> c.owner().map(OwnerId::value))
      .date("start_on", ServiceContract::start)
      .date("end_on", ServiceContract::end)
      .date("next_visit_on", ServiceContract::nextVisit)
      .number("price_fen", c -> c.pricePerVisit().fen())
      .build();

  /** Checks the parts and the invariants. */
  public ServiceContract {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("zone", zone);
    Check.present("desk", desk);
    Check.present("unit", unit);
    Check.present("owner", owner);
    Check.present("contactName", contactName);
    Check.present("contactPhone", contactPhone);
    Check.present("kind", kind);
    Check.present("description", description);
    Check.present("itemCode", itemCode);
    Check.present("priceListVersion", priceListVersion);
    Check.present("pricePerVisit", pricePerVisit);
    Check.present("schedule", schedule);
    Check.present("start", start);
    Check.present("end", end);
    Check.present("signedBy", signedBy);
    Check.present("signedAt", signedAt);
    Check.present("signedWith", signedWith);
    plannedVisits = List.copyOf(plannedVisits);
    generated = List.copyOf(generated);
    for (int i = 0; i < plannedVisits.size(); i++) {
      LocalDate d = plannedVisits.get(i);
      Check.that(!d.isBefore(start) && !d.isAfter(end) && (i == 0 || d.isAfter(plannedVisits.get(i - 1))), "plannedVisits",
          "must be ascending days of the term");
    }
    Check.that(generated.size() <= plannedVisits.size(), "generated", "must not exceed the planned visits");
    for (int i = 0; i < generated.size(); i++) {
      Check.that(generated.get(i).day().equals(plannedVisits.get(i)), "generated", "must follow the planned visits in order");
    }
    Check.present("state", state);
    Check.present("endReason", endReason);
    Check.present("closedAt", closedAt);
    Check.that(closedAt.isPresent() == ServiceLifecycles.CONTRACT.isTerminal(state), "closedAt", "is present exactly when ended");
    Check.that(version >= 1, "version", "must be at least 1");
  }

  /**
   * Signs a contract (签订定期服务合同). The caller has checked the desk, unit and owner belong to {@code
   * office}, priced a listed item from the price list in force now ({@code listed}: item price and
   * version), and planned the visit days with the work calendar. Refused when the actor may not sign,
   * when a supervisor's price is set by someone who may not price unlisted work, when the plan holds no
   * visit, or when the term started before today.
   */
  public static Result<ServiceContract> sign(ServiceContractId id, OfficeId office, ZoneId zone, ContractDraft draft,
      Optional<PriceListVersion> listed, List<LocalDate> planned, Actor actor, Clock clock) {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("zone", zone);
    Check.present("draft", draft);
    Check.present("listed", listed);
    Check.present("planned", planned);
    Check.present("actor", actor);
    if (actor.roles().stream().noneMatch(ServiceLifecycles.CONTRACTORS::contains)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED,
          StaffText.of(ServiceOrder.BUNDLE, "contract.role", ServiceLifecycles.CONTRACTORS, actor.roles())));
    }
    if (draft.price().isPresent() && actor.roles().stream().noneMatch(ServiceLifecycles.UNLISTED_QUOTERS::contains)) {
      return Result.rejected(ServiceOrder.refused(RejectionCode.INSUFFICIENT_AUTHORITY, "price", "contract.priceNeedsSupervisor"));
    }
    Instant now = now(clock);
    if (draft.start().isBefore(now.atZone(zone).toLocalDate())) {
      return Result.rejected(ServiceOrder.refused(RejectionCode.INVALID_COMMAND, "start", "contract.startPast", draft.start()));
    }
    Money price;
    if (draft.itemCode().isPresent()) {
      String code = draft.itemCode().get();
      Optional<PriceItem> item = listed.flatMap(v -> v.item(code));
      if (item.isEmpty()) {
        return Result.rejected(ServiceOrder.refused(RejectionCode.INVALID_COMMAND, "itemCode", "quote.unknownItem", code,
            listed.map(v -> String.valueOf(v.number())).orElse("-")));
      }
      price = item.get().price();
    } else {
      price = draft.price().orElseThrow();
    }
    if (planned.isEmpty()) {
      return Result.rejected(ServiceOrder.refused(RejectionCode.INVALID_COMMAND, "schedule", "contract.noVisit", draft.start(),
          draft.end()));
    }
    ServiceContract c = new ServiceContract(id, office, zone, draft.desk(), Optional.of(draft.unit()), Optional.of(draft.owner()),
        draft.contactName(), draft.contactPhone(), draft.kind(), draft.description(), draft.itemCode(),
        draft.itemCode().isPresent() ? listed.map(PriceListVersion::number) : Optional.empty(), price, draft.schedule(),
        draft.start(), draft.end(), draft.signedBy(), now, actor.staffId(), planned, List.of(), ContractState.ACTIVE,
        Optional.empty(), Optional.empty(), 1);
    return Result.accepted(c, List.of(new ServiceContractEvent.Signed(id, office, now, planned.size(), price)));
  }

  /** The next planned visit not yet generated, while the contract runs. */
  @JsonIgnore
  public Optional<LocalDate> nextVisit() {
    return state == ContractState.ACTIVE && generated.size() < plannedVisits.size()
        ? Optional.of(plannedVisits.get(generated.size())) : Optional.empty();
  }

  /** When a planned visit starts, in the office's zone. */
  public Instant visitStart(LocalDate day) {
    return day.atTime(schedule.time()).atZone(zone).toInstant();
  }

  /** When the order of a planned visit is generated: {@code lead} before it starts. */
  public Instant generationDue(LocalDate day, Duration lead) {
    return visitStart(day).minus(lead);
  }

  /**
   * Records that the order of the next planned visit, {@code day}, was generated as {@code order} (生成
   * 服务单). Unchanged when {@code day} is not the next planned visit (it was generated already, or the
   * contract ended).
   */
  public Result<ServiceContract> onVisitGenerated(LocalDate day, ServiceOrderId order, Clock clock) {
    Check.present("day", day);
    Check.present("order", order);
    if (!nextVisit().equals(Optional.of(day))) {
      return Result.accepted(this, List.of());
    }
    Instant now = now(clock);
    boolean last = generated.size() + 1 == plannedVisits.size();
    ContractState to = ServiceLifecycles.CONTRACT.transition(state,
        last ? ContractTrigger.GENERATE_LAST_VISIT : ContractTrigger.GENERATE_VISIT).orElseThrow().to();
    ServiceContract next = new ServiceContract(id, office, zone, desk, unit, owner, contactName, contactPhone, kind, description,
        itemCode, priceListVersion, pricePerVisit, schedule, start, end, signedBy, signedAt, signedWith, plannedVisits,
        append(generated, new GeneratedVisit(day, order)), to, endReason, last ? Optional.of(now) : closedAt, version + 1);
    return Result.accepted(next, List.of(new ServiceContractEvent.VisitGenerated(id, office, now, day, order, last)));
  }

  /** Ends the contract early (提前终止): no further visit is generated; generated ones stay. */
  public Result<ServiceContract> terminate(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, ServiceOrder.TEXT_LENGTH);
    Optional<Rejection> no = ServiceLifecycles.CONTRACT.refusal(state, ContractTrigger.TERMINATE, actor, "contract " + id);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    ServiceContract next = new ServiceContract(id, office, zone, desk, unit, owner, contactName, contactPhone, kind, description,
        itemCode, priceListVersion, pricePerVisit, schedule, start, end, signedBy, signedAt, signedWith, plannedVisits, generated,
        ContractState.TERMINATED, Optional.of(why), Optional.of(now), version + 1);
    return Result.accepted(next, List.of(new ServiceContractEvent.Terminated(id, office, now, why)));
  }

  @Override
  public String toString() {
    return "ServiceContract{" + id + ", office=" + office + ", v" + version + ", " + state + ", " + kind + ", " + pricePerVisit
        + " x " + plannedVisits.size() + contactPhone.map(p -> ", phone=" + p).orElse("") + "}";
  }
}

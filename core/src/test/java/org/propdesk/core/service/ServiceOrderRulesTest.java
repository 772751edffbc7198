package org.propdesk.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;

/**
 * The special-service order's rules one by one (PROCEDURES §12): the request's time, the quote's
 * deadline, who works it, the paid repair's path, the callback and its unreachable close, and the
 * order's and the contract's own invariants.
 */
class ServiceOrderRulesTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final OfficeId OFFICE = OfficeId.of("O-1");
  private static final ServicePolicies POLICIES = ServicePolicies.practiceDefaults();
  private static final Actor CLERK = Actor.inOffice(StaffId.of("clerk"), "clerk", OFFICE, Role.FRONT_DESK_CLERK);
  private static final Actor SUPERVISOR = Actor.inOffice(StaffId.of("sup"), "sup", OFFICE, Role.CUSTOMER_SUPERVISOR);
  private static final Actor TECH = Actor.inOffice(StaffId.of("tech"), "tech", OFFICE, Role.ENGINEERING_TECHNICIAN);
  private static final Actor TECH_2 = Actor.inOffice(StaffId.of("tech2"), "tech2", OFFICE, Role.ENGINEERING_TECHNICIAN);
  private static final Actor HEAD = Actor.inOffice(StaffId.of("head"), "head", OFFICE, Role.DEPARTMENT_HEAD);
  private static final Actor GUARD = Actor.inOffice(StaffId.of("guard"), "guard", OFFICE, Role.SECURITY_GUARD);
  private static final PriceListVersion V1 = new PriceListVersion(1, local("2026-03-01T00:00"), List.of(
      new PriceItem("WD-01", "更换水龙头", "个", Money.parse("35.00"), ServiceKind.REPAIR)), local("2026-03-01T00:00"),
      StaffId.of("d"), "首版");

  private static Instant local(String t) {
    return LocalDateTime.parse(t).atZone(ZONE).toInstant();
  }

  private static Clock at(String t) {
    return Clock.fixed(local(t), ZONE);
  }

  private static ServiceRequest.Builder request() {
    return ServiceRequest.builder().desk(FrontDeskId.of("D-1")).kind(ServiceKind.REPAIR).description("换龙头");
  }

  private static ServiceOrder requested(ServiceOrigin origin) {
    return ServiceOrder.request(ServiceOrderId.of("S-1"), OFFICE, ZONE, request().build(), origin,
        origin == ServiceOrigin.REPAIR ? Optional.of("T-1") : Optional.empty(), POLICIES, CLERK, at("2026-03-02T09:00")).orElseThrow();
  }

  private static ServiceOrder consented(ServiceOrigin origin) {
    return requested(origin).quote(QuoteDraft.of(QuoteLineDraft.listed("WD-01", 1)), Optional.of(V1), CLERK, POLICIES,
        at("2026-03-02T09:05")).orElseThrow().consent("王芳", CLERK, at("2026-03-02T09:06")).orElseThrow();
  }

  private static <E> E event(Result<ServiceOrder> r, Class<E> type) {
    return r.events().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }

  @Test
  void aRequestIsTimedWhenTheOwnerAskedAtMost24HoursBackAndOnlyTheDeskTakesOne() {
    assertThat(ServiceOrder.request(ServiceOrderId.of("S-1"), OFFICE, ZONE, request().requestedAt(local("2026-03-01T09:00")).build(),
        ServiceOrigin.DESK, Optional.empty(), POLICIES, CLERK, at("2026-03-02T09:00")).orElseThrow().quoteDue())
        .isEqualTo(local("2026-03-01T09:15"));
    assertThat(ServiceOrder.request(ServiceOrderId.of("S-1"), OFFICE, ZONE, request().requestedAt(local("2026-03-01T08:59:59.999"))
        .build(), ServiceOrigin.DESK, Optional.empty(), POLICIES, CLERK, at("2026-03-02T09:00")).rejection().orElseThrow().field())
        .contains("requestedAt");
    assertThat(ServiceOrder.request(ServiceOrderId.of("S-1"), OFFICE, ZONE, request().requestedAt(local("2026-03-02T09:00:00.001"))
        .build(), ServiceOrigin.DESK, Optional.empty(), POLICIES, CLERK, at("2026-03-02T09:00")).rejection().orElseThrow().field())
        .contains("requestedAt");
    assertThat(ServiceOrder.request(ServiceOrderId.of("S-1"), OFFICE, ZONE, request().build(), ServiceOrigin.DESK, Optional.empty(),
        POLICIES, GUARD, at("2026-03-02T09:00")).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(ServiceOrder.request(ServiceOrderId.of("S-1"), OFFICE, ZONE, request().build(), ServiceOrigin.REPAIR, Optional.of("T-1"),
        POLICIES, GUARD, at("2026-03-02T09:00")).isAccepted()).as("a repair's registrar opens its order").isTrue();
    assertThatThrownBy(() -> ServiceOrder.request(ServiceOrderId.of("S-1"), OFFICE, ZONE, request().build(), ServiceOrigin.REPAIR,
        Optional.empty(), POLICIES, CLERK, at("2026-03-02T09:00"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("originRef");
    assertThatThrownBy(() -> ServiceOrder.request(ServiceOrderId.of("S-1"), OFFICE, ZONE, request().build(), ServiceOrigin.CONTRACT,
        Optional.empty(), POLICIES, CLERK, at("2026-03-02T09:00"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("origin");
  }

  @Test
  void theQuoteIsOnTimeAtFifteenMinutesAndARequoteKeepsTheFirstQuotesTimeliness() {
    ServiceOrder o = requested(ServiceOrigin.DESK);
    QuoteDraft one = QuoteDraft.of(QuoteLineDraft.listed("WD-01", 1));
    assertThat(event(o.quote(one, Optional.of(V1), CLERK, POLICIES, at("2026-03-02T09:15")), ServiceOrderEvent.Quoted.class).onTime())
        .isTrue();
    Result<ServiceOrder> late = o.quote(one, Optional.of(V1), CLERK, POLICIES, at("2026-03-02T09:15:00.001"));
    assertThat(event(late, ServiceOrderEvent.Quoted.class).onTime()).isFalse();
    ServiceOrder first = o.quote(one, Optional.of(V1), CLERK, POLICIES, at("2026-03-02T09:10")).orElseThrow();
    Result<ServiceOrder> requote = first.quote(QuoteDraft.of(QuoteLineDraft.listed("WD-01", 2)), Optional.of(V1), CLERK, POLICIES,
        at("2026-03-02T10:00"));
    assertThat(event(requote, ServiceOrderEvent.Quoted.class).onTime()).isTrue();
    assertThat(requote.orElseThrow().quote().orElseThrow().total()).isEqualTo(Money.parse("70.00"));
    assertThat(o.onQuoteDue(at("2026-03-02T09:15")).orElseThrow()).isSameAs(o);
    ServiceOrder alarmed = o.onQuoteDue(at("2026-03-02T09:15:00.001")).orElseThrow();
    assertThat(alarmed.quoteOverdue()).isTrue();
    assertThat(alarmed.onQuoteDue(at("2026-03-02T10:00")).orElseThrow()).isSameAs(alarmed);
    assertThat(first.onQuoteDue(at("2026-03-02T10:00")).orElseThrow()).as("quoted in time").isSameAs(first);
    assertThat(o.quote(one, Optional.empty(), CLERK, POLICIES, at("2026-03-02T09:10")).rejection().orElseThrow().field())
        .as("no list in force").contains("itemCode");
  }

  @Test
  void workIsScheduledFromNowToNinetyDaysAndDoneByItsWorkerOrTheEngineeringHead() {
    ServiceOrder o = consented(ServiceOrigin.DESK);
    assertThat(o.schedule(local("2026-03-02T09:06:59"), TECH.staffId(), CLERK, at("2026-03-02T09:07")).rejection().orElseThrow()
        .field()).contains("at");
    assertThat(o.schedule(local("2026-05-31T09:07:00.001"), TECH.staffId(), CLERK, at("2026-03-02T09:07")).rejection().orElseThrow()
        .field()).contains("at");
    ServiceOrder scheduled = o.schedule(local("2026-05-31T09:07"), TECH.staffId(), CLERK, at("2026-03-02T09:07")).orElseThrow();
    assertThat(scheduled.start(TECH_2, at("2026-03-02T10:00")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    ServiceOrder started = scheduled.start(HEAD, at("2026-03-02T10:00")).orElseThrow();
    assertThat(started.worker()).contains(TECH.staffId());
    assertThat(started.complete("换好", "王芳", TECH_2, at("2026-03-02T11:00")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    ServiceOrder done = started.complete("换好", "王芳", TECH, at("2026-03-02T11:00")).orElseThrow();
    assertThat(done.acceptedBy()).contains("王芳");
    assertThat(done.workDone()).contains("换好");
    assertThat(done.stateAt(local("2026-03-02T09:05:30"))).isEqualTo(ServiceOrderState.QUOTED);
    assertThat(done.stateAt(local("2026-03-02T08:00"))).isEqualTo(ServiceOrderState.REQUESTED);
    assertThat(done.stateAt(local("2026-03-02T11:00"))).isEqualTo(ServiceOrderState.DONE);
  }

  @Test
  void aPaidRepairsOrderIsDoneByItsReportAndClosesWhenPaidWhileAnyOtherOrderWaitsForItsCallback() {
    ServiceOrder repair = consented(ServiceOrigin.REPAIR);
    assertThat(repair.schedule(local("2026-03-02T12:00"), TECH.staffId(), CLERK, at("2026-03-02T09:07")).rejection().orElseThrow()
        .field()).contains("origin");
    assertThat(consented(ServiceOrigin.DESK).repairDone("王芳", CLERK, at("2026-03-02T10:00")).rejection().orElseThrow().field())
        .contains("origin");
    ServiceOrder paid = repair.repairDone("王芳", TECH, at("2026-03-02T10:00")).orElseThrow()
        .charge(new ChargeRequest(Money.parse("35.00"), PaymentMethod.CASH, "R-1"), CLERK, at("2026-03-02T10:05")).orElseThrow();
    assertThat(paid.state()).isEqualTo(ServiceOrderState.CLOSED);
    assertThat(paid.isOpen()).isFalse();
    assertThat(paid.history()).extracting(h -> h.trigger().orElse(null)).endsWith(ServiceOrderTrigger.CHARGE,
        ServiceOrderTrigger.CLOSE_REPAIR);

    ServiceOrder desk = consented(ServiceOrigin.DESK).schedule(local("2026-03-02T12:00"), TECH.staffId(), CLERK, at("2026-03-02T09:07"))
        .orElseThrow().start(TECH, at("2026-03-02T12:00")).orElseThrow().complete("换好", "王芳", TECH, at("2026-03-02T12:30"))
        .orElseThrow().charge(new ChargeRequest(Money.parse("35.00"), PaymentMethod.CASH, "R-2"), CLERK, at("2026-03-02T12:35"))
        .orElseThrow();
    assertThat(desk.state()).isEqualTo(ServiceOrderState.CHARGED);
    assertThat(desk.isOpen()).isTrue();
    assertThat(desk.closeUnreachable("联系不上", SUPERVISOR, at("2026-03-03T10:00")).rejection().orElseThrow().field())
        .contains("callbacks");
    ServiceOrder tried = desk.callBack(Optional.empty(), "无人接听", CLERK, POLICIES, at("2026-03-03T10:00")).orElseThrow();
    assertThat(tried.state()).isEqualTo(ServiceOrderState.CHARGED);
    assertThat(event(desk.callBack(Optional.empty(), "无人接听", CLERK, POLICIES, at("2026-03-03T10:00")),
        ServiceOrderEvent.CalledBack.class).rating()).isEmpty();
    assertThat(tried.closeUnreachable("联系不上", CLERK, at("2026-03-04T10:00")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(tried.closeUnreachable("联系不上", SUPERVISOR, at("2026-03-04T10:00")).orElseThrow().state())
        .isEqualTo(ServiceOrderState.CLOSED);
    ServiceOrder unhappy = desk.callBack(Optional.of(ServiceRating.UNSATISFIED), "不满意", CLERK, POLICIES, at("2026-03-03T10:00"))
        .orElseThrow();
    assertThat(unhappy.state()).isEqualTo(ServiceOrderState.CLOSED);
    assertThat(unhappy.callbacks()).singleElement().satisfies(c -> assertThat(c.rating()).contains(ServiceRating.UNSATISFIED));
    assertThat(desk.callBack(Optional.of(ServiceRating.SATISFIED), "我不清楚", CLERK, POLICIES, at("2026-03-03T10:00")).rejection()
        .orElseThrow().code()).isEqualTo(RejectionCode.FORBIDDEN_PHRASE);
  }

  @Test
  void anOrderIsCancelledBeforeTheWorkButNotAfterItAndTheSnapshotKeepsItsInvariants() {
    ServiceOrder cancelled = requested(ServiceOrigin.DESK).cancel("业主取消", HEAD, at("2026-03-02T09:10")).orElseThrow();
    assertThat(cancelled.endReason()).contains("业主取消");
    assertThat(cancelled.closedAt()).contains(local("2026-03-02T09:10"));
    ServiceOrder done = consented(ServiceOrigin.REPAIR).repairDone("王芳", TECH, at("2026-03-02T10:00")).orElseThrow();
    assertThat(done.cancel("x", CLERK, at("2026-03-02T10:01")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    ImmutableServiceOrder copy = ImmutableServiceOrder.copyOf(done);
    Charge wrong = new Charge(Money.parse("36.00"), PaymentMethod.CASH, "R-1", local("2026-03-02T10:05"), CLERK.staffId());
    assertThatThrownBy(() -> copy.withCharge(wrong).checked()).isInstanceOf(InvalidInputException.class).hasMessageContaining("charge");
    assertThatThrownBy(() -> ImmutableServiceOrder.copyOf(requested(ServiceOrigin.DESK)).withCharge(wrong).checked())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("consent");
    assertThatThrownBy(() -> copy.withState(ServiceOrderState.CLOSED).checked()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("history");
    assertThatThrownBy(() -> copy.withClosedAt(local("2026-03-02T10:05")).checked()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("closedAt");
    assertThatThrownBy(() -> copy.withVersion(0).checked()).isInstanceOf(InvalidInputException.class).hasMessageContaining("version");
    assertThat(done.toString()).contains("S-1").contains("quoted CNY 35.00").doesNotContain("paid");
  }

  @Test
  void aContractPlansItsVisitsInOrderAndGeneratesEachOnceUntilItEnds() {
    ContractDraft draft = ContractDraft.builder().desk(FrontDeskId.of("D-1")).unit(UnitId.of("U-1")).owner(OwnerId.of("P-1"))
        .description("保洁").price(Money.parse("99.00")).schedule(VisitSchedule.weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0)))
        .term(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)).signedBy("业主").build();
    List<LocalDate> plan = List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9));
    assertThat(ServiceContract.sign(ServiceContractId.of("C-1"), OFFICE, ZONE, draft, Optional.empty(), plan, CLERK,
        at("2026-03-01T10:00")).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(ServiceContract.sign(ServiceContractId.of("C-1"), OFFICE, ZONE, draft, Optional.empty(), plan, SUPERVISOR,
        at("2026-03-03T00:00")).rejection().orElseThrow().field()).as("the term began yesterday").contains("start");
    ServiceContract c = ServiceContract.sign(ServiceContractId.of("C-1"), OFFICE, ZONE, draft, Optional.empty(), plan, SUPERVISOR,
        at("2026-03-02T00:00")).orElseThrow();
    assertThat(c.nextVisit()).contains(LocalDate.of(2026, 3, 2));
    assertThat(c.generationDue(LocalDate.of(2026, 3, 2), POLICIES.visitLead())).isEqualTo(local("2026-03-01T09:00"));
    assertThat(c.onVisitGenerated(LocalDate.of(2026, 3, 9), ServiceOrderId.of("S-9"), at("2026-03-02T00:00")).orElseThrow())
        .as("not the next visit").isSameAs(c);
    ServiceContract one = c.onVisitGenerated(LocalDate.of(2026, 3, 2), ServiceOrderId.of("S-1"), at("2026-03-02T00:00")).orElseThrow();
    assertThat(one.state()).isEqualTo(ContractState.ACTIVE);
    ServiceContract ended = one.onVisitGenerated(LocalDate.of(2026, 3, 9), ServiceOrderId.of("S-2"), at("2026-03-08T09:00")).orElseThrow();
    assertThat(ended.state()).isEqualTo(ContractState.ENDED);
    assertThat(ended.nextVisit()).isEmpty();
    assertThat(ended.closedAt()).contains(local("2026-03-08T09:00"));
    assertThat(ended.terminate("x", SUPERVISOR, at("2026-03-09T00:00")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    assertThatThrownBy(() -> new ServiceContract(c.id(), c.office(), c.zone(), c.desk(), c.unit(), c.owner(), c.contactName(),
        c.contactPhone(), c.kind(), c.description(), c.itemCode(), c.priceListVersion(), c.pricePerVisit(), c.schedule(), c.start(),
        c.end(), c.signedBy(), c.signedAt(), c.signedWith(), List.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2)), List.of(),
        c.state(), c.endReason(), c.closedAt(), 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("plannedVisits");
    assertThatThrownBy(() -> new ServiceContract(c.id(), c.office(), c.zone(), c.desk(), c.unit(), c.owner(), c.contactName(),
        c.contactPhone(), c.kind(), c.description(), c.itemCode(), c.priceListVersion(), c.pricePerVisit(), c.schedule(), c.start(),
        c.end(), c.signedBy(), c.signedAt(), c.signedWith(), plan, List.of(new GeneratedVisit(LocalDate.of(2026, 3, 9),
            ServiceOrderId.of("S-1"))), c.state(), c.endReason(), c.closedAt(), 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("generated");
    assertThatThrownBy(() -> new ServiceContract(c.id(), c.office(), c.zone(), c.desk(), c.unit(), c.owner(), c.contactName(),
        c.contactPhone(), c.kind(), c.description(), c.itemCode(), c.priceListVersion(), c.pricePerVisit(), c.schedule(), c.start(),
        c.end(), c.signedBy(), c.signedAt(), c.signedWith(), plan, List.of(), ContractState.ENDED, c.endReason(), c.closedAt(), 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("closedAt");
    assertThat(c.toString()).contains("C-1").contains("CNY 99.00 x 2");
  }

  @Test
  void onlyThoseWhoPublishMayPublishAndAFirstVersionMayNotLieInThePast() {
    PriceListDraft draft = new PriceListDraft(local("2026-03-02T09:00"), V1.items(), "首版");
    assertThat(PriceList.publishFirst(OFFICE, draft, CLERK, at("2026-03-02T09:00")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    Actor director = Actor.inOffice(StaffId.of("dir"), "dir", OFFICE, Role.OFFICE_DIRECTOR);
    assertThat(PriceList.publishFirst(OFFICE, draft, director, at("2026-03-02T09:00:00.001")).rejection().orElseThrow().field())
        .contains("effectiveFrom");
    PriceList list = PriceList.publishFirst(OFFICE, draft, director, at("2026-03-02T09:00")).orElseThrow();
    assertThat(list.versions().get(0).publishedBy()).isEqualTo(director.staffId());
    PriceList withdrawn = list.withdraw("停办", director, at("2026-03-05T00:00")).orElseThrow();
    assertThat(withdrawn.version()).isEqualTo(2);
    assertThat(withdrawn.publish(draft, director, at("2026-03-06T00:00")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
  }
}

package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.service.ChargeRequest;
import org.propdesk.core.service.ContractDraft;
import org.propdesk.core.service.HolidayRule;
import org.propdesk.core.service.PaymentMethod;
import org.propdesk.core.service.PriceItem;
import org.propdesk.core.service.PriceList;
import org.propdesk.core.service.PriceListDraft;
import org.propdesk.core.service.QuoteDraft;
import org.propdesk.core.service.QuoteLineDraft;
import org.propdesk.core.service.ServiceContract;
import org.propdesk.core.service.ServiceKind;
import org.propdesk.core.service.ServiceOrder;
import org.propdesk.core.service.ServiceOrderEvent;
import org.propdesk.core.service.ServiceOrderState;
import org.propdesk.core.service.ServiceOrigin;
import org.propdesk.core.service.ServiceRating;
import org.propdesk.core.service.ServiceRequest;
import org.propdesk.core.service.VisitSchedule;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.ticket.OwnerRating;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.core.ticket.TicketState;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairRequest;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.service.ServiceDesk;
import org.propdesk.workflows.service.Services;
import org.propdesk.workflows.ticket.TicketDesk;
import org.propdesk.workflows.ticket.Tickets;

/**
 * Special contracted services (特约服务, PROCEDURES §12) through the facade, beside paid repairs (§6): the
 * versioned price list, quotes from the version in force at order time, unlisted work quoted by a
 * supervisor, the owner's signed consent before any work, a charge made exactly once, the callback,
 * recurring contracts whose visits the calendar generates, and a paid repair charged through its order.
 */
class SpecialServicesTest {
  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  private final RecordingNotifier notifier = RecordingNotifier.create();
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
      .notifier(notifier).directory(Fixtures.directory()).procedure(Tickets.PROCEDURE).procedure(Services.PROCEDURE).build();
  private final ServiceDesk services = desk.procedure(Services.PROCEDURE);
  private final TicketDesk repairs = desk.procedure(Tickets.PROCEDURE);

  private static Instant local(String local) {
    return LocalDateTime.parse(local).atZone(Fixtures.ZONE).toInstant();
  }

  private static List<PriceItem> items(String tapPrice) {
    return List.of(new PriceItem("WD-01", "更换水龙头", "个", Money.parse(tapPrice), ServiceKind.REPAIR),
        new PriceItem("CL-01", "全屋保洁", "次", Money.parse("120.00"), ServiceKind.CLEANING));
  }

  private PriceList publish(String tapPrice, Instant from) {
    return services.publishPriceList(Fixtures.director(OFFICE_1), OFFICE_1, new PriceListDraft(from, items(tapPrice), "物价调整"))
        .orElseThrow();
  }

  private ServiceOrder request() {
    return services.request(Fixtures.clerk(OFFICE_1), ServiceRequest.builder().desk(Fixtures.desk(OFFICE_1)).kind(ServiceKind.REPAIR)
        .unit(Fixtures.unit(OFFICE_1, 5)).owner(Fixtures.owner(OFFICE_1, 5)).contactName("李先生").contactPhone("13700001111")
        .description("厨房水龙头漏水，要求更换").build()).orElseThrow();
  }

  @Test
  void anOrderIsQuotedFromTheVersionInForceWhenItWasRequestedAndALaterVersionNeverChangesIt() {
    publish("35.00", local("2026-03-02T09:00"));
    ServiceOrder before = request();
    publish("45.00", local("2026-03-02T12:00"));
    clock.setLocal("2026-03-02T12:30");
    ServiceOrder after = request();

    ServiceOrder quotedBefore = services.quote(Fixtures.clerk(OFFICE_1), before.id(), QuoteDraft.of(QuoteLineDraft.listed("WD-01", 2)))
        .orElseThrow();
    ServiceOrder quotedAfter = services.quote(Fixtures.clerk(OFFICE_1), after.id(), QuoteDraft.of(QuoteLineDraft.listed("WD-01", 2)))
        .orElseThrow();
    publish("55.00", local("2026-03-03T00:00"));

    assertThat(quotedBefore.quote().orElseThrow().total()).isEqualTo(Money.parse("70.00"));
    assertThat(quotedBefore.quote().orElseThrow().priceListVersion()).contains(1);
    assertThat(quotedAfter.quote().orElseThrow().total()).isEqualTo(Money.parse("90.00"));
    assertThat(quotedAfter.quote().orElseThrow().priceListVersion()).contains(2);
    assertThat(services.find(Fixtures.clerk(OFFICE_1), before.id()).orElseThrow().quote().orElseThrow().total())
        .as("a later version changes no quote").isEqualTo(Money.parse("70.00"));
    PriceList list = services.priceList(Fixtures.clerk(OFFICE_1), OFFICE_1).orElseThrow();
    assertThat(list.versions()).hasSize(3);
    assertThat(list.versionAt(local("2026-03-02T11:59")).orElseThrow().item("WD-01").orElseThrow().price()).isEqualTo(Money.parse("35.00"));
  }

  @Test
  void aVersionMayNotComeIntoForceInThePastAndOnlyTheDirectorPublishes() {
    publish("35.00", local("2026-03-02T09:00"));

    assertThat(services.publishPriceList(Fixtures.director(OFFICE_1), OFFICE_1, new PriceListDraft(local("2026-03-01T00:00"),
        items("1.00"), "倒签")).rejection().orElseThrow().field()).contains("effectiveFrom");
    assertThat(services.publishPriceList(Fixtures.clerk(OFFICE_1), OFFICE_1, new PriceListDraft(local("2026-03-05T00:00"),
        items("1.00"), "x")).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(services.publishPriceList(Fixtures.director(OFFICE_2), OFFICE_1, new PriceListDraft(local("2026-03-05T00:00"),
        items("1.00"), "x")).rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThatThrownBy(() -> new PriceListDraft(local("2026-03-05T00:00"), List.of(items("1.00").get(0), items("2.00").get(0)), "x"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("WD-01");
  }

  @Test
  void unlistedWorkIsQuotedOnlyByASupervisorAndTheAlarmSoundsWhenNotQuotedInFifteenMinutes() {
    publish("35.00", local("2026-03-02T09:00"));
    ServiceOrder o = request();
    QuoteDraft unlisted = QuoteDraft.of(QuoteLineDraft.unlisted("定制橱柜门铰链更换", "套", 3, Money.parse("18.50")));

    assertThat(services.quote(Fixtures.clerk(OFFICE_1), o.id(), unlisted).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    clock.setLocal("2026-03-02T09:15:00.001");
    desk.timers().runDue();
    assertThat(services.find(Fixtures.clerk(OFFICE_1), o.id()).orElseThrow().quoteOverdue()).isTrue();
    ServiceOrder quoted = services.quote(Fixtures.supervisor(OFFICE_1), o.id(), unlisted).orElseThrow();
    assertThat(quoted.quote().orElseThrow().total()).isEqualTo(Money.parse("55.50"));
    assertThat(quoted.quote().orElseThrow().unlisted()).isTrue();
    assertThat(services.quote(Fixtures.clerk(OFFICE_1), o.id(), QuoteDraft.of(QuoteLineDraft.listed("XX-99", 1))).rejection()
        .orElseThrow().field()).contains("itemCode");
  }

  @Test
  void noWorkStartsAndNothingIsChargedWithoutTheOwnersSignedConsent() {
    publish("35.00", local("2026-03-02T09:00"));
    ServiceOrder o = request();
    services.quote(Fixtures.clerk(OFFICE_1), o.id(), QuoteDraft.of(QuoteLineDraft.listed("WD-01", 1))).orElseThrow();

    assertThat(services.schedule(Fixtures.clerk(OFFICE_1), o.id(), local("2026-03-02T14:00"), Fixtures.technician(OFFICE_1).staffId())
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    assertThat(services.start(Fixtures.technician(OFFICE_1), o.id()).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    assertThat(services.charge(Fixtures.clerk(OFFICE_1), o.id(), new ChargeRequest(Money.parse("35.00"), PaymentMethod.CASH, "R-0001"),
        "pay-1").rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);

    ServiceOrder refused = services.refuse(Fixtures.clerk(OFFICE_1), o.id(), "李明", "价格太高").orElseThrow();
    assertThat(refused.state()).isEqualTo(ServiceOrderState.REFUSED);
    assertThat(refused.consent().orElseThrow().accepted()).isFalse();
    assertThat(services.start(Fixtures.technician(OFFICE_1), o.id()).isAccepted()).isFalse();
  }

  @Test
  void aConsentedJobIsDoneChargedExactlyOnceEvenWhenTheChargeIsRetriedAndThenCalledBack() {
    publish("35.00", local("2026-03-02T09:00"));
    ServiceOrder o = request();
    services.quote(Fixtures.clerk(OFFICE_1), o.id(), QuoteDraft.of(QuoteLineDraft.listed("WD-01", 2))).orElseThrow();
    services.consent(Fixtures.clerk(OFFICE_1), o.id(), "李明").orElseThrow();
    services.schedule(Fixtures.clerk(OFFICE_1), o.id(), local("2026-03-02T14:00"), Fixtures.technician(OFFICE_1).staffId()).orElseThrow();
    clock.setLocal("2026-03-02T14:00");
    assertThat(services.start(Fixtures.secondTechnician(OFFICE_1), o.id()).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    services.start(Fixtures.technician(OFFICE_1), o.id()).orElseThrow();
    services.complete(Fixtures.technician(OFFICE_1), o.id(), "更换两个水龙头", "李明").orElseThrow();

    ChargeRequest pay = new ChargeRequest(Money.parse("70.00"), PaymentMethod.WECHAT_PAY, "R-0001");
    assertThat(services.charge(Fixtures.clerk(OFFICE_1), o.id(), new ChargeRequest(Money.parse("69.99"), PaymentMethod.WECHAT_PAY,
        "R-0001"), "pay-0").rejection().orElseThrow().field()).contains("amount");
    ServiceOrder paid = services.charge(Fixtures.clerk(OFFICE_1), o.id(), pay, "pay-1").orElseThrow();
    ServiceOrder retried = services.charge(Fixtures.clerk(OFFICE_1), o.id(), pay, "pay-1").orElseThrow();
    Result<ServiceOrder> again = services.charge(Fixtures.finance(OFFICE_1), o.id(), pay, "pay-2");

    assertThat(retried).isEqualTo(paid);
    assertThat(again.rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    assertThatThrownBy(() -> services.charge(Fixtures.clerk(OFFICE_1), o.id(), new ChargeRequest(Money.parse("70.00"),
        PaymentMethod.CASH, "R-0002"), "pay-1")).isInstanceOf(InvalidInputException.class).hasMessageContaining("idempotencyKey");
    assertThat(desk.audit().events(ServiceOrderEvent.class, OFFICE_1, o.id().value()))
        .filteredOn(e -> e instanceof ServiceOrderEvent.Charged).hasSize(1);

    ServiceOrder closed = services.callBack(Fixtures.clerk(OFFICE_1), o.id(), Optional.of(ServiceRating.SATISFIED), "满意").orElseThrow();
    assertThat(closed.state()).isEqualTo(ServiceOrderState.CLOSED);
    org.propdesk.core.supervision.DailyWorkLog log = desk.reviews().workLog(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1),
        LocalDate.of(2026, 3, 2)).orElseThrow();
    assertThat(log.received()).as("the work log counts the order").containsExactly(o.id().value());
    assertThat(log.closed()).containsExactly(o.id().value());
    assertThat(log.contacts()).as("the callback").isEqualTo(1);
    assertThat(closed.charge().orElseThrow().amount()).isEqualTo(Money.parse("70.00"));
    assertThat(desk.audit().verify(OFFICE_1).intact()).isTrue();
  }

  @Test
  void aPaidRepairOpensItsOrderAndCannotStartUntilTheOwnerSignsThePriceAndItsSignOffLetsTheOrderBeCharged() {
    publish("35.00", local("2026-03-02T09:00"));
    Ticket t = repairs.register(Fixtures.clerk(OFFICE_1), RepairRequest.builder().desk(Fixtures.desk(OFFICE_1))
        .unit(Fixtures.unit(OFFICE_1, 5)).owner(Fixtures.owner(OFFICE_1, 5)).location("厨房").category(RepairCategory.WATER_AND_DRAINAGE)
        .description("更换厨房水龙头").contactPhone("13700001111").paid(true).build()).orElseThrow();
    ServiceOrder order = services.find(Fixtures.clerk(OFFICE_1), org.propdesk.core.service.ServiceOrderId.of(t.serviceOrder().orElseThrow()))
        .orElseThrow();
    assertThat(order.origin()).isEqualTo(ServiceOrigin.REPAIR);
    assertThat(order.originRef()).contains(t.id().value());

    repairs.dispatch(Fixtures.clerk(OFFICE_1), t.id(), Fixtures.technician(OFFICE_1).staffId()).orElseThrow();
    repairs.acceptJob(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    repairs.arrive(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    assertThat(repairs.start(Fixtures.technician(OFFICE_1), t.id()).rejection().orElseThrow().field()).contains("consent");
    services.quote(Fixtures.clerk(OFFICE_1), order.id(), QuoteDraft.of(QuoteLineDraft.listed("WD-01", 1))).orElseThrow();
    assertThat(repairs.start(Fixtures.technician(OFFICE_1), t.id()).isAccepted()).as("quoted is not consented").isFalse();
    services.consent(Fixtures.technician(OFFICE_1), order.id(), "李明").orElseThrow();
    assertThat(services.schedule(Fixtures.clerk(OFFICE_1), order.id(), local("2026-03-02T10:00"), Fixtures.technician(OFFICE_1).staffId())
        .rejection().orElseThrow().field()).as("the report does the work").contains("origin");
    repairs.start(Fixtures.technician(OFFICE_1), t.id()).orElseThrow();
    repairs.complete(Fixtures.technician(OFFICE_1), t.id(), "更换水龙头").orElseThrow();
    assertThat(services.charge(Fixtures.clerk(OFFICE_1), order.id(), new ChargeRequest(Money.parse("35.00"), PaymentMethod.CASH,
        "R-0009"), "pay-9").isAccepted()).as("not before the owner signs the repair off").isFalse();
    Ticket signed = repairs.signOff(Fixtures.technician(OFFICE_1), t.id(), "李明", Optional.of(OwnerRating.SATISFIED)).orElseThrow();
    assertThat(signed.state()).isEqualTo(TicketState.AWAITING_CALLBACK);

    ServiceOrder paid = services.charge(Fixtures.clerk(OFFICE_1), order.id(), new ChargeRequest(Money.parse("35.00"), PaymentMethod.CASH,
        "R-0009"), "pay-9").orElseThrow();
    assertThat(paid.state()).as("its callback is the report's").isEqualTo(ServiceOrderState.CLOSED);
    assertThat(paid.charge().orElseThrow().amount()).isEqualTo(Money.parse("35.00"));
  }

  @Test
  void aCancelledPaidRepairCancelsItsUnworkedOrder() {
    publish("35.00", local("2026-03-02T09:00"));
    Ticket t = repairs.register(Fixtures.clerk(OFFICE_1), RepairRequest.builder().desk(Fixtures.desk(OFFICE_1))
        .location("厨房").category(RepairCategory.APPLIANCES).description("安装油烟机").paid(true).build()).orElseThrow();

    repairs.cancel(Fixtures.clerk(OFFICE_1), t.id(), "业主自行找人安装").orElseThrow();

    assertThat(services.find(Fixtures.clerk(OFFICE_1), org.propdesk.core.service.ServiceOrderId.of(t.serviceOrder().orElseThrow()))
        .orElseThrow().state()).isEqualTo(ServiceOrderState.CANCELLED);
  }

  @Test
  void aWeeklyCleaningContractGeneratesEachVisitADayAheadByTheCalendarPricedAndConsented() {
    publish("35.00", local("2026-03-02T09:00"));
    // Qingming 2026: 04-04..04-06 are holidays (PROCEDURES §17); Monday 04-06 moves to Tuesday 04-07
    ServiceContract c = services.signContract(Fixtures.supervisor(OFFICE_1), ContractDraft.builder().desk(Fixtures.desk(OFFICE_1))
        .unit(Fixtures.unit(OFFICE_1, 7)).owner(Fixtures.owner(OFFICE_1, 7)).description("每周一全屋保洁").item("CL-01")
        .schedule(VisitSchedule.weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0))).term(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 13))
        .signedBy("周女士").build()).orElseThrow();

    assertThat(c.plannedVisits()).containsExactly(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 7),
        LocalDate.of(2026, 4, 13));
    assertThat(c.pricePerVisit()).isEqualTo(Money.parse("120.00"));
    clock.setLocal("2026-03-22T08:59:59");
    desk.timers().runDue();
    assertThat(services.visitsOf(Fixtures.clerk(OFFICE_1), c.id())).isEmpty();
    clock.setLocal("2026-03-22T09:00");
    desk.timers().runDue();
    List<ServiceOrder> visits = services.visitsOf(Fixtures.clerk(OFFICE_1), c.id());
    assertThat(visits).singleElement().satisfies(v -> {
      assertThat(v.state()).isEqualTo(ServiceOrderState.SCHEDULED);
      assertThat(v.scheduledFor()).contains(local("2026-03-23T09:00"));
      assertThat(v.consentedAt()).isPresent();
      assertThat(v.quote().orElseThrow().total()).isEqualTo(Money.parse("120.00"));
    });

    clock.setLocal("2026-04-13T00:00");
    desk.timers().runDue();
    desk.timers().runDue();
    desk.timers().runDue();
    assertThat(services.visitsOf(Fixtures.clerk(OFFICE_1), c.id())).extracting(v -> v.scheduledFor().orElseThrow())
        .containsExactly(local("2026-03-23T09:00"), local("2026-03-30T09:00"), local("2026-04-07T09:00"), local("2026-04-13T09:00"));
    assertThat(services.findContract(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow().state())
        .isEqualTo(org.propdesk.core.service.ContractState.ENDED);
  }

  @Test
  void aTerminatedContractGeneratesNoMoreVisitsAndAHolidayRuleCanKeepOrSkipTheDay() {
    ContractDraft.Builder draft = ContractDraft.builder().desk(Fixtures.desk(OFFICE_1)).unit(Fixtures.unit(OFFICE_1, 7))
        .owner(Fixtures.owner(OFFICE_1, 7)).description("周末保洁").price(Money.parse("99.00")).signedBy("周女士")
        .term(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31));
    ServiceContract weekend = services.signContract(Fixtures.supervisor(OFFICE_1),
        draft.schedule(VisitSchedule.weekly(DayOfWeek.SATURDAY, LocalTime.of(10, 0)).withHolidays(HolidayRule.KEEP)).build()).orElseThrow();
    Result<ServiceContract> skipped = services.signContract(Fixtures.supervisor(OFFICE_1),
        draft.schedule(VisitSchedule.weekly(DayOfWeek.SATURDAY, LocalTime.of(10, 0)).withHolidays(HolidayRule.SKIP)).build());

    assertThat(weekend.plannedVisits()).containsExactly(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 21),
        LocalDate.of(2026, 3, 28));
    assertThat(skipped.rejection().orElseThrow().field()).as("every Saturday skipped leaves no visit").contains("schedule");
    assertThat(services.signContract(Fixtures.assistant(OFFICE_1), draft.build()).rejection().orElseThrow().field())
        .as("a price off the list is the supervisor's").contains("price");

    services.terminateContract(Fixtures.supervisor(OFFICE_1), weekend.id(), "业主搬走").orElseThrow();
    clock.setLocal("2026-03-31T00:00");
    desk.timers().runDue();
    assertThat(services.visitsOf(Fixtures.clerk(OFFICE_1), weekend.id())).isEmpty();
  }

  @Test
  void anotherOfficeSeesNoOrderAndBadInputNamesItsField() {
    ServiceOrder o = request();

    assertThat(services.find(Fixtures.clerk(OFFICE_2), o.id())).isEmpty();
    assertThat(services.consent(Fixtures.clerk(OFFICE_2), o.id(), "x").rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(services.open(Fixtures.clerk(OFFICE_2), OFFICE_1)).isEmpty();
    assertThatThrownBy(() -> new ChargeRequest(Money.parse("0.00"), PaymentMethod.CASH, "R-1")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> Money.parse("12.345")).isInstanceOf(InvalidInputException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> new ChargeRequest(Money.parse("1.00"), PaymentMethod.CASH, "R 1")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("receiptNo");
    assertThatThrownBy(() -> QuoteLineDraft.listed("WD-01", 0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("quantity");
    assertThat(services.quote(Fixtures.clerk(OFFICE_1), o.id(), QuoteDraft.of(QuoteLineDraft.listed("WD-01", 1)).withNote("没办法便宜"))
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.FORBIDDEN_PHRASE);
    assertThat(services.find(Fixtures.clerk(OFFICE_1), o.id()).orElseThrow().version()).isEqualTo(1);
    assertThat(o.toString()).contains("137****1111").doesNotContain("13700001111");
    clock.advance(Duration.ofMinutes(1));
  }
}

package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Role;
import org.propdesk.core.service.PriceItem;
import org.propdesk.core.service.PriceListDraft;
import org.propdesk.core.service.QuoteDraft;
import org.propdesk.core.service.QuoteLineDraft;
import org.propdesk.core.service.ServiceKind;
import org.propdesk.core.service.ServiceOrder;
import org.propdesk.core.service.ServiceOrderState;
import org.propdesk.core.service.ServiceRating;
import org.propdesk.core.service.ServiceRequest;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.supervision.DailyWorkLog;
import org.propdesk.core.ticket.CallbackSampling;
import org.propdesk.core.ticket.OwnerRating;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.core.ticket.TicketPolicies;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairOrigin;
import org.propdesk.core.ticket.port.RepairRequest;
import org.propdesk.workflows.Kernel;
import org.propdesk.workflows.Procedure;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.service.ServiceDesk;
import org.propdesk.workflows.service.Services;
import org.propdesk.workflows.ticket.TicketDesk;
import org.propdesk.workflows.ticket.Tickets;
import org.propdesk.workflows.ticket.port.RepairIntake;

/**
 * Who hears of which repair and special-service event, against a table written here from the
 * procedures' notification rules; what each contributes to the desk's work log; and the desks' checks of
 * who and where.
 */
class WhoHearsOfRepairsAndServicesTest {
  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  private final RecordingNotifier notifier = RecordingNotifier.create();
  private final Procedure<TicketDesk> tickets = Tickets.procedure(TicketPolicies.practiceDefaults()
      .withSampling(new CallbackSampling(100, 1)), java.util.Locale.SIMPLIFIED_CHINESE);
  /** A probe procedure whose desk is the kernel itself, to call ports as another procedure would. */
  private final Procedure<Kernel> probe = Procedure.builder("probe", k -> k).build();
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
      .notifier(notifier).directory(Fixtures.directory()).procedure(tickets).procedure(Services.PROCEDURE).procedure(probe).build();
  private final TicketDesk repairs = desk.procedure(tickets);
  private final ServiceDesk services = desk.procedure(Services.PROCEDURE);

  private static final Map<String, Set<Role>> REPAIR_AUDIENCES = Map.ofEntries(
      Map.entry("Dispatched", Set.of(Role.ENGINEERING_TECHNICIAN)),
      Map.entry("Transferred", Set.of(Role.ENGINEERING_TECHNICIAN)),
      Map.entry("Reopened", Set.of(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD)),
      Map.entry("FirstReplyOverdue", Set.of(Role.CUSTOMER_SUPERVISOR)),
      Map.entry("DispatchOverdue", Set.of(Role.CUSTOMER_SUPERVISOR)),
      Map.entry("FollowUpMissed", Set.of(Role.CUSTOMER_SUPERVISOR)),
      Map.entry("ArrivalOverdue", Set.of(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD)),
      Map.entry("ResolutionNear", Set.of(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD)),
      Map.entry("ResolutionOverdue", Set.of(Role.DEPARTMENT_HEAD, Role.CUSTOMER_SUPERVISOR, Role.OFFICE_DIRECTOR)),
      Map.entry("SignedOff", Set.of(Role.FRONT_DESK_CLERK)),
      Map.entry("MovedToCallback", Set.of(Role.FRONT_DESK_CLERK)),
      Map.entry("Requested", Set.of(Role.CUSTOMER_SUPERVISOR)),
      Map.entry("QuoteOverdue", Set.of(Role.CUSTOMER_SUPERVISOR)),
      Map.entry("Scheduled", Set.of(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD)),
      Map.entry("CalledBack", Set.of(Role.CUSTOMER_SUPERVISOR)));

  private static Instant local(String t) {
    return LocalDateTime.parse(t).atZone(Fixtures.ZONE).toInstant();
  }

  private Ticket report() {
    return repairs.register(Fixtures.clerk(OFFICE_1), RepairRequest.builder().desk(Fixtures.desk(OFFICE_1)).unit(Fixtures.unit(OFFICE_1, 2))
        .location("厨房").category(RepairCategory.WATER_AND_DRAINAGE).description("漏水").build()).orElseThrow();
  }

  private Map<String, Set<Role>> told() {
    desk.outbox().deliverDue();
    Map<String, Set<Role>> out = new TreeMap<>();
    for (Notification n : notifier.deliveries()) {
      out.computeIfAbsent(n.eventType(), k -> new TreeSet<>()).add(n.role().orElseThrow());
    }
    return out;
  }

  @Test
  void everyRepairAndServiceEventReachesExactlyTheRolesTheRulesName() {
    Ticket late = report(); // nothing done: first reply, dispatch alarms; then arrival, warning, resolution alarms
    clock.setLocal("2026-03-02T09:16");
    desk.timers().runDue();
    repairs.dispatch(Fixtures.clerk(OFFICE_1), late.id(), Fixtures.technician(OFFICE_1).staffId()).orElseThrow();
    repairs.transfer(Fixtures.supervisor(OFFICE_1), late.id(), Fixtures.secondTechnician(OFFICE_1).staffId(), "调班").orElseThrow();
    clock.setLocal("2026-03-03T08:45");
    desk.timers().runDue();
    clock.setLocal("2026-03-03T09:01");
    desk.timers().runDue();

    Ticket worked = report();
    repairs.reply(Fixtures.clerk(OFFICE_1), worked.id(), "马上到").orElseThrow();
    repairs.dispatch(Fixtures.clerk(OFFICE_1), worked.id(), Fixtures.technician(OFFICE_1).staffId()).orElseThrow();
    repairs.acceptJob(Fixtures.technician(OFFICE_1), worked.id()).orElseThrow();
    repairs.arrive(Fixtures.technician(OFFICE_1), worked.id()).orElseThrow();
    repairs.start(Fixtures.technician(OFFICE_1), worked.id()).orElseThrow();
    repairs.complete(Fixtures.technician(OFFICE_1), worked.id(), "修好").orElseThrow();
    repairs.signOff(Fixtures.clerk(OFFICE_1), worked.id(), "业主", Optional.of(OwnerRating.SATISFIED)).orElseThrow();
    repairs.callBack(Fixtures.clerk(OFFICE_1), worked.id(), Optional.of(OwnerRating.UNSATISFIED), "还漏").orElseThrow();

    Ticket unsigned = report();
    repairs.dispatch(Fixtures.clerk(OFFICE_1), unsigned.id(), Fixtures.technician(OFFICE_1).staffId()).orElseThrow();
    repairs.acceptJob(Fixtures.technician(OFFICE_1), unsigned.id()).orElseThrow();
    repairs.arrive(Fixtures.technician(OFFICE_1), unsigned.id()).orElseThrow();
    repairs.start(Fixtures.technician(OFFICE_1), unsigned.id()).orElseThrow();
    repairs.complete(Fixtures.technician(OFFICE_1), unsigned.id(), "修好").orElseThrow();
    clock.setLocal("2026-03-06T09:02");
    desk.timers().runDue();

    services.publishPriceList(Fixtures.director(OFFICE_1), OFFICE_1, new PriceListDraft(clock.instant(), List.of(
        new PriceItem("WD-01", "更换水龙头", "个", Money.parse("35.00"), ServiceKind.REPAIR)), "首版")).orElseThrow();
    ServiceOrder slow = services.request(Fixtures.clerk(OFFICE_1), ServiceRequest.builder().desk(Fixtures.desk(OFFICE_1))
        .kind(ServiceKind.REPAIR).description("换龙头").build()).orElseThrow();
    clock.setLocal("2026-03-06T09:20");
    desk.timers().runDue();
    services.quote(Fixtures.supervisor(OFFICE_1), slow.id(), QuoteDraft.of(QuoteLineDraft.listed("WD-01", 1))).orElseThrow();
    services.consent(Fixtures.clerk(OFFICE_1), slow.id(), "业主").orElseThrow();
    services.schedule(Fixtures.clerk(OFFICE_1), slow.id(), local("2026-03-06T10:00"), Fixtures.technician(OFFICE_1).staffId())
        .orElseThrow();
    services.start(Fixtures.technician(OFFICE_1), slow.id()).orElseThrow();
    services.complete(Fixtures.technician(OFFICE_1), slow.id(), "换好", "业主").orElseThrow();
    services.charge(Fixtures.clerk(OFFICE_1), slow.id(), new org.propdesk.core.service.ChargeRequest(Money.parse("35.00"),
        org.propdesk.core.service.PaymentMethod.CASH, "R-1"), "pay-1").orElseThrow();
    services.callBack(Fixtures.clerk(OFFICE_1), slow.id(), Optional.of(ServiceRating.UNSATISFIED), "不满意").orElseThrow();

    assertThat(told()).isEqualTo(new TreeMap<>(REPAIR_AUDIENCES));
    assertThat(notifier.deliveries()).allSatisfy(n -> assertThat(n.office()).isEqualTo(OFFICE_1));
    assertThat(notifier.deliveries()).filteredOn(n -> n.eventType().equals("MovedToCallback")).allSatisfy(n ->
        assertThat(n.body()).contains("未评价"));
    assertThat(notifier.deliveries()).filteredOn(n -> n.eventType().equals("Transferred")).allSatisfy(n ->
        assertThat(n.body()).contains(Fixtures.secondTechnician(OFFICE_1).staffId().value()));
  }

  @Test
  void aSatisfiedCallbackOfAServiceTellsNobodyAndOrdersCountInTheWorkLogButPaidRepairsOnlyOnce() {
    services.publishPriceList(Fixtures.director(OFFICE_1), OFFICE_1, new PriceListDraft(clock.instant(), List.of(
        new PriceItem("WD-01", "更换水龙头", "个", Money.parse("35.00"), ServiceKind.REPAIR)), "首版")).orElseThrow();
    ServiceOrder o = services.request(Fixtures.clerk(OFFICE_1), ServiceRequest.builder().desk(Fixtures.desk(OFFICE_1))
        .kind(ServiceKind.REPAIR).description("换龙头").build()).orElseThrow();
    Ticket paid = repairs.register(Fixtures.clerk(OFFICE_1), RepairRequest.builder().desk(Fixtures.desk(OFFICE_1)).location("厨房")
        .category(RepairCategory.WATER_AND_DRAINAGE).description("换龙头").paid(true).build()).orElseThrow();
    clock.setLocal("2026-03-02T09:16");
    desk.timers().runDue();
    notifier.clear();
    services.cancel(Fixtures.clerk(OFFICE_1), o.id(), "业主取消").orElseThrow();

    DailyWorkLog log = desk.reviews().workLog(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), LocalDate.of(2026, 3, 2))
        .orElseThrow();
    assertThat(log.received()).as("the order at the desk and the paid report, not the report's order")
        .containsExactlyInAnyOrder(o.id().value(), paid.id().value());
    assertThat(log.closed()).containsExactly(o.id().value());
    assertThat(log.firstReplyAlarms()).as("the report's first reply and dispatch, and the two quotes").isEqualTo(4);
    assertThat(told()).doesNotContainKey("Cancelled");
  }

  @Test
  void theDesksCheckWhoWorksAndWhereItIs() {
    services.publishPriceList(Fixtures.director(OFFICE_1), OFFICE_1, new PriceListDraft(clock.instant(), List.of(
        new PriceItem("CL-01", "保洁", "次", Money.parse("120.00"), ServiceKind.CLEANING)), "首版")).orElseThrow();
    ServiceOrder o = services.request(Fixtures.clerk(OFFICE_1), ServiceRequest.builder().desk(Fixtures.desk(OFFICE_1))
        .kind(ServiceKind.CLEANING).unit(Fixtures.unit(OFFICE_1, 3)).owner(Fixtures.owner(OFFICE_1, 3)).description("保洁").build())
        .orElseThrow();
    services.quote(Fixtures.clerk(OFFICE_1), o.id(), QuoteDraft.of(QuoteLineDraft.listed("CL-01", 1))).orElseThrow();
    services.consent(Fixtures.clerk(OFFICE_1), o.id(), "业主").orElseThrow();

    assertThat(services.schedule(Fixtures.clerk(OFFICE_1), o.id(), local("2026-03-02T14:00"), Fixtures.guard(OFFICE_1).staffId())
        .rejection().orElseThrow().field()).contains("worker");
    assertThat(services.schedule(Fixtures.clerk(OFFICE_1), o.id(), local("2026-03-02T14:00"), Fixtures.technician(OFFICE_2).staffId())
        .rejection().orElseThrow().field()).contains("worker");
    assertThat(services.request(Fixtures.clerk(OFFICE_1), ServiceRequest.builder().desk(Fixtures.desk(OFFICE_1)).kind(ServiceKind.CLEANING)
        .unit(Fixtures.unit(OFFICE_2, 3)).description("保洁").build()).rejection().orElseThrow().field()).contains("unit");
    assertThat(services.request(Fixtures.clerk(OFFICE_1), ServiceRequest.builder().desk(Fixtures.desk(OFFICE_1)).kind(ServiceKind.CLEANING)
        .unit(Fixtures.unit(OFFICE_1, 3)).owner(Fixtures.owner(OFFICE_1, 4)).description("保洁").build()).rejection().orElseThrow()
        .field()).contains("owner");
    assertThat(services.request(Fixtures.clerk(OFFICE_1), ServiceRequest.builder().desk(Fixtures.desk(OFFICE_1)).kind(ServiceKind.CLEANING)
        .owner(Fixtures.owner(OFFICE_1, 4)).description("保洁").build()).isAccepted()).as("an owner of the office without a unit").isTrue();
    assertThat(services.request(Fixtures.clerk(OFFICE_1), ServiceRequest.builder().desk(Fixtures.desk(OFFICE_1)).kind(ServiceKind.CLEANING)
        .owner(Fixtures.owner(OFFICE_2, 4)).description("保洁").build()).rejection().orElseThrow().field()).contains("owner");
    assertThat(services.request(Fixtures.clerk(OFFICE_2), ServiceRequest.builder().desk(Fixtures.desk(OFFICE_1)).kind(ServiceKind.CLEANING)
        .description("保洁").build()).rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(services.open(Fixtures.clerk(OFFICE_1), OFFICE_1)).extracting(ServiceOrder::state)
        .allMatch(s -> s != ServiceOrderState.CLOSED && s != ServiceOrderState.CANCELLED && s != ServiceOrderState.REFUSED)
        .contains(ServiceOrderState.ACCEPTED);
    assertThat(services.open(Fixtures.clerk(OFFICE_1), OFFICE_1, ServiceOrderState.ACCEPTED)).extracting(ServiceOrder::id)
        .containsExactly(o.id());
    assertThat(services.withdrawPriceList(Fixtures.director(OFFICE_1), OFFICE_1, "停办").orElseThrow().state()).isEqualTo(org.propdesk.core.service.PriceListState.WITHDRAWN);

    Ticket t = repairs.register(Fixtures.clerk(OFFICE_1), RepairRequest.builder().desk(Fixtures.desk(OFFICE_1))
        .owner(Fixtures.owner(OFFICE_1, 5)).location("大堂").category(RepairCategory.PUBLIC_FACILITIES).description("门禁坏").build())
        .orElseThrow();
    assertThat(repairs.register(Fixtures.clerk(OFFICE_1), RepairRequest.builder().desk(Fixtures.desk(OFFICE_1))
        .owner(Fixtures.owner(OFFICE_2, 5)).location("大堂").category(RepairCategory.PUBLIC_FACILITIES).description("门禁坏").build())
        .rejection().orElseThrow().field()).contains("owner");
    assertThat(repairs.reportedBetween(Fixtures.clerk(OFFICE_1), OFFICE_1, local("2026-03-02T09:00"), local("2026-03-02T09:00:00.001")))
        .extracting(Ticket::id).containsExactly(t.id());
    assertThat(repairs.reportedBetween(Fixtures.clerk(OFFICE_1), OFFICE_1, local("2026-03-02T09:00:00.001"), local("2026-03-03T00:00")))
        .isEmpty();
    assertThat(repairs.reportedBetween(Fixtures.clerk(OFFICE_2), OFFICE_1, local("2026-03-01T00:00"), local("2026-03-03T00:00")))
        .isEmpty();
    assertThatThrownBy(() -> repairs.reportedBetween(Fixtures.clerk(OFFICE_1), OFFICE_1, local("2026-03-03T00:00"),
        local("2026-03-02T00:00"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("to");
  }

  @Test
  void anotherProcedureOpensAReportThroughTheIntakeOnlyAsAComplaintOrAPatrol() {
    Kernel k = desk.procedure(probe);
    RepairIntake intake = k.port(RepairIntake.class).orElseThrow();
    RepairRequest.Builder finding = RepairRequest.builder().desk(Fixtures.desk(OFFICE_1)).location("3栋地库")
        .category(RepairCategory.PUBLIC_FACILITIES).description("巡查发现地库灯不亮");

    var opened = k.read(Fixtures.guard(OFFICE_1), ctx -> intake.open(ctx, finding.origin(RepairOrigin.PATROL, "PF-7").build()));
    assertThat(opened.orElseThrow().state()).isEqualTo("REGISTERED");
    assertThat(repairs.find(Fixtures.clerk(OFFICE_1), org.propdesk.core.ticket.TicketId.of(opened.orElseThrow().ticketId()))
        .orElseThrow().originRef()).contains("PF-7");
    assertThatThrownBy(() -> k.read(Fixtures.guard(OFFICE_1), ctx -> intake.open(ctx, finding.origin(RepairOrigin.PHONE).build())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("origin");
    assertThat(k.read(Fixtures.technician(OFFICE_1), ctx -> intake.open(ctx, finding.origin(RepairOrigin.PATROL, "PF-8").build()))
        .rejection().orElseThrow().code()).as("a technician does not register").isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
  }
}

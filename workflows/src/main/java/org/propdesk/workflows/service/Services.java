package org.propdesk.workflows.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Result;
import org.propdesk.core.service.PriceList;
import org.propdesk.core.service.PriceListEvent;
import org.propdesk.core.service.ServiceContract;
import org.propdesk.core.service.ServiceContractEvent;
import org.propdesk.core.service.ServiceOrder;
import org.propdesk.core.service.ServiceOrderActivity;
import org.propdesk.core.service.ServiceOrderEvent;
import org.propdesk.core.service.ServiceOrderId;
import org.propdesk.core.service.ServicePolicies;
import org.propdesk.core.spi.TimerEntry;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.CommandContext;
import org.propdesk.workflows.Procedure;
import org.propdesk.workflows.service.port.RepairCharges;

/**
 * The special-service procedure's descriptor (特约服务作业流程, PROCEDURES §12): the routes of its three
 * aggregate types (orders, the office's price list, recurring contracts), their notifications and
 * timers, its desk, a {@link ServiceDesk}, and the call port it publishes for paid repairs, {@link
 * RepairCharges}. Register it with {@code PropDesk.builder().procedure(Services.PROCEDURE)}; its tables
 * come with the migration in {@code db/propdesk/service/}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Services {
  /** The procedure's name, and the folder of its migrations. */
  public static final String NAME = "service";

  /** The procedure with {@link ServicePolicies#practiceDefaults()} and notifications in Chinese (zh-CN). */
  public static final Procedure<ServiceDesk> PROCEDURE = procedure(ServicePolicies.practiceDefaults(), Locale.SIMPLIFIED_CHINESE);

  private Services() {}

  /**
   * The procedure with these policies, its notifications in {@code locale} (zh-CN or English; any other
   * locale reads English).
   */
  public static Procedure<ServiceDesk> procedure(ServicePolicies policies, Locale locale) {
    Check.present("policies", policies);
    Check.present("locale", locale);
    ServiceNotifications texts = new ServiceNotifications(locale);
    AggregateRoute<ServiceOrder> orders = AggregateRoute.of(ServiceOrder.TYPE, ServiceOrderEvent.class)
        .notifications(texts::of)
        .timers((after, e) -> e instanceof ServiceOrderEvent.Requested ? List.of(ServiceTimers.quote(after)) : List.of())
        .onTimer(ServiceTimers.QUOTE.name(), (o, t, ctx) -> o.onQuoteDue(ctx.clock()))
        .activity((q, from, to) -> q.before("requested_at", to).atLeastOrNull("closed_at", from).orderBy("requested_at").build(),
            ServiceOrderActivity::of)
        .logSummary(o -> " " + o.kind() + o.quote().map(q -> " " + q.total()).orElse(""))
        .build();
    AggregateRoute<PriceList> lists = AggregateRoute.of(PriceList.TYPE, PriceListEvent.class)
        .logSummary(l -> " v" + l.versions().size())
        .build();
    AggregateRoute<ServiceContract> contracts = AggregateRoute.of(ServiceContract.TYPE, ServiceContractEvent.class)
        .timers((after, e) -> nextVisitTimer(after, policies))
        .onTimer(ServiceTimers.CONTRACT_VISIT.name(), (c, t, ctx) -> generateVisit(c, LocalDate.parse(t.payload()), orders, ctx))
        .logSummary(c -> " " + c.kind() + " " + c.generated().size() + "/" + c.plannedVisits().size())
        .build();
    return Procedure.builder(NAME, k -> new ServiceDesk(k, orders, lists, contracts, policies))
        .route(orders).route(lists).route(contracts)
        .provides(RepairCharges.class, ServiceDesk::repairCharges)
        .build();
  }

  /** A signature, and each generated visit, set the generation timer of the next planned visit. */
  private static List<TimerEntry> nextVisitTimer(ServiceContract after, ServicePolicies policies) {
    Optional<LocalDate> next = after.nextVisit();
    return next.map(day -> List.of(ServiceTimers.visit(after, day, after.generationDue(day, policies.visitLead()))))
        .orElse(List.of());
  }

  /**
   * Generates the order of the planned visit {@code day}, priced and consented by the contract, and
   * records it on the contract, in the sweep's transaction. Nothing is generated for a day that is no
   * longer the next planned visit (generated already, or the contract ended).
   */
  private static Result<ServiceContract> generateVisit(ServiceContract c, LocalDate day, AggregateRoute<ServiceOrder> orders,
      CommandContext ctx) {
    if (!c.nextVisit().equals(Optional.of(day))) {
      return Result.accepted(c, List.of());
    }
    Instant start = c.visitStart(day);
    Result<ServiceOrder> visit = ServiceOrder.visitOf(ServiceOrderId.of(ctx.newId("service-order")), c, start, ctx.clock());
    ServiceOrder order = visit.orElseThrow();
    ctx.record(orders, null, order, "GENERATE_VISIT", visit.events());
    return c.onVisitGenerated(day, order.id(), ctx.clock());
  }
}

package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propdesk.core.common.Money;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.service.ChargeRequest;
import org.propdesk.core.service.ContractDraft;
import org.propdesk.core.service.PaymentMethod;
import org.propdesk.core.service.PriceItem;
import org.propdesk.core.service.PriceListDraft;
import org.propdesk.core.service.QuoteDraft;
import org.propdesk.core.service.QuoteLineDraft;
import org.propdesk.core.service.ServiceContract;
import org.propdesk.core.service.ServiceKind;
import org.propdesk.core.service.ServiceOrder;
import org.propdesk.core.service.ServiceOrderEvent;
import org.propdesk.core.service.ServiceOrderState;
import org.propdesk.core.service.ServiceRequest;
import org.propdesk.core.service.VisitSchedule;
import org.propdesk.core.spi.IdSource;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.service.ServiceDesk;
import org.propdesk.workflows.service.Services;

/**
 * The special-service procedure on H2, PostgreSQL and MariaDB with no change to JdbcStorage: price lists, quotes
 * and charges keep their amounts to the fen through the JSON documents and the fen columns; a charge
 * retried on a restarted node is not made twice; a contract's calendar generates its visit there.
 */
class SpecialServicesOnEveryDatabaseTest {
  private static PropDesk node(DataSource ds, MutableClock clock) {
    return PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock)).storage(JdbcStorage.create(ds))
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).procedure(Services.PROCEDURE).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void amountsSurviveToTheFenAndARetriedChargeOnARestartedNodeIsNotMadeTwice(String name, Supplier<DataSource> database) {
    DataSource ds = database.get();
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    PropDesk first = node(ds, clock);
    ServiceDesk services = first.procedure(Services.PROCEDURE);
    services.publishPriceList(Fixtures.director(OFFICE_1), OFFICE_1, new PriceListDraft(clock.instant(), List.of(
        new PriceItem("EL-02", "更换插座", "个", Money.parse("12.35"), ServiceKind.REPAIR),
        new PriceItem("CL-01", "全屋保洁", "次", Money.parse("120.00"), ServiceKind.CLEANING)), "首版")).orElseThrow();
    ServiceOrder o = services.request(Fixtures.clerk(OFFICE_1), ServiceRequest.builder().desk(Fixtures.desk(OFFICE_1))
        .kind(ServiceKind.REPAIR).unit(Fixtures.unit(OFFICE_1, 4)).description("更换三个插座").build()).orElseThrow();
    services.quote(Fixtures.clerk(OFFICE_1), o.id(), QuoteDraft.of(QuoteLineDraft.listed("EL-02", 3))).orElseThrow();
    services.consent(Fixtures.clerk(OFFICE_1), o.id(), "赵先生").orElseThrow();
    services.schedule(Fixtures.clerk(OFFICE_1), o.id(), clock.instant().plusSeconds(3600), Fixtures.technician(OFFICE_1).staffId())
        .orElseThrow();
    services.start(Fixtures.technician(OFFICE_1), o.id()).orElseThrow();
    services.complete(Fixtures.technician(OFFICE_1), o.id(), "更换插座", "赵先生").orElseThrow();
    ChargeRequest pay = new ChargeRequest(Money.parse("37.05"), PaymentMethod.ALIPAY, "R-2026-0001");
    ServiceOrder paid = services.charge(Fixtures.clerk(OFFICE_1), o.id(), pay, "pos-77").orElseThrow();

    PropDesk restarted = node(ds, clock);
    ServiceDesk again = restarted.procedure(Services.PROCEDURE);
    assertThat(again.charge(Fixtures.clerk(OFFICE_1), o.id(), pay, "pos-77").orElseThrow()).isEqualTo(paid);
    assertThat(restarted.audit().events(ServiceOrderEvent.class, OFFICE_1, o.id().value()))
        .filteredOn(e -> e instanceof ServiceOrderEvent.Charged).singleElement()
        .satisfies(e -> assertThat(((ServiceOrderEvent.Charged) e).amount()).isEqualTo(Money.ofFen(3705)));
    assertThat(again.find(Fixtures.clerk(OFFICE_1), o.id()).orElseThrow().charge().orElseThrow().amount()).isEqualTo(Money.ofFen(3705));
    assertThat(again.open(Fixtures.clerk(OFFICE_1), OFFICE_1, ServiceOrderState.CHARGED)).extracting(ServiceOrder::id)
        .containsExactly(o.id());
    assertThat(again.priceList(Fixtures.clerk(OFFICE_1), OFFICE_1).orElseThrow().versionAt(clock.instant()).orElseThrow()
        .item("EL-02").orElseThrow().price()).isEqualTo(Money.ofFen(1235));

    ServiceContract c = again.signContract(Fixtures.supervisor(OFFICE_1), ContractDraft.builder().desk(Fixtures.desk(OFFICE_1))
        .unit(Fixtures.unit(OFFICE_1, 4)).owner(Fixtures.owner(OFFICE_1, 4)).description("每周三保洁").item("CL-01")
        .schedule(VisitSchedule.weekly(DayOfWeek.WEDNESDAY, LocalTime.of(15, 0))).term(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8))
        .signedBy("赵先生").build()).orElseThrow();
    clock.setLocal("2026-03-03T15:00");
    restarted.timers().runDue();
    assertThat(again.visitsOf(Fixtures.clerk(OFFICE_1), c.id())).singleElement()
        .satisfies(v -> assertThat(v.quote().orElseThrow().total()).isEqualTo(Money.parse("120.00")));
    assertThat(restarted.audit().verify(OFFICE_1).intact()).isTrue();
    assertThat(Optional.of(again.findContract(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow().state().name())).contains("ENDED");
  }
}

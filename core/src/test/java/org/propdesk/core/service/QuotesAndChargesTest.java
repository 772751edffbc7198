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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.spi.WorkCalendar;

/**
 * PROCEDURES §12, the money rules: a quote's prices come from the price-list version in force when the
 * order was requested, to the fen; the charge is the consented total, only after consent; a recurring
 * contract's visits fall by the calendar. Expected amounts and days are worked out by hand.
 */
class QuotesAndChargesTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final OfficeId OFFICE = OfficeId.of("O-1");
  private static final Actor CLERK = Actor.inOffice(StaffId.of("clerk"), "clerk", OFFICE, Role.FRONT_DESK_CLERK);
  private static final Actor DIRECTOR = Actor.inOffice(StaffId.of("director"), "director", OFFICE, Role.OFFICE_DIRECTOR);
  private static final Actor TECH = Actor.inOffice(StaffId.of("tech"), "tech", OFFICE, Role.ENGINEERING_TECHNICIAN);
  private static final ServicePolicies POLICIES = ServicePolicies.practiceDefaults();

  private static Clock at(String local) {
    return Clock.fixed(LocalDateTime.parse(local).atZone(ZONE).toInstant(), ZONE);
  }

  private static Instant local(String local) {
    return LocalDateTime.parse(local).atZone(ZONE).toInstant();
  }

  private static PriceList list() {
    PriceList l = PriceList.publishFirst(OFFICE, new PriceListDraft(local("2026-03-01T00:00"), List.of(
        new PriceItem("WD-01", "更换水龙头", "个", Money.parse("35.00"), ServiceKind.REPAIR),
        new PriceItem("EL-02", "更换插座", "个", Money.parse("12.35"), ServiceKind.REPAIR)), "首版"), DIRECTOR, at("2026-03-01T00:00"))
        .orElseThrow();
    return l.publish(new PriceListDraft(local("2026-03-10T00:00"), List.of(
        new PriceItem("WD-01", "更换水龙头", "个", Money.parse("40.00"), ServiceKind.REPAIR)), "调价"), DIRECTOR, at("2026-03-05T00:00"))
        .orElseThrow();
  }

  private static ServiceOrder requested(String local) {
    return ServiceOrder.request(ServiceOrderId.of("S-1"), OFFICE, ZONE, ServiceRequest.builder().desk(FrontDeskId.of("D-1"))
        .kind(ServiceKind.REPAIR).description("换龙头和插座").build(), ServiceOrigin.DESK, Optional.empty(), POLICIES, CLERK, at(local))
        .orElseThrow();
  }

  @Test
  void aQuoteMultipliesAndAddsToTheFenAtTheVersionInForceAtTheRequest() {
    PriceList l = list();
    ServiceOrder o = requested("2026-03-09T23:59");
    ServiceOrder q = o.quote(QuoteDraft.of(QuoteLineDraft.listed("WD-01", 3), QuoteLineDraft.listed("EL-02", 7)),
        l.versionAt(o.requestedAt()), CLERK, POLICIES, at("2026-03-10T08:00")).orElseThrow();

    // 3 x 35.00 + 7 x 12.35 = 105.00 + 86.45 = 191.45, from version 1 though quoted after version 2 began
    assertThat(q.quote().orElseThrow().total()).isEqualTo(Money.ofFen(19145));
    assertThat(q.quote().orElseThrow().priceListVersion()).contains(1);
    assertThat(q.quote().orElseThrow().lines()).extracting(QuoteLine::amount).containsExactly(Money.ofFen(10500), Money.ofFen(8645));
    ServiceOrder later = requested("2026-03-10T00:00");
    assertThat(later.quote(QuoteDraft.of(QuoteLineDraft.listed("EL-02", 1)), l.versionAt(later.requestedAt()), CLERK, POLICIES,
        at("2026-03-10T00:05")).rejection().orElseThrow().field()).as("EL-02 is not in version 2").contains("itemCode");
  }

  @Test
  void theChargeIsTheConsentedTotalOnlyAfterConsent() {
    PriceList l = list();
    ServiceOrder o = requested("2026-03-02T09:00");
    ServiceOrder quoted = o.quote(QuoteDraft.of(QuoteLineDraft.listed("WD-01", 1)), l.versionAt(o.requestedAt()), CLERK, POLICIES,
        at("2026-03-02T09:05")).orElseThrow();
    ServiceOrder done = quoted.consent("王芳", CLERK, at("2026-03-02T09:06")).orElseThrow()
        .schedule(local("2026-03-02T10:00"), TECH.staffId(), CLERK, at("2026-03-02T09:07")).orElseThrow()
        .start(TECH, at("2026-03-02T10:00")).orElseThrow().complete("换好", "王芳", TECH, at("2026-03-02T10:30")).orElseThrow();

    assertThat(done.charge(new ChargeRequest(Money.parse("35.01"), PaymentMethod.CASH, "R-1"), CLERK, at("2026-03-02T10:31"))
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.INVALID_COMMAND);
    ServiceOrder paid = done.charge(new ChargeRequest(Money.parse("35.00"), PaymentMethod.CASH, "R-1"), CLERK, at("2026-03-02T10:31"))
        .orElseThrow();
    assertThat(paid.charge().orElseThrow().amount()).isEqualTo(Money.parse("35.00"));
    assertThat(paid.charge(new ChargeRequest(Money.parse("35.00"), PaymentMethod.CASH, "R-2"), CLERK, at("2026-03-02T10:32"))
        .rejection().orElseThrow().code()).as("never twice").isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
  }

  @Test
  void aPriceListVersionCannotBeBackDatedNorComeBeforeTheLatest() {
    PriceList l = list();

    assertThat(l.publish(new PriceListDraft(local("2026-03-09T00:00"), List.of(new PriceItem("X-1", "x", "次", Money.parse("1.00"),
        ServiceKind.OTHER)), "早于最新版本"), DIRECTOR, at("2026-03-06T00:00")).rejection().orElseThrow().field()).contains("effectiveFrom");
    assertThat(l.versionAt(local("2026-02-28T23:59"))).isEmpty();
    assertThat(l.versionAt(local("2026-03-10T00:00")).orElseThrow().number()).isEqualTo(2);
    PriceList withdrawn = l.withdraw("停止特约服务", DIRECTOR, at("2026-03-20T00:00")).orElseThrow();
    assertThat(withdrawn.versionAt(local("2026-03-20T00:00"))).isEmpty();
    assertThat(withdrawn.versionAt(local("2026-03-19T23:59")).orElseThrow().number()).as("the past is unchanged").isEqualTo(2);
  }

  @Test
  void aFortnightlyScheduleMovesAHolidayToTheNextWorkingDayAndNeverPlansTwiceOnADay() {
    WorkCalendar calendar = d -> d.getDayOfWeek().getValue() < 6 && !Set.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 4))
        .contains(d);
    VisitSchedule fortnightly = new VisitSchedule(DayOfWeek.FRIDAY, LocalTime.of(14, 0), 2, HolidayRule.NEXT_WORKING_DAY);

    // Fridays from 04-17 every two weeks: 04-17, 05-01 (holiday; 05-02/03 weekend, 05-04 holiday -> 05-05), 05-15, 05-29
    assertThat(fortnightly.plan(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 5, 31), calendar)).containsExactly(
        LocalDate.of(2026, 4, 17), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 29));
    assertThatThrownBy(() -> new VisitSchedule(DayOfWeek.FRIDAY, LocalTime.NOON, 5, HolidayRule.KEEP))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("everyWeeks");
  }
}

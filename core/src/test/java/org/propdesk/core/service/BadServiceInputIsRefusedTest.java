package org.propdesk.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.OwnerWording;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.service.port.PaidRepair;

/**
 * Bad special-service input fails with a typed error naming the field, at every bound the values
 * state: one past it is refused, the bound itself accepted.
 */
class BadServiceInputIsRefusedTest {
  private static final Money ONE = Money.parse("1.00");
  private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");

  private static void refused(String field, Supplier<?> build) {
    assertThatThrownBy(build::get).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
  }

  private static void accepted(Supplier<?> build) {
    assertThatCode(build::get).doesNotThrowAnyException();
  }

  private static PriceItem item(String code) {
    return new PriceItem(code, "项目", "次", ONE, ServiceKind.OTHER);
  }

  @Test
  void aPriceItemHasACodeOfAtMost32AndAPriceAboveZero() {
    accepted(() -> item("C".repeat(32)));
    refused("code", () -> item("C".repeat(33)));
    refused("price", () -> new PriceItem("A", "x", "次", Money.ZERO, ServiceKind.OTHER));
    accepted(() -> new PriceItem("A", "x", "次", Money.ofFen(1), ServiceKind.OTHER));
    refused("name", () -> new PriceItem("A", "两\n行", "次", ONE, ServiceKind.OTHER));
  }

  @Test
  void aVersionHoldsOneTo500ItemsWithDistinctCodesAndIsNumberedFromOne() {
    List<PriceItem> many = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      many.add(item("I" + i));
    }
    accepted(() -> new PriceListVersion(1, T, many, T, StaffId.of("d"), "x"));
    List<PriceItem> tooMany = new ArrayList<>(many);
    tooMany.add(item("I500"));
    refused("items", () -> new PriceListVersion(1, T, tooMany, T, StaffId.of("d"), "x"));
    refused("items", () -> new PriceListVersion(1, T, List.of(), T, StaffId.of("d"), "x"));
    refused("number", () -> new PriceListVersion(0, T, List.of(item("A")), T, StaffId.of("d"), "x"));
  }

  @Test
  void aPriceListKeepsItsVersionsNumberedAndInOrderAndIsWithdrawnExactlyWhenItSaysSo() {
    PriceListVersion v1 = new PriceListVersion(1, T, List.of(item("A")), T, StaffId.of("d"), "x");
    PriceListVersion v2 = new PriceListVersion(2, T.plusSeconds(60), List.of(item("A")), T, StaffId.of("d"), "x");
    PriceListVersion early = new PriceListVersion(2, T.minusSeconds(60), List.of(item("A")), T, StaffId.of("d"), "x");
    OfficeId o = OfficeId.of("O-1");
    accepted(() -> new PriceList(PriceList.idOf(o), o, List.of(v1, v2), PriceListState.PUBLISHED, Optional.empty(), 2));
    refused("versions", () -> new PriceList(PriceList.idOf(o), o, List.of(v2), PriceListState.PUBLISHED, Optional.empty(), 1));
    refused("versions", () -> new PriceList(PriceList.idOf(o), o, List.of(v1, early), PriceListState.PUBLISHED, Optional.empty(), 1));
    refused("versions", () -> new PriceList(PriceList.idOf(o), o, List.of(), PriceListState.PUBLISHED, Optional.empty(), 1));
    refused("withdrawnAt", () -> new PriceList(PriceList.idOf(o), o, List.of(v1), PriceListState.WITHDRAWN, Optional.empty(), 1));
    refused("withdrawnAt", () -> new PriceList(PriceList.idOf(o), o, List.of(v1), PriceListState.PUBLISHED, Optional.of(T), 1));
    refused("version", () -> new PriceList(PriceList.idOf(o), o, List.of(v1), PriceListState.PUBLISHED, Optional.empty(), 0));
    assertThat(PriceList.idOf(o).toString()).isEqualTo("PL-O-1");
  }

  @Test
  void aQuoteLineIsListedOrUnlistedWithAQuantityOfOneTo1000() {
    accepted(() -> QuoteLineDraft.listed("A", 1));
    accepted(() -> QuoteLineDraft.listed("A", 1000));
    refused("quantity", () -> QuoteLineDraft.listed("A", 1001));
    refused("quantity", () -> QuoteLineDraft.listed("A", 0));
    refused("unitPrice", () -> QuoteLineDraft.unlisted("x", "次", 1, Money.ZERO));
    refused("itemCode", () -> new QuoteLineDraft(Optional.of("A"), Optional.of("x"), Optional.empty(), 1, Optional.empty()));
    refused("description", () -> new QuoteLineDraft(Optional.empty(), Optional.of("x"), Optional.of("次"), 1, Optional.empty()));
    refused("description", () -> QuoteLineDraft.unlisted("两\n行", "次", 1, ONE));
    refused("unit", () -> QuoteLineDraft.unlisted("x", "u".repeat(21), 1, ONE));
    assertThat(QuoteLineDraft.unlisted("x", "次", 2, ONE).description()).contains("x");
    assertThat(QuoteLineDraft.unlisted("x", "次", 2, ONE).unit()).contains("次");
  }

  @Test
  void aQuoteHoldsOneTo50LinesAddingUpToItsTotal() {
    List<QuoteLineDraft> fifty = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      fifty.add(QuoteLineDraft.listed("A", 1));
    }
    accepted(() -> new QuoteDraft(fifty, Optional.empty()));
    List<QuoteLineDraft> fiftyOne = new ArrayList<>(fifty);
    fiftyOne.add(QuoteLineDraft.listed("A", 1));
    refused("lines", () -> new QuoteDraft(fiftyOne, Optional.empty()));
    refused("lines", () -> new QuoteDraft(List.of(), Optional.empty()));
    QuoteLine line = new QuoteLine(Optional.empty(), "x", "次", 3, ONE, Money.parse("3.00"));
    refused("amount", () -> new QuoteLine(Optional.empty(), "x", "次", 3, ONE, Money.parse("3.01")));
    refused("quantity", () -> new QuoteLine(Optional.empty(), "x", "次", 0, ONE, Money.ZERO));
    accepted(() -> new Quote(List.of(line), Money.parse("3.00"), Optional.empty(), true, Optional.empty(), T, StaffId.of("s")));
    refused("total", () -> new Quote(List.of(line), Money.parse("3.01"), Optional.empty(), true, Optional.empty(), T, StaffId.of("s")));
    refused("lines", () -> new Quote(List.of(), Money.ZERO, Optional.empty(), true, Optional.empty(), T, StaffId.of("s")));
  }

  @Test
  void aChargeHasAnAmountAboveZeroAndAReceiptOfAtMost32IdCharacters() {
    accepted(() -> new ChargeRequest(Money.ofFen(1), PaymentMethod.CASH, "R".repeat(32)));
    refused("receiptNo", () -> new ChargeRequest(ONE, PaymentMethod.CASH, "R".repeat(33)));
    refused("amount", () -> new ChargeRequest(Money.ZERO, PaymentMethod.CASH, "R-1"));
    assertThat(new ChargeRequest(ONE, PaymentMethod.CASH, "R-1").canonical()).isEqualTo("1.00|CASH|R-1");
    assertThat(new Charge(ONE, PaymentMethod.ALIPAY, "R-9", T, StaffId.of("c")).receiptNo()).isEqualTo("R-9");
  }

  @Test
  void policiesBoundTheQuoteTimeToThirtyDaysAndTheVisitLeadToZeroThroughThirty() {
    OwnerWording w = OwnerWording.seedDefaults();
    accepted(() -> new ServicePolicies(Duration.ofDays(30), Duration.ZERO, w));
    accepted(() -> new ServicePolicies(Duration.ofSeconds(1), Duration.ofDays(30), w));
    refused("quoteWithin", () -> new ServicePolicies(Duration.ofDays(30).plusSeconds(1), Duration.ZERO, w));
    refused("quoteWithin", () -> new ServicePolicies(Duration.ZERO, Duration.ZERO, w));
    refused("quoteWithin", () -> new ServicePolicies(Duration.ofMinutes(-1), Duration.ZERO, w));
    refused("visitLead", () -> new ServicePolicies(Duration.ofMinutes(1), Duration.ofDays(30).plusSeconds(1), w));
    refused("visitLead", () -> new ServicePolicies(Duration.ofMinutes(1), Duration.ofSeconds(-1), w));
    ServicePolicies p = ServicePolicies.practiceDefaults();
    assertThat(p.quoteWithin()).isEqualTo(Duration.ofMinutes(15));
    assertThat(p.visitLead()).isEqualTo(Duration.ofHours(24));
    assertThat(p.withQuoteWithin(Duration.ofMinutes(30)).quoteWithin()).isEqualTo(Duration.ofMinutes(30));
    assertThat(p.withVisitLead(Duration.ofHours(2)).visitLead()).isEqualTo(Duration.ofHours(2));
    assertThat(p.withWording(OwnerWording.forbidding("不给")).wording().phrases()).containsExactly("不给");
  }

  @Test
  void aScheduleIsEveryOneToFourWeeksAndAContractTermAtMostAYearWithAnItemOrAPrice() {
    accepted(() -> new VisitSchedule(DayOfWeek.MONDAY, LocalTime.NOON, 1, HolidayRule.KEEP));
    accepted(() -> new VisitSchedule(DayOfWeek.MONDAY, LocalTime.NOON, 4, HolidayRule.KEEP));
    refused("everyWeeks", () -> new VisitSchedule(DayOfWeek.MONDAY, LocalTime.NOON, 0, HolidayRule.KEEP));
    ContractDraft.Builder b = ContractDraft.builder().desk(FrontDeskId.of("D-1")).unit(UnitId.of("U-1")).owner(OwnerId.of("P-1"))
        .description("保洁").schedule(VisitSchedule.weekly(DayOfWeek.MONDAY, LocalTime.NOON)).signedBy("业主");
    LocalDate start = LocalDate.of(2026, 3, 2);
    accepted(() -> b.item("CL-01").term(start, start.plusYears(1)).build());
    refused("end", () -> b.item("CL-01").term(start, start.plusYears(1).plusDays(1)).build());
    refused("end", () -> b.item("CL-01").term(start, start.minusDays(1)).build());
    refused("price", () -> b.item("CL-01").price(ONE).term(start, start).build());
    ContractDraft.Builder priced = ContractDraft.builder().desk(FrontDeskId.of("D-1")).unit(UnitId.of("U-1")).owner(OwnerId.of("P-1"))
        .description("保洁").schedule(VisitSchedule.weekly(DayOfWeek.MONDAY, LocalTime.NOON)).signedBy("业主").term(start, start);
    refused("price", () -> priced.price(Money.ZERO).build());
    ContractDraft withPhone = priced.price(ONE).contactPhone("13800135678").contactName("王").build();
    assertThat(withPhone.toString()).contains("138****5678").doesNotContain("13800135678");
    assertThat(withPhone.contactName()).contains("王");
  }

  @Test
  void personalDataIsMaskedInEveryServiceValue() {
    PhoneNumber phone = PhoneNumber.of("13800135678");
    ServiceRequest r = ServiceRequest.builder().desk(FrontDeskId.of("D-1")).kind(ServiceKind.CLEANING).unit(UnitId.of("U-1"))
        .owner(OwnerId.of("P-1")).contactName("王芳").contactPhone("13800135678").description("保洁").requestedAt(T).build();
    PaidRepair paid = new PaidRepair("T-1", OfficeId.of("O-1"), FrontDeskId.of("D-1"), Optional.of(UnitId.of("U-1")), Optional.empty(),
        Optional.empty(), Optional.of(phone), "换龙头", T);
    for (Object o : List.of(r, paid)) {
      assertThat(o.toString()).contains("138****5678").doesNotContain("13800135678");
    }
    assertThat(r.toString()).contains("unit=U-1").contains("CLEANING");
    assertThat(paid.toString()).contains("T-1").contains("unit=U-1");
    assertThat(r.requestedAt()).contains(T);
    refused("description", () -> new PaidRepair("T-1", OfficeId.of("O-1"), FrontDeskId.of("D-1"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), " ", T));
  }
}

package org.propdesk.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.calendar.ChinaWorkCalendar;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.OfficeId;

/**
 * The parsers an ERP form feeds (deduction lists, receipt numbers) and the banking-due rule on the
 * statutory calendar of PROCEDURES §17.
 */
class DeductionsAndReceiptsTest {
  @Test
  void aDeductionListReadsConstantsOrChineseNamesWithTextsAndRoundTripsThroughItsCanonicalForm() {
    List<Deduction> list = Deductions.parse(" administration_fee = 50 ;损坏=200.5:门框\nOTHER=0.01: 清洁 ;; ");

    assertThat(list).containsExactly(Deduction.of(DeductionKind.ADMINISTRATION_FEE, Money.parse("50.00")),
        new Deduction(DeductionKind.DAMAGE, Money.parse("200.50"), Optional.of("门框")),
        new Deduction(DeductionKind.OTHER, Money.ofFen(1), Optional.of("清洁")));
    assertThat(Deductions.total(list)).isEqualTo(Money.parse("250.51"));
    assertThat(Deductions.parse(Deductions.canonical(list))).isEqualTo(list);
    assertThat(Deductions.parse("")).isEmpty();
    assertThat(Deductions.describe(list, Locale.SIMPLIFIED_CHINESE)).startsWith("管理费 50.00; 损坏 200.50 (门框)");
  }

  @Test
  void aMalformedDeductionListNamesTheItemAndTheField() {
    assertThatThrownBy(() -> Deductions.parse("DAMAGE 5")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deductions[1]");
    assertThatThrownBy(() -> Deductions.parse("DAMAGE=5;DAMAGE=abc")).hasMessageContaining("deductions[2].amount");
    assertThatThrownBy(() -> Deductions.parse("DAMAGE=0")).hasMessageContaining("deductions[1].amount");
    assertThatThrownBy(() -> Deductions.parse("DAMAGE=1e9999999")).hasMessageContaining("deductions[1].amount");
    assertThatThrownBy(() -> Deductions.parse("DAMAGE=1:a\u0007b")).hasMessageContaining("deductions[1].text");
    assertThatThrownBy(() -> Deductions.parse("DAMAGE=1;".repeat(21))).hasMessageContaining("at most 20 items");
    assertThatThrownBy(() -> Deductions.parse("DAMAGE=92233720368547758.07;DAMAGE=1")).hasMessageContaining("total must fit");
    assertThatThrownBy(() -> Deductions.parse(null)).hasMessageContaining("deductions");
  }

  @Test
  void aReceiptNumberIsNormalisedFromFullWidthAndLowerCaseAndOtherwiseRefused() {
    assertThat(ReceiptNumber.parse(" ｎｏ-００１２ ")).isEqualTo(ReceiptNumber.parse("NO-0012"));
    assertThat(ReceiptNumber.parse("A".repeat(32)).value()).hasSize(32);
    for (String bad : new String[] {"", " ", "A_1", "A--", "-1", "1-", "收据1", "A\u00001", "A".repeat(33)}) {
      assertThatThrownBy(() -> ReceiptNumber.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("receiptNo");
    }
    assertThat(DepositReceipt.idOf(OfficeId.of("O-1"), ReceiptNumber.parse("A1")))
        .isNotEqualTo(DepositReceipt.idOf(OfficeId.of("O-2"), ReceiptNumber.parse("A1"))).hasSize(45);
  }

  @Test
  void moneyIsDueAtTheBankTheNextWorkingDayOrTheSameDayByPolicyAroundHolidaysAndMakeUpDays() {
    var calendar = ChinaWorkCalendar.statutory();
    DepositPolicies next = DepositPolicies.practiceDefaults();
    DepositPolicies same = next.withBankingWorkingDays(0);

    assertThat(next.bankingDue(LocalDate.of(2026, 3, 6), calendar)).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(next.bankingDue(LocalDate.of(2026, 9, 30), calendar)).as("National Day").isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(next.bankingDue(LocalDate.of(2026, 10, 9), calendar)).as("make-up Saturday 10-10").isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(same.bankingDue(LocalDate.of(2026, 3, 6), calendar)).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(same.bankingDue(LocalDate.of(2026, 3, 7), calendar)).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(next.withBankingWorkingDays(2).bankingDue(LocalDate.of(2026, 3, 6), calendar)).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThatThrownBy(() -> next.withBankingWorkingDays(6)).hasMessageContaining("bankingWorkingDays");
  }
}

package org.propdesk.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;

/** Report periods (统计期间): months, quarters and years, their bounds, codes and neighbours. */
class ReportPeriodTest {
  @Test
  void aQuarterRunsThreeMonthsFromJanuaryAprilJulyOrOctober() {
    ReportPeriod q2 = ReportPeriod.quarter(2026, 2);
    assertThat(q2.start()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(q2.end()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(q2.code()).isEqualTo("2026-Q2");
    assertThat(ReportPeriod.quarter(2026, 1).start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(ReportPeriod.quarter(2026, 4).end()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(q2.previous()).isEqualTo(ReportPeriod.quarter(2026, 1));
    assertThat(ReportPeriod.quarter(2026, 1).previous()).isEqualTo(ReportPeriod.quarter(2025, 4));
    for (int bad : new int[] {0, 5}) {
      assertThatThrownBy(() -> ReportPeriod.quarter(2026, bad)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("quarter");
    }
  }

  @Test
  void aMonthAndAYearHaveTheirCodesAndBounds() {
    ReportPeriod march = ReportPeriod.month(YearMonth.of(2026, 3));
    assertThat(march.code()).isEqualTo("2026-03");
    assertThat(march.end()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(march.previous().code()).isEqualTo("2026-02");
    ReportPeriod year = ReportPeriod.year(2026);
    assertThat(year.code()).isEqualTo("2026");
    assertThat(year.end()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(year.previous()).isEqualTo(ReportPeriod.year(2025));
  }

  @Test
  void aPeriodContainsItsFirstAndLastDayButNotTheDayAfter() {
    ReportPeriod march = ReportPeriod.month(YearMonth.of(2026, 3));
    assertThat(march.contains(LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(march.contains(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(march.contains(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(march.contains(LocalDate.of(2026, 2, 28))).isFalse();
  }

  @Test
  void theTrendCoversTheTwelveMonthsEndingWithThePeriodsLastMonth() {
    assertThat(ReportPeriod.month(YearMonth.of(2026, 3)).trailingYear()).hasSize(12)
        .startsWith(YearMonth.of(2025, 4)).endsWith(YearMonth.of(2026, 3));
    assertThat(ReportPeriod.quarter(2026, 2).trailingYear()).startsWith(YearMonth.of(2025, 7)).endsWith(YearMonth.of(2026, 6));
    assertThat(ReportPeriod.year(2026).trailingYear()).startsWith(YearMonth.of(2026, 1)).endsWith(YearMonth.of(2026, 12));
  }

  @Test
  void aCodeParsesBackToItsPeriodAndAMalformedOneIsRefusedNamingTheField() {
    for (ReportPeriod p : new ReportPeriod[] {ReportPeriod.month(YearMonth.of(2026, 11)), ReportPeriod.quarter(2026, 3),
        ReportPeriod.year(2025)}) {
      assertThat(ReportPeriod.parse(p.code())).isEqualTo(p);
    }
    for (String bad : new String[] {"2026-13", "2026-Q5", "26-03", "2026/03", "March", ""}) {
      assertThatThrownBy(() -> ReportPeriod.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
          .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("period");
    }
  }

  @Test
  void aPeriodMustStartOnTheFirstDayOfItsFirstMonth() {
    assertThatThrownBy(() -> new ReportPeriod(ReportPeriod.Kind.MONTH, LocalDate.of(2026, 3, 2)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> new ReportPeriod(ReportPeriod.Kind.QUARTER, LocalDate.of(2026, 2, 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new ReportPeriod(ReportPeriod.Kind.YEAR, LocalDate.of(2026, 7, 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(new ReportPeriod(ReportPeriod.Kind.QUARTER, LocalDate.of(2026, 10, 1)).code()).isEqualTo("2026-Q4");
    assertThat(ReportPeriod.Kind.QUARTER.months()).isEqualTo(3);
  }
}

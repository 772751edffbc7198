package org.propdesk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;

class ChinaWorkCalendarTest {
  private final ChinaWorkCalendar cal = ChinaWorkCalendar.statutory();

  @Test
  void theBundledYearsAreTwentyTwentyFiveAndTwentyTwentySix() {
    assertThat(cal.years()).containsExactlyInAnyOrder(2025, 2026);
  }

  @Test
  void holidaysAreDaysOffAndMakeUpWeekendsAreWorkingDays() {
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
  }

  @Test
  void theNextWorkingDayAfterNationalDaySkipsTheWholeHoliday() {
    assertThat(cal.nextWorkingDay(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(cal.plusWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void aYearWithoutDataFailsLoudly() {
    assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2027, 1, 4)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("date"))
        .hasMessageContaining("2027");
  }

  @Test
  void anIntegratorLoadsALaterYear() {
    ChinaWorkCalendar more = cal.withData(new StringReader("year 2027\nholiday 2027-01-01\nworkday 2027-01-09 # a Saturday\n"));
    assertThat(more.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(more.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
    assertThat(more.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
  }

  @Test
  void malformedDataIsRefusedNamingTheLine() {
    assertThatThrownBy(() -> cal.withData(new StringReader("year 2027\nholiday 2027-13-01\n"))).hasMessageContaining("line 2");
    assertThatThrownBy(() -> cal.withData(new StringReader("holiday 2028-01-01\n"))).hasMessageContaining("without a 'year' line");
    assertThatThrownBy(() -> cal.withData(new StringReader("year 2027\nvacation 2027-01-01\n"))).hasMessageContaining("unknown directive");
    assertThatThrownBy(() -> cal.withData(new StringReader("year 2027\nholiday 2027-01-01\nworkday 2027-01-01\n")))
        .hasMessageContaining("both");
  }
}

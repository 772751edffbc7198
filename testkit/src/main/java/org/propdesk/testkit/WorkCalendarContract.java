package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.propdesk.core.spi.WorkCalendar;

/**
 * The contract every {@link WorkCalendar} must pass (工作日历契约测试): deterministic answers, and
 * next-working-day arithmetic consistent with {@link WorkCalendar#isWorkingDay}. Supply a calendar and
 * a year it has data for.
 *
 * @since 0.1.0
 */
public interface WorkCalendarContract {
  /** The calendar under test. */
  WorkCalendar newCalendar();

  /** A year the calendar has complete data for. */
  int coveredYear();

  @Test
  default void answersAreDeterministicAndArithmeticIsConsistent() {
    WorkCalendar c = newCalendar();
    LocalDate d = LocalDate.of(coveredYear(), 1, 1);
    for (int i = 0; i < 360; i++, d = d.plusDays(1)) {
      assertThat(c.isWorkingDay(d)).isEqualTo(c.isWorkingDay(d));
      LocalDate next = c.nextWorkingDay(d);
      assertThat(next).isAfter(d);
      assertThat(c.isWorkingDay(next)).isTrue();
      for (LocalDate between = d.plusDays(1); between.isBefore(next); between = between.plusDays(1)) {
        assertThat(c.isWorkingDay(between)).isFalse();
      }
      assertThat(c.plusWorkingDays(d, 0)).isEqualTo(c.isWorkingDay(d) ? d : next);
    }
  }

  @Test
  default void mostDaysOfAYearAreWorkingDaysButNotAll() {
    WorkCalendar c = newCalendar();
    long working = LocalDate.of(coveredYear(), 1, 1).datesUntil(LocalDate.of(coveredYear(), 12, 1))
        .filter(c::isWorkingDay).count();
    assertThat(working).isBetween(200L, 260L);
  }
}

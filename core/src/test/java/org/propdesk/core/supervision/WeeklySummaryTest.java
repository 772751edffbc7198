package org.propdesk.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.lifecycle.DeskActivity.Kind;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * The weekly summary (周结) runs Monday 00:00 to Monday 00:00 in the office's zone, however far from UTC,
 * and only ended days can be unreviewed.
 */
class WeeklySummaryTest {
  private static final OfficeId OFFICE = OfficeId.of("O-1");
  private static final FrontDeskId DESK = FrontDeskId.of("D-1");
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

  private static Instant local(String t, ZoneId z) {
    return LocalDateTime.parse(t).atZone(z).toInstant();
  }

  private static DeskActivity item(String id, Kind kind, Instant at) {
    return new DeskActivity("complaint", id, DESK, kind, at);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Pacific/Kiritimati", "Asia/Shanghai", "UTC", "Pacific/Honolulu", "Pacific/Pago_Pago"})
  void theWeekIsTheOfficesMondayToSundayAcrossAMonthEnd(String zone) {
    ZoneId z = ZoneId.of(zone);
    List<DeskActivity> items = List.of(
        item("before", Kind.RECEIVED, local("2026-03-29T23:59:59.999", z)),
        item("first", Kind.RECEIVED, local("2026-03-30T00:00", z)),
        item("last", Kind.RECEIVED, local("2026-04-05T23:59:59.999", z)),
        item("after", Kind.RECEIVED, local("2026-04-06T00:00", z)),
        item("first", Kind.ALARM, local("2026-04-01T00:00", z)),
        item("last", Kind.OPEN_AT_END_OF_DAY, local("2026-04-05T23:59:59.999", z)),
        item("first", Kind.OPEN_AT_END_OF_DAY, local("2026-04-04T23:59:59.999", z)));
    DailyReview monday = new DailyReview(OFFICE, DESK, MONDAY, StaffId.of("s"), "s", local("2026-03-31T09:00", z), "ok", 1);

    WeeklySummary w = WeeklySummary.derive(OFFICE, MONDAY, z, List.of(DESK), items, List.of(monday), List.of(),
        local("2026-04-06T00:00", z));

    assertThat(w.complete()).isTrue();
    assertThat(w.received()).containsExactly("first", "last");
    assertThat(w.alarms()).isEqualTo(1);
    assertThat(w.openAtEnd()).containsExactly("last");
    assertThat(w.desks().get(0).unreviewedDays()).containsExactlyElementsOf(MONDAY.plusDays(1).datesUntil(MONDAY.plusDays(7)).toList());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Pacific/Kiritimati", "Pacific/Honolulu"})
  void aWeekInProgressListsOnlyEndedDaysAsUnreviewed(String zone) {
    ZoneId z = ZoneId.of(zone);
    WeeklySummary w = WeeklySummary.derive(OFFICE, MONDAY, z, List.of(DESK), List.of(), List.of(), List.of(),
        local("2026-04-01T23:59:59.999", z));
    assertThat(w.complete()).isFalse();
    assertThat(w.desks().get(0).unreviewedDays()).containsExactly(MONDAY, MONDAY.plusDays(1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2026-03-31", "2026-04-05"})
  void aWeekMustStartOnAMonday(String day) {
    assertThatThrownBy(() -> WeeklySummary.derive(OFFICE, LocalDate.parse(day), ZoneId.of("UTC"), List.of(DESK), List.of(),
        List.of(), List.of(), Instant.EPOCH)).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("weekStart"));
  }
}

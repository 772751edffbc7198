package org.propdesk.reporting.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.Reply;
import org.propdesk.reporting.RenderedRows;
import org.propdesk.reporting.Report;
import org.propdesk.testkit.Desks;
import org.propdesk.testkit.Fixtures;

/**
 * The daily-clear and weekly-summary records (日清周结) of office 1's week of Monday 2 March 2026, seen
 * on Wednesday: two complaints on Monday (one answered late), a review of Monday, nothing yet on
 * Tuesday's review, Wednesday still running.
 */
class DeskRecordsReportTest {
  private final Desks d = new Desks();
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Test
  void eachDeskDayShowsWhatCameInWhatWasLateAndWhetherTheSupervisorReviewedIt() {
    d.clock.setLocal("2026-03-02T09:00");
    ComplaintId late = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build())
        .orElseThrow().id();
    d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 2).build()).orElseThrow();
    d.clock.setLocal("2026-03-02T09:30");
    d.desk.complaints().reply(Fixtures.clerk(OFFICE_1), late, Reply.of("马上处理。")).orElseThrow();
    d.clock.setLocal("2026-03-03T08:30");
    d.desk.timers().runDue();
    d.desk.reviews().markReviewed(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MONDAY, "首次答复超时，已提醒。")
        .orElseThrow();
    d.clock.setLocal("2026-03-04T10:00");
    d.desk.timers().runDue();

    Report report = DeskRecordsReport.of(d.desk, Fixtures.supervisor(OFFICE_1), OFFICE_1, MONDAY).orElseThrow();
    List<List<Object>> daily = RenderedRows.of(report.table("daily-records").orElseThrow());
    assertThat(daily).hasSize(3 * Fixtures.directory().office(OFFICE_1).orElseThrow().desks().size());
    List<Object> monday = daily.get(0);
    assertThat(monday.get(0)).isEqualTo(MONDAY);
    assertThat(monday.subList(2, 4)).containsExactly(2L, 0L);
    assertThat(monday.get(5)).as("late first replies").isEqualTo(1L);
    assertThat(monday.get(7)).as("open at day end").isEqualTo(2L);
    assertThat(monday.get(9)).isEqualTo("已检查");
    assertThat(daily.get(1).get(9)).isEqualTo("未检查");
    assertThat(daily.get(2).get(9)).isEqualTo("当日未结束");

    List<List<Object>> totals = RenderedRows.of(report.table("weekly-totals").orElseThrow());
    assertThat(totals.get(0)).containsExactly("受理", 2L);
    assertThat(RenderedRows.of(report.table("reviews").orElseThrow()).get(0).get(4)).isEqualTo("首次答复超时，已提醒。");
    assertThat(RenderedRows.of(report.table("desk-weeks").orElseThrow()).get(0).get(4)).as("Tuesday ended unreviewed")
        .isEqualTo("2026-03-03");
  }

  @Test
  void aClerkOfAnotherOfficeCannotReadTheRecords() {
    assertThat(DeskRecordsReport.of(d.desk, Fixtures.clerk(Fixtures.OFFICE_2), OFFICE_1, MONDAY).isAccepted()).isFalse();
  }

}

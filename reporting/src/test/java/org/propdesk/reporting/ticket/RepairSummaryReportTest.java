package org.propdesk.reporting.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.core.ticket.OwnerRating;
import org.propdesk.core.ticket.PauseReason;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairRequest;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.ReportFiles;
import org.propdesk.reporting.Rendering;
import org.propdesk.reporting.json.JsonReportWriter;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.ticket.TicketDesk;
import org.propdesk.workflows.ticket.Tickets;

/**
 * A month of three repair reports worked out by hand: their figures in the summary, and the report in
 * every format, Chinese and English.
 */
class RepairSummaryReportTest {
  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
      .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).procedure(Tickets.PROCEDURE).build();
  private final TicketDesk repairs = desk.procedure(Tickets.PROCEDURE);

  private Ticket report(RepairCategory category) {
    return repairs.register(Fixtures.clerk(Fixtures.OFFICE_1), RepairRequest.builder().desk(Fixtures.desk(Fixtures.OFFICE_1))
        .location("户内").category(category).description("报修").build()).orElseThrow();
  }

  private void local(String t) {
    clock.setLocal(t);
  }

  private RepairSummary march() {
    // three reports: A on time everywhere, done in 60 min with 30 min paused; B dispatched late, on site
    // late, done in 180 min; C dispatched on time, never attended
    local("2026-03-02T09:00");
    Ticket a = report(RepairCategory.LEAK);
    local("2026-03-02T09:01");
    repairs.reply(Fixtures.clerk(Fixtures.OFFICE_1), a.id(), "马上到").orElseThrow();
    repairs.dispatch(Fixtures.clerk(Fixtures.OFFICE_1), a.id(), Fixtures.technician(Fixtures.OFFICE_1).staffId()).orElseThrow();
    repairs.acceptJob(Fixtures.technician(Fixtures.OFFICE_1), a.id()).orElseThrow();
    local("2026-03-02T09:10");
    repairs.arrive(Fixtures.technician(Fixtures.OFFICE_1), a.id()).orElseThrow();
    repairs.start(Fixtures.technician(Fixtures.OFFICE_1), a.id()).orElseThrow();
    local("2026-03-02T09:20");
    repairs.pause(Fixtures.technician(Fixtures.OFFICE_1), a.id(), PauseReason.WAITING_FOR_PARTS, "等配件").orElseThrow();
    local("2026-03-02T09:50");
    repairs.resume(Fixtures.technician(Fixtures.OFFICE_1), a.id()).orElseThrow();
    local("2026-03-02T10:30");
    repairs.complete(Fixtures.technician(Fixtures.OFFICE_1), a.id(), "修好").orElseThrow();
    repairs.signOff(Fixtures.clerk(Fixtures.OFFICE_1), a.id(), "业主", Optional.empty()).orElseThrow();
    repairs.callBack(Fixtures.clerk(Fixtures.OFFICE_1), a.id(), Optional.of(OwnerRating.SATISFIED), "满意").orElseThrow();

    local("2026-03-03T14:00");
    Ticket b = report(RepairCategory.ELEVATOR);
    local("2026-03-03T14:05");
    repairs.dispatch(Fixtures.clerk(Fixtures.OFFICE_1), b.id(), Fixtures.technician(Fixtures.OFFICE_1).staffId()).orElseThrow();
    repairs.acceptJob(Fixtures.technician(Fixtures.OFFICE_1), b.id()).orElseThrow();
    local("2026-03-03T14:30");
    repairs.arrive(Fixtures.technician(Fixtures.OFFICE_1), b.id()).orElseThrow();
    repairs.start(Fixtures.technician(Fixtures.OFFICE_1), b.id()).orElseThrow();
    local("2026-03-03T17:00");
    repairs.complete(Fixtures.technician(Fixtures.OFFICE_1), b.id(), "修好").orElseThrow();

    local("2026-03-04T08:00");
    Ticket c = report(RepairCategory.LEAK);
    repairs.dispatch(Fixtures.clerk(Fixtures.OFFICE_1), c.id(), Fixtures.technician(Fixtures.OFFICE_1).staffId()).orElseThrow();
    local("2026-03-31T12:00");
    return new RepairAnalyst(desk).analyse(Fixtures.serviceCentre(), ReportPeriod.month(YearMonth.of(2026, 3)), Optional.empty())
        .orElseThrow();
  }

  @Test
  void aMonthOfThreeReportsAddsUpAsWorkedOutByHand() {
    RepairSummary s = march();
    RepairSummary.Figures t = s.total();

    assertThat(t.reported()).isEqualTo(3);
    assertThat(t.paid()).isZero();
    assertThat(t.firstReply()).isEqualTo(new RepairSummary.OnTime(1, 1));
    assertThat(t.dispatch()).as("A 1 min, B 5 min (late), C 0 min").isEqualTo(new RepairSummary.OnTime(2, 3));
    assertThat(t.arrival()).as("A 9 min after dispatch, B 25 min (late)").isEqualTo(new RepairSummary.OnTime(1, 2));
    // A: 09:00 -> 10:30 less 30 paused = 60; B: 14:00 -> 17:00 = 180; sorted [60, 180]: median rank 1, p90 rank 2
    assertThat(t.resolution()).isEqualTo(new RepairSummary.Resolution(2, 2, Optional.of(60L), Optional.of(180L), 30));
    assertThat(t.callbacks()).containsExactly(java.util.Map.entry("SATISFIED", 1L));
    assertThat(t.satisfaction()).isEqualTo(new RepairSummary.OnTime(1, 1));
    assertThat(t.reopenRate()).contains(new java.math.BigDecimal("0.0000"));
    assertThat(s.byCategory().get("LEAK").reported()).isEqualTo(2);
    assertThat(s.byCategory().get("ELEVATOR").resolution().medianMinutes()).contains(180L);
    assertThat(s.byPayment()).containsOnlyKeys("FREE");
  }

  @Test
  void theReportIsWrittenInEveryFormatInChineseAndEnglish(@TempDir Path dir) throws Exception {
    Report report = RepairSummaryReport.of(march(), desk.directory(), Fixtures.ZONE);
    List<Path> files = ReportFiles.writeAll(report, Rendering.chinese(), dir);

    assertThat(files).extracting(p -> p.getFileName().toString()).anyMatch(n -> n.endsWith(".xlsx")).anyMatch(n -> n.endsWith(".html"))
        .anyMatch(n -> n.endsWith(".json")).anyMatch(n -> n.endsWith(".csv"));
    String html = Files.readString(files.stream().filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow());
    assertThat(html).contains("报事报修汇总分析").contains("到场及时率").contains("<svg");
    ByteArrayOutputStream en = new ByteArrayOutputStream();
    JsonReportWriter.write(report, Rendering.english(), en);
    assertThat(en.toString(StandardCharsets.UTF_8)).contains("Incident and repair summary").contains("On site on time")
        .contains("leaks");
    assertThat(report.tables()).extracting(x -> x.id()).containsExactly("overview", "by-office", "by-category", "paid-vs-free",
        "callbacks");
  }
}

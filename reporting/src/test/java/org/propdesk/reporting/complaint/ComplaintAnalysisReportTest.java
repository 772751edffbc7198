package org.propdesk.reporting.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.reporting.Rendering;
import org.propdesk.reporting.Report;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.reporting.RenderedRows;
import org.propdesk.reporting.csv.CsvReportWriter;
import org.propdesk.testkit.Desks;
import org.propdesk.testkit.Fixtures;

/**
 * The complaint analysis report of a small month worked out by hand (PROCEDURES §5, §16): four
 * complaints in March at office 1 and one at office 2, one in February, with their replies, judgements,
 * a resolution and a callback.
 */
class ComplaintAnalysisReportTest {
  private final Desks d = new Desks();
  private static final ReportPeriod MARCH = ReportPeriod.month(YearMonth.of(2026, 3));

  private ComplaintId register(java.util.function.UnaryOperator<org.propdesk.core.complaint.Registration.Builder> how,
      org.propdesk.core.org.OfficeId office, int owner) {
    return d.desk.complaints().register(Fixtures.clerk(office), how.apply(Fixtures.registration(office, owner)).build())
        .orElseThrow().id();
  }

  /** The month, step by step; the clock starts on Monday 2 March 2026, 09:00 in Shanghai. */
  private void march() {
    d.clock.setLocal("2026-02-27T10:00");
    register(r -> r.category(ComplaintCategory.NOISE), OFFICE_1, 9); // February: the previous period
    d.clock.setLocal("2026-03-02T09:00");
    ComplaintId a = register(r -> r, OFFICE_1, 1);                                    // repairs, owner 1
    d.clock.setLocal("2026-03-02T09:10");
    d.desk.complaints().reply(Fixtures.clerk(OFFICE_1), a, Reply.of("电工马上到。")).orElseThrow();          // on time
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), a, Judgement.valid(false, false)).orElseThrow(); // general
    d.clock.setLocal("2026-03-02T11:00");
    ComplaintId b = register(r -> r.category(ComplaintCategory.PARKING), OFFICE_1, 1); // owner 1 again
    d.clock.setLocal("2026-03-02T11:40");
    d.desk.complaints().reply(Fixtures.clerk(OFFICE_1), b, Reply.of("已通知秩序维护部。")).orElseThrow();  // 40 min: late
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), b, Judgement.valid(true, true)).orElseThrow(); // major (b)
    d.clock.setLocal("2026-03-02T15:00");
    d.desk.complaints().resolve(Fixtures.assistant(OFFICE_1), a, "灯已修好。").orElseThrow();            // 6 h = 360 min
    d.clock.setLocal("2026-03-03T10:00");
    d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), a, new Callback(CallbackOutcome.SATISFIED, "满意")).orElseThrow();
    register(r -> r, OFFICE_1, 2);                                                      // repairs, never answered
    register(r -> r.category(ComplaintCategory.PARKING), OFFICE_2, 1);                  // office 2
    d.clock.setLocal("2026-03-03T12:00");
  }

  private ComplaintAnalysis analyse(Optional<org.propdesk.core.org.OfficeId> office) {
    return new ComplaintAnalyst(d.desk).analyse(Fixtures.serviceCentre(), MARCH, office).orElseThrow();
  }

  @Test
  void theFiguresOfTheMonthAreTheOnesCountedByHand() {
    march();
    ComplaintAnalysis a = analyse(Optional.of(OFFICE_1));
    assertThat(a.registered()).isEqualTo(3);
    assertThat(a.byCategory()).containsOnly(entry("REPAIRS", 2), entry("PARKING", 1));
    assertThat(a.byClass()).containsOnly(entry("GENERAL", 1), entry("MAJOR", 1), entry("-", 1));
    assertThat(a.byValidity()).containsOnly(entry("VALID", 2), entry("UNJUDGED", 1));
    // a on time; b late; the third unanswered past its 15 minutes: 1 of 3
    assertThat(a.firstReply()).isEqualTo(new ComplaintAnalysis.Compliance(1, 3));
    assertThat(a.resolution()).containsOnly(java.util.Map.entry("GENERAL",
        new ComplaintAnalysis.ResolutionTime(1, Optional.of(360L), Optional.of(360L))));
    assertThat(a.upgradesByCriteria()).containsOnly(entry("B_MAJOR_LOSS_OR_INJURY", 1));
    assertThat(a.upgrades()).extracting(ComplaintAnalysis.Upgrade::criteria).containsExactly("B_MAJOR_LOSS_OR_INJURY");
    assertThat(a.callbacks()).containsOnly(entry("SATISFIED", 1));
    assertThat(a.satisfaction()).isEqualTo(new ComplaintAnalysis.Compliance(1, 1));
    assertThat(a.repeatComplainants()).containsExactly(new ComplaintAnalysis.RepeatComplainant(Fixtures.owner(OFFICE_1, 1),
        Fixtures.unit(OFFICE_1, 1).value(), 2));
    assertThat(a.previous().registered()).isEqualTo(1);
    assertThat(a.previous().byCategory()).containsOnly(entry("NOISE", 1));
    assertThat(a.monthlyTrend()).containsEntry(YearMonth.of(2026, 2), 1L).containsEntry(YearMonth.of(2026, 3), 3L)
        .hasSize(12);
    assertThat(a.topCategories()).extracting(java.util.Map.Entry::getKey).containsExactly("REPAIRS", "PARKING");

    ComplaintAnalysis all = analyse(Optional.empty());
    assertThat(all.registered()).isEqualTo(4);
    assertThat(all.byOffice()).containsOnly(entry(OFFICE_1.value(), 3), entry(OFFICE_2.value(), 1));
  }

  @Test
  void theReportShowsTheFiguresInChineseWithThePhoneOfTheRepeatComplainantMasked() {
    march();
    Report report = ComplaintAnalysisReport.of(analyse(Optional.of(OFFICE_1)), d.desk.directory(), ZoneId.of("Asia/Shanghai"));
    assertThat(rows(report, "overview").get(0)).isEqualTo(Arrays.asList("投诉受理数", 3L, 1L, new BigDecimal("2.0000")));
    assertThat(rows(report, "compliance").get(0).subList(0, 4))
        .isEqualTo(Arrays.asList("15分钟内首次答复", 1L, 3L, new BigDecimal("0.3333")));
    assertThat(rows(report, "top-categories").get(0)).isEqualTo(Arrays.asList(1L, "维修", 2L, new BigDecimal("0.6667")));
    assertThat(rows(report, "resolution").get(0)).isEqualTo(Arrays.asList("一般投诉", 1L, new BigDecimal("6.0"),
        new BigDecimal("6.0")));
    assertThat(rows(report, "repeat-complainants").get(0).subList(2, 4)).isEqualTo(Arrays.asList("138****0001", 2L));
    StringWriter csv = new StringWriter();
    CsvReportWriter.write(report.table("repeat-complainants").orElseThrow(), Rendering.chinese(), csv);
    assertThat(csv.toString()).contains("138****0001").doesNotContain(Fixtures.phone(1));
    assertThat(report.facts().get(0).value().render(Rendering.CHINESE)).isEqualTo("2026年3月");
    assertThat(report.facts().get(0).value().render(java.util.Locale.ENGLISH)).isEqualTo("3/2026");
  }

  private static List<List<Object>> rows(Report report, String id) {
    return RenderedRows.of(report.table(id).orElseThrow());
  }


  private static java.util.Map.Entry<String, Long> entry(String k, long v) {
    return java.util.Map.entry(k, v);
  }

}

package org.propdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propdesk.persistence.jdbc.JdbcStorage;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.memory.InMemoryStorage;

/** The demo's simulation: a month of every procedure at three offices, its figures, its reports, and a second run. */
class MonthDemoTest {

  /** One simulated month with the default seed, shared by the tests that only read it. */
  private static MonthDemo.Simulation simulation;
  private static MonthDemo.Summary summary;
  /** Its only month: 31 days of arrivals from 1 March. */
  private static MonthDemo.MonthFigures march;

  @org.junit.jupiter.api.BeforeAll
  static void simulateOnce() {
    simulation = new MonthDemo.Simulation(MonthDemo.DEFAULT_SEED, InMemoryStorage.create(), new DemoCompany(), 31);
    summary = simulation.run();
    march = summary.months().get(0);
  }

  @Test
  void aSimulatedMonthAtThreeOfficesShowsBreachesUpgradesAndClosures() {
    MonthDemo.Summary s = summary;
    assertThat(s.months()).extracting(MonthDemo.MonthFigures::month).containsExactly(YearMonth.of(2026, 3));
    assertThat(march.offices()).hasSize(3);
    int received = march.offices().stream().mapToInt(MonthDemo.OfficeSummary::received).sum();
    assertThat(received).isBetween(300, 900);
    for (MonthDemo.OfficeSummary o : march.offices()) {
      assertThat(o.journalIntact()).as(o.name()).isTrue();
      assertThat(o.firstRepliesOnTime()).isLessThan(o.firstReplies()).isGreaterThan(o.firstReplies() / 2);
      assertThat(o.valid()).isEqualTo(o.byClass().values().stream().mapToInt(Integer::intValue).sum());
      assertThat(o.received()).isEqualTo(o.valid() + o.invalid() + o.repeats());
      assertThat(o.byClass().get(ComplaintClass.MAJOR)).isGreaterThanOrEqualTo(o.upgrades());
      assertThat(o.closed()).isPositive().isLessThanOrEqualTo(o.valid());
    }
    assertThat(march.offices().stream().mapToInt(MonthDemo.OfficeSummary::upgrades).sum()).isPositive();
    assertThat(s.notificationsDelivered()).isPositive();
    assertThat(s.rejectedCommands()).isPositive();
    assertThat(s.first()).isEqualTo(MonthDemo.FIRST_DAY);
    assertThat(s.lastArrival()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(s.last()).as("followed through for 31 more days").isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(s.carriedOver()).isZero();
  }

  @Test
  void theMonthHasRepairReportsAndPaidServicesWithTheirClocksAndCallbacksPerOffice() {
    assertThat(march.repairs()).hasSize(3);
    for (MonthDemo.RepairOffice r : march.repairs()) {
      // 3-6 reports a day for 31 days
      assertThat(r.reported()).as(r.name()).isBetween(93L, 186L);
      assertThat(r.paid()).isPositive().isLessThan(r.reported());
      assertThat(r.arrival().met()).as("most on site on time, not all").isGreaterThan(r.arrival().applicable() / 2)
          .isLessThan(r.arrival().applicable());
      assertThat(r.medianMinutes()).isPresent();
      assertThat(r.p90Minutes().orElseThrow()).isGreaterThanOrEqualTo(r.medianMinutes().orElseThrow());
      assertThat(r.callbacks().getOrDefault("SATISFIED", 0L)).isPositive();
      assertThat(r.charged().fen()).as("paid repairs and contract visits were charged").isPositive();
    }
    assertThat(printed(summary, Locale.SIMPLIFIED_CHINESE)).contains("报事报修", "到场及时率", "中位用时", "P90 用时", "回访 满意/不满意/未接通");
    assertThat(printed(summary, Locale.ENGLISH)).contains("Repair and incident", "on site on time", "median", "p90",
        "callbacks ok/no/none");
  }

  @Test
  void theMonthHasDepositsStampsAndLoansAndEveryDepositAddsUp() {
    assertThat(march.custody()).hasSize(3);
    for (MonthDemo.CustodyOffice c : march.custody()) {
      // 0-2 deposits a day for 31 days, at least 100.00 each
      assertThat(c.deposits()).as(c.name()).isBetween(1, 62);
      assertThat(c.collected().fen()).isGreaterThanOrEqualTo(c.deposits() * 10_000L);
      assertThat(c.settled()).isPositive().isLessThanOrEqualTo(c.deposits());
      assertThat(c.refunded().fen() + c.deducted().fen()).as("settled deposits give back or keep exactly what they held")
          .isLessThanOrEqualTo(c.collected().fen());
      // 1-3 uses a day, each stamped with its approved copies
      assertThat(c.stamps()).isBetween(31, 93);
      assertThat(c.impressions()).isBetween((long) c.stamps(), 4L * c.stamps());
      assertThat(c.loans()).isPositive();
      assertThat(c.overdueLoans()).isLessThan(c.loans());
    }
    assertThat(printed(summary, Locale.SIMPLIFIED_CHINESE)).contains("押金", "用印", "档案借阅", "盖印次数");
    assertThat(printed(summary, Locale.ENGLISH)).contains("Deposits, seal uses and archive loans", "impressions");
  }

  @Test
  void theFrontDesksRegisterVisitorsAndTheSupervisorReviewsAlmostEveryDesksDay() {
    assertThat(march.frontDesks()).hasSize(3);
    for (FrontDeskTraffic.FrontDeskOffice d : march.frontDesks()) {
      // 1-4 visitors a day for 31 days; about one in twelve declined; every one let in has left by the run's end
      assertThat(d.visits()).as(d.name()).isBetween(31, 124);
      assertThat(d.declined()).isLessThan(d.visits() / 4);
      assertThat(d.left() + d.declined()).isEqualTo(d.visits());
      // two desks for 31 days, about one day in ten left unreviewed
      assertThat(d.deskDays()).isEqualTo(62);
      assertThat(d.reviewedDeskDays()).isBetween(45, 61);
    }
    assertThat(printed(summary, Locale.SIMPLIFIED_CHINESE)).contains("前台来访登记及日清检查", "已检查（台·天）");
    assertThat(printed(summary, Locale.ENGLISH)).contains("Front desks in 2026-03", "desk-days reviewed");
  }

  @Test
  void aSecondRunOnTheSameDatabaseContinuesAfterTheFirstAndPicksUpItsOpenComplaints(@TempDir Path dir) {
    MonthDemo.Summary first = new MonthDemo.Simulation(3, JdbcStorage.embeddedH2(dir), new DemoCompany(1), 5).run();
    MonthDemo.Summary second = new MonthDemo.Simulation(3, JdbcStorage.embeddedH2(dir), new DemoCompany(1), 5).run();
    assertThat(first.first()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(first.lastArrival()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(first.last()).isEqualTo(LocalDate.of(2026, 3, 10));
    // the day after the first run's latest journaled work: after its arrivals, at most the day after its end
    assertThat(second.first()).isAfter(first.lastArrival()).isBeforeOrEqualTo(first.last().plusDays(1));
    assertThat(second.storedComplaints()).isGreaterThan(first.storedComplaints());
    assertThat(second.carriedOver()).isLessThanOrEqualTo(first.storedComplaints());
    assertThat(second.carriedOverClosed()).isLessThanOrEqualTo(second.carriedOver());
    assertThat(second.months()).allSatisfy(m -> assertThat(m.offices()).allSatisfy(o -> assertThat(o.journalIntact()).isTrue()));
  }

  @Test
  void theDemoWritesTheMonthsReportsInEveryFormat(@TempDir Path dir) throws Exception {
    java.util.List<Path> files = simulation.writeReports(dir, org.propdesk.reporting.Rendering.chinese());
    Path month = dir.resolve("2026-03");
    assertThat(files).allSatisfy(f -> assertThat(f).startsWith(month).isRegularFile());
    for (String scope : new String[] {"all", "O1", "O2", "O3"}) {
      String name = "complaint-analysis-2026-03-" + scope;
      assertThat(month.resolve(name + ".xlsx")).isNotEmptyFile();
      assertThat(java.nio.file.Files.readString(month.resolve(name + ".html"))).contains("<svg id=\"chart-trend\"", "客户投诉分析报告");
      assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(month.resolve(name + ".json").toFile())
          .get("schema").asText()).isEqualTo("propdesk-report/1");
      assertThat(java.nio.file.Files.readString(month.resolve(name + "-csv/overview.csv"))).startsWith("\uFEFF");
    }
    for (String scope : new String[] {"all", "O1", "O2", "O3"}) {
      String name = "repair-summary-2026-03-" + scope;
      assertThat(month.resolve(name + ".xlsx")).isNotEmptyFile();
      assertThat(java.nio.file.Files.readString(month.resolve(name + ".html"))).contains("报事报修汇总分析", "到场及时率");
      assertThat(month.resolve(name + "-csv/by-category.csv")).isNotEmptyFile();
    }
    // six weeks touch March 2026 (the Mondays 23 February, 2, 9, 16, 23 and 30 March), for each of three offices
    assertThat(files.stream().filter(f -> f.getFileName().toString().matches("desk-records-O\\d-.*\\.html"))).hasSize(18);
    assertThat(java.nio.file.Files.readString(month.resolve("desk-records-O1-2026-03-02.html"))).contains("日清周结记录");
    for (String office : new String[] {"O1", "O2", "O3"}) {
      assertThat(java.nio.file.Files.readString(month.resolve("deposit-ledger-" + office + "-2026-03-01-2026-03-31.html")))
          .contains("押金台账", "银行存款");
      assertThat(java.nio.file.Files.readString(month.resolve("seal-use-register-" + office + "-2026-03-01-2026-03-31.html")))
          .contains("印章使用管理登记表", "用印内容摘要", "留存复印件");
      assertThat(java.nio.file.Files.readString(month.resolve("archive-loan-register-" + office + "-2026-03-01-2026-03-31.html")))
          .contains("档案借阅登记表", "逾期未还");
      assertThat(files.stream().filter(f -> f.getFileName().toString().startsWith("deposit-unbanked-" + office))).isNotEmpty();
    }
    assertThat(files.stream().map(f -> {
      try {
        return java.nio.file.Files.readString(f, StandardCharsets.ISO_8859_1);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    })).noneMatch(text -> text.matches("(?s).*139\\d{2}0000\\d{2}.*"));
  }

  private static String printed(MonthDemo.Summary s, Locale locale) {
    java.io.StringWriter text = new java.io.StringWriter();
    MonthDemo.print(s, DemoText.of(locale), new java.io.PrintWriter(text));
    return text.toString();
  }
}

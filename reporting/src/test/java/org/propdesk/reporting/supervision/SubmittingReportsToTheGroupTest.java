package org.propdesk.reporting.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.core.supervision.ReportSubmission;
import org.propdesk.core.supervision.SubmissionStatus;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Rendering;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.ReportFiles;
import org.propdesk.reporting.complaint.ComplaintAnalysisReport;
import org.propdesk.reporting.complaint.ComplaintAnalyst;
import org.propdesk.testkit.Desks;
import org.propdesk.testkit.Fixtures;

/**
 * Submitting the complaint analysis report to the group (PROCEDURES §16): recorded with its period,
 * author, time and hash; due at 18:00 on the fifth working day after the period (our default); late
 * and missing submissions are visible to the service centre.
 */
class SubmittingReportsToTheGroupTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String KIND = "complaint-analysis";
  private static final ReportPeriod MAY = ReportPeriod.month(YearMonth.of(2026, 5));
  private Desks d = new Desks();

  /** The in-memory storage, H2, and PostgreSQL when configured. */
  static List<org.junit.jupiter.params.provider.Arguments> storages() {
    List<org.junit.jupiter.params.provider.Arguments> out = new ArrayList<>();
    out.add(org.junit.jupiter.params.provider.Arguments.of("memory",
        (java.util.function.Supplier<org.propdesk.core.spi.Storage>) org.propdesk.core.memory.InMemoryStorage::create));
    out.add(org.junit.jupiter.params.provider.Arguments.of("H2",
        (java.util.function.Supplier<org.propdesk.core.spi.Storage>) org.propdesk.reporting.TestStorages::h2));
    if (!System.getenv().getOrDefault("PROPDESK_POSTGRES_URL", "").isBlank()) {
      out.add(org.junit.jupiter.params.provider.Arguments.of("PostgreSQL",
          (java.util.function.Supplier<org.propdesk.core.spi.Storage>) () -> org.propdesk.reporting.TestStorages.postgres()
              .orElseThrow()));
    }
    return out;
  }

  private String hashOfAnalysis(ReportPeriod period, Optional<OfficeId> scope) {
    Report report = ComplaintAnalysisReport.of(new ComplaintAnalyst(d.desk).analyse(Fixtures.serviceCentre(), period, scope)
        .orElseThrow(), d.desk.directory(), SHANGHAI);
    return ReportFiles.sha256(report);
  }

  private Result<ReportSubmission> submit(org.propdesk.core.org.Actor actor, Optional<OfficeId> scope, ReportPeriod p,
      String hash) {
    return d.desk.reviews().submitReport(actor, KIND, scope, p, hash);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("storages")
  void theServiceCentreSubmitsMaysAnalysisOnTimeWithItsHashAuthorAndTime(String storage, java.util.function.Supplier<org.propdesk.core.spi.Storage> storages) {
    d = new Desks(storages.get());
    d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    d.clock.setLocal("2026-06-03T10:00");
    String hash = hashOfAnalysis(MAY, Optional.empty());
    assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(hashOfAnalysis(MAY, Optional.empty()));
    ReportSubmission s = submit(Fixtures.serviceCentre(), Optional.empty(), MAY, hash).orElseThrow();
    assertThat(s.office()).isEqualTo(ReportSubmission.COMPANY);
    assertThat(s.first().sha256()).isEqualTo(hash);
    assertThat(s.first().by()).isEqualTo(Fixtures.serviceCentre().staffId());
    assertThat(s.first().at()).isEqualTo(d.clock.instant());
    // June 2026: Monday 1 to Friday 5 are working days, so the fifth is Friday 5 June
    assertThat(s.due()).isEqualTo(LocalDateTime.parse("2026-06-05T18:00").atZone(SHANGHAI).toInstant());
    assertThat(s.late()).isFalse();
    assertThat(d.desk.audit().verify(ReportSubmission.COMPANY).intact()).isTrue();
  }

  @Test
  void aPeriodIsSubmittedOnlyOnceItIsOverAndOnlyOnceUnlessCorrectedWithAReasonAndAChangedReport() {
    d.clock.setLocal("2026-05-31T23:00");
    String hash = hashOfAnalysis(MAY, Optional.empty());
    assertThat(submit(Fixtures.serviceCentre(), Optional.empty(), MAY, hash).rejection().orElseThrow().field()).contains("period");
    d.clock.setLocal("2026-06-01T00:00");
    submit(Fixtures.serviceCentre(), Optional.empty(), MAY, hash).orElseThrow();
    assertThat(submit(Fixtures.serviceCentre(), Optional.empty(), MAY, hash).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ALREADY_DONE);
    assertThat(d.desk.reviews().resubmitReport(Fixtures.serviceCentre(), KIND, Optional.empty(), MAY, hash, "更正")
        .rejection().orElseThrow().field()).contains("sha256");
    String corrected = "0".repeat(64);
    d.clock.setLocal("2026-06-09T09:00");
    ReportSubmission again = d.desk.reviews().resubmitReport(Fixtures.serviceCentre(), KIND, Optional.empty(), MAY, corrected,
        "补录了5月31日的投诉").orElseThrow();
    assertThat(again.submissions()).hasSize(2);
    assertThat(again.latest().reason()).isEqualTo("补录了5月31日的投诉");
    assertThat(again.late()).as("the first submission decides").isFalse();
    assertThatThrownBy(() -> d.desk.reviews().resubmitReport(Fixtures.serviceCentre(), KIND, Optional.empty(), MAY,
        "1".repeat(64), " ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("storages")
  void lateAndMissingSubmissionsAreVisibleToTheServiceCentre(String storage, java.util.function.Supplier<org.propdesk.core.spi.Storage> storages) {
    d = new Desks(storages.get());
    d.clock.setLocal("2026-06-04T10:00");
    submit(Fixtures.serviceCentre(), Optional.empty(), MAY, hashOfAnalysis(MAY, Optional.empty())).orElseThrow();
    d.clock.setLocal("2026-07-10T10:00");
    List<SubmissionStatus> statuses = d.desk.reviews().submissions(Fixtures.serviceCentre(), KIND, Optional.empty(),
        ReportPeriod.month(YearMonth.of(2026, 3)), ReportPeriod.month(YearMonth.of(2026, 7))).orElseThrow();
    // March due 8 April (Qingming: 4-6 April off), April due 8 May (1-5 May off, 9 May worked),
    // June due 7 July; all before 10 July; July not yet due
    assertThat(statuses).extracting(SubmissionStatus::state).containsExactly(SubmissionStatus.State.OVERDUE,
        SubmissionStatus.State.OVERDUE, SubmissionStatus.State.ON_TIME, SubmissionStatus.State.OVERDUE,
        SubmissionStatus.State.NOT_DUE);
    assertThat(statuses.get(3).due()).isEqualTo(LocalDateTime.parse("2026-07-07T18:00").atZone(SHANGHAI).toInstant());

    ReportPeriod june = ReportPeriod.month(YearMonth.of(2026, 6));
    assertThat(submit(Fixtures.serviceCentre(), Optional.empty(), june, hashOfAnalysis(june, Optional.empty())).orElseThrow()
        .late()).isTrue();
    Report register = SubmissionsReport.of(d.desk, Fixtures.serviceCentre(), KIND, Optional.empty(),
        ReportPeriod.month(YearMonth.of(2026, 3)), ReportPeriod.month(YearMonth.of(2026, 7)), SHANGHAI).orElseThrow();
    List<String> states = new ArrayList<>();
    register.table("submissions").orElseThrow().rows().forEach(row -> states.add(Rendering.chinese().textCell(row.get(2))));
    assertThat(states).containsExactly("逾期未报", "逾期未报", "按时报送", "迟报", "未到期");
    assertThat(register.table("submissions").orElseThrow().columns().get(1).kind()).isEqualTo(Column.Kind.DATE_TIME);
  }

  @Test
  void aDirectorSubmitsTheirOfficesReportButNotAnotherOfficesNorTheCompanysAndAClerkSubmitsNone() {
    d.clock.setLocal("2026-06-02T10:00");
    String hash = hashOfAnalysis(MAY, Optional.of(OFFICE_1));
    assertThat(submit(Fixtures.clerk(OFFICE_1), Optional.of(OFFICE_1), MAY, hash).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(submit(Fixtures.director(OFFICE_2), Optional.of(OFFICE_1), MAY, hash).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(submit(Fixtures.director(OFFICE_1), Optional.empty(), MAY, hash).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(submit(Fixtures.director(OFFICE_1), Optional.of(OFFICE_1), MAY, hash).orElseThrow().office()).isEqualTo(OFFICE_1);
  }

  @Test
  void aMalformedHashOrReportKindIsRefusedNamingTheFieldAndNothingIsRecorded() {
    d.clock.setLocal("2026-06-02T10:00");
    assertThatThrownBy(() -> submit(Fixtures.serviceCentre(), Optional.empty(), MAY, "ABC"))
        .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("sha256");
    assertThatThrownBy(() -> d.desk.reviews().submitReport(Fixtures.serviceCentre(), "Complaint Analysis!", Optional.empty(),
        MAY, "0".repeat(64))).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("report");
    assertThat(d.desk.reviews().submissions(Fixtures.serviceCentre(), KIND, Optional.empty(), MAY, MAY).orElseThrow().get(0)
        .submission()).isEmpty();
  }
}

package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.core.supervision.ReportSubmission;
import org.propdesk.core.supervision.SubmissionStatus;

/**
 * Submissions to the group through the facade (PROCEDURES §16): who may submit which scope, the
 * listing that makes late and missing submissions visible, and its bounds.
 */
class ReportSubmissionsThroughTheDeskTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String KIND = "complaint-analysis";
  private static final String HASH = "c".repeat(64);
  private final Desks d = new Desks();

  private static ReportPeriod month(int m) {
    return ReportPeriod.month(YearMonth.of(2026, m));
  }

  @Test
  void theListingShowsEachMonthOnTimeLateOverdueOrNotYetDueForTheCompanyAndForAnOffice() {
    d.clock.setLocal("2026-06-04T10:00");
    d.desk.reviews().submitReport(Fixtures.serviceCentre(), KIND, Optional.empty(), month(5), HASH).orElseThrow();
    d.clock.setLocal("2026-07-08T10:00");
    d.desk.reviews().submitReport(Fixtures.serviceCentre(), KIND, Optional.empty(), month(6), HASH).orElseThrow();
    d.desk.reviews().submitReport(Fixtures.director(OFFICE_1), KIND, Optional.of(OFFICE_1), month(6), HASH).orElseThrow();
    List<SubmissionStatus> company = d.desk.reviews().submissions(Fixtures.serviceCentre(), KIND, Optional.empty(), month(4),
        month(7)).orElseThrow();
    assertThat(company).extracting(SubmissionStatus::state).containsExactly(SubmissionStatus.State.OVERDUE,
        SubmissionStatus.State.ON_TIME, SubmissionStatus.State.LATE, SubmissionStatus.State.NOT_DUE);
    assertThat(company).extracting(s -> s.period().code()).containsExactly("2026-04", "2026-05", "2026-06", "2026-07");
    assertThat(company.get(1).due()).isEqualTo(LocalDateTime.parse("2026-06-05T18:00").atZone(SHANGHAI).toInstant());
    assertThat(company.get(2).submission().orElseThrow().office()).isEqualTo(ReportSubmission.COMPANY);

    List<SubmissionStatus> office = d.desk.reviews().submissions(Fixtures.director(OFFICE_1), KIND, Optional.of(OFFICE_1),
        month(6), month(6)).orElseThrow();
    assertThat(office).singleElement().satisfies(s -> {
      assertThat(s.state()).isEqualTo(SubmissionStatus.State.LATE);
      assertThat(s.submission().orElseThrow().office()).isEqualTo(OFFICE_1);
    });
    assertThat(d.desk.reviews().submissions(Fixtures.director(OFFICE_2), KIND, Optional.of(OFFICE_2), month(6), month(6))
        .orElseThrow()).extracting(SubmissionStatus::state).containsExactly(SubmissionStatus.State.OVERDUE);
  }

  @Test
  void onlyTheServiceCentreSeesTheCompanysSubmissionsAndNoOneSeesAnotherOffices() {
    assertThat(d.desk.reviews().submissions(Fixtures.director(OFFICE_1), KIND, Optional.empty(), month(5), month(5))
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(d.desk.reviews().submissions(Fixtures.director(OFFICE_1), KIND, Optional.of(OFFICE_2), month(5), month(5))
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
    d.clock.setLocal("2026-06-02T10:00");
    assertThat(d.desk.reviews().submitReport(Fixtures.director(OFFICE_1), KIND, Optional.empty(), month(5), HASH)
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(d.desk.reviews().submitReport(Fixtures.clerk(OFFICE_1), KIND, Optional.of(OFFICE_1), month(5), HASH)
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(d.desk.reviews().resubmitReport(Fixtures.serviceCentre(), KIND, Optional.empty(), month(5), HASH, "更正")
        .rejection().orElseThrow().code()).as("never submitted").isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(d.desk.reviews().submissions(Fixtures.serviceCentre(), KIND, Optional.of(OFFICE_2), month(5), month(5))
        .orElseThrow()).hasSize(1);
  }

  @Test
  void aListingNeedsPeriodsOfOneKindInOrderAndAtMostSixtyWithinTheCalendarsYears() {
    assertThatThrownBy(() -> d.desk.reviews().submissions(Fixtures.serviceCentre(), KIND, Optional.empty(), month(5),
        ReportPeriod.quarter(2026, 3))).isInstanceOf(InvalidInputException.class).hasMessageContaining("same kind");
    assertThatThrownBy(() -> d.desk.reviews().submissions(Fixtures.serviceCentre(), KIND, Optional.empty(), month(5), month(4)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("before");
    assertThat(d.desk.reviews().submissions(Fixtures.serviceCentre(), KIND, Optional.empty(), ReportPeriod.month(
        YearMonth.of(2025, 1)), ReportPeriod.month(YearMonth.of(2026, 11))).orElseThrow()).hasSize(23);
    assertThatThrownBy(() -> d.desk.reviews().submissions(Fixtures.serviceCentre(), KIND, Optional.empty(),
        ReportPeriod.month(YearMonth.of(2021, 12)), ReportPeriod.month(YearMonth.of(2026, 12))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("60");
    assertThat(d.desk.reviews().submissions(Fixtures.serviceCentre(), KIND, Optional.empty(), ReportPeriod.quarter(2026, 1),
        ReportPeriod.quarter(2026, 3)).orElseThrow()).extracting(s -> s.period().code())
        .containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
    // a due date in a year the work calendar holds no data for cannot be computed: a typed refusal
    assertThatThrownBy(() -> d.desk.reviews().submissions(Fixtures.serviceCentre(), KIND, Optional.empty(),
        ReportPeriod.month(YearMonth.of(2022, 1)), ReportPeriod.month(YearMonth.of(2022, 1))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2022");
  }
}

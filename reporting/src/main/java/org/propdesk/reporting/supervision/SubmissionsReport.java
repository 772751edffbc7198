package org.propdesk.reporting.supervision;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.core.supervision.ReportSubmission;
import org.propdesk.core.supervision.SubmissionStatus;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Periods;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.Table;
import org.propdesk.reporting.Text;
import org.propdesk.workflows.PropDesk;

/**
 * The register of a report's submissions to the group (报表报送登记), PROCEDURES §16: per period, when
 * it was due, whether it was submitted on time, late, or is overdue and missing, who submitted it and
 * when, the report's SHA-256 and how often it was corrected. The service centre reads it to see late
 * and missing submissions. Table: {@code submissions}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SubmissionsReport {
  private SubmissionsReport() {}

  /**
   * The register of {@code report}'s submissions for {@code office} (empty: the whole company) from
   * {@code from} to {@code to}, times shown in {@code zone}.
   *
   * @return the register, or the rejection of the read
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null or bad
   */
  public static Result<Report> of(PropDesk desk, Actor actor, String report, Optional<OfficeId> office, ReportPeriod from,
      ReportPeriod to, ZoneId zone) {
    Check.present("desk", desk);
    Check.present("zone", zone);
    Result<List<SubmissionStatus>> statuses = desk.reviews().submissions(actor, report, office, from, to);
    if (!statuses.isAccepted()) {
      return Result.rejected(statuses.rejection().orElseThrow());
    }
    List<List<?>> rows = new ArrayList<>();
    for (SubmissionStatus s : statuses.value().orElseThrow()) {
      Optional<ReportSubmission> sub = s.submission();
      rows.add(Arrays.asList(Periods.label(s.period()), LocalDateTime.ofInstant(s.due(), zone), Text.label(s.state()),
          sub.map(x -> LocalDateTime.ofInstant(x.first().at(), zone)).orElse(null),
          sub.map(x -> Text.plain(x.first().byName())).orElse(null),
          sub.map(x -> Text.plain(x.latest().sha256())).orElse(null),
          sub.map(x -> (long) x.submissions().size() - 1).orElse(null)));
    }
    Table table = Table.of("submissions", Text.of("table.submissions"), List.of(Column.text("col.period", 12),
        Column.dateTime("col.due"), Column.text("col.submissionState", 14), Column.dateTime("col.submittedAt"),
        Column.text("col.submittedBy", 16), Column.text("col.sha256", 66), Column.integer("col.corrections")), rows);
    Text scope = office.map(o -> Text.plain(desk.directory().office(o).map(m -> m.name()).orElse(o.value())))
        .orElse(Text.of("scope.allOffices"));
    return Result.accepted(new Report("submissions-" + report + "-" + office.map(OfficeId::value).orElse("all") + "-"
        + from.code() + "-" + to.code(), Text.of("submissions.title"), List.of(
        new Report.Fact(Text.of("fact.report"), Text.plain(report)), new Report.Fact(Text.of("fact.scope"), scope)),
        List.of(table), List.of()), List.of());
  }
}

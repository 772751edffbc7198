package org.propdesk.core.supervision;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;

/**
 * Where the submission of one report for one period stands (报送情况), as the service centre sees it:
 * on time, late, overdue (due and still missing), or not yet due. Immutable and thread-safe.
 *
 * @param period the period
 * @param due when it is due
 * @param state where it stands
 * @param submission the submission record, when it was submitted
 * @since 0.1.0
 */
public record SubmissionStatus(ReportPeriod period, Instant due, State state, Optional<ReportSubmission> submission) {
  /** Where a submission stands. */
  public enum State {
    /** Submitted by its due time (按时报送). */
    ON_TIME,
    /** Submitted after its due time (迟报). */
    LATE,
    /** Due and not submitted (逾期未报). */
    OVERDUE,
    /** Not submitted, and not due yet (未到期). */
    NOT_DUE
  }

  /** Checks the parts. */
  public SubmissionStatus {
    Check.present("period", period);
    Check.present("due", due);
    Check.present("state", state);
    Check.present("submission", submission);
  }

  /** The status of {@code period} due at {@code due}, given its record if any, at {@code now}. */
  public static SubmissionStatus of(ReportPeriod period, Instant due, Optional<ReportSubmission> submission, Instant now) {
    State state = submission.map(s -> s.late() ? State.LATE : State.ON_TIME)
        .orElse(now.isAfter(due) ? State.OVERDUE : State.NOT_DUE);
    return new SubmissionStatus(period, due, state, submission);
  }
}

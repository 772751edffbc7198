package org.propdesk.core.supervision;

import java.time.Instant;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * What happened to a report submission (报表报送事件). Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ReportSubmissionEvent extends DomainEvent {
  /**
   * A report was submitted to the group (已报送).
   *
   * @param submission the record id
   * @param office the office, or {@link ReportSubmission#COMPANY}
   * @param at when
   * @param by who
   * @param sha256 the report's hash
   * @param late whether it came after its due time
   */
  record Submitted(String submission, OfficeId office, Instant at, StaffId by, String sha256, boolean late)
      implements ReportSubmissionEvent {
    @Override
    public Instant occurredAt() {
      return at;
    }

    @Override
    public String aggregateId() {
      return submission;
    }

    @Override
    public String officeId() {
      return office.value();
    }
  }

  /**
   * A report was submitted again with a reason (更正报送).
   *
   * @param submission the record id
   * @param office the office, or {@link ReportSubmission#COMPANY}
   * @param at when
   * @param by who
   * @param sha256 the new report's hash
   * @param reason why
   */
  record Resubmitted(String submission, OfficeId office, Instant at, StaffId by, String sha256, String reason)
      implements ReportSubmissionEvent {
    @Override
    public Instant occurredAt() {
      return at;
    }

    @Override
    public String aggregateId() {
      return submission;
    }

    @Override
    public String officeId() {
      return office.value();
    }
  }
}

package org.propdesk.core.supervision;

import java.time.Instant;
import java.time.LocalDate;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * What happened to a daily review (日清检查事件). Immutable records; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface DailyReviewEvent extends DomainEvent {
  /**
   * A desk's day was reviewed by the customer supervisor (客户主管已检查).
   *
   * @param office the desk's office
   * @param desk the desk
   * @param day the day reviewed
   * @param reviewedBy the supervisor
   * @param at when
   */
  record Reviewed(OfficeId office, FrontDeskId desk, LocalDate day, StaffId reviewedBy, Instant at)
      implements DailyReviewEvent {
    @Override
    public Instant occurredAt() {
      return at;
    }

    @Override
    public String aggregateId() {
      return DailyReview.idOf(desk, day);
    }

    @Override
    public String officeId() {
      return office.value();
    }
  }

  /**
   * A review was amended with a reason (检查记录更正).
   *
   * @param office the desk's office
   * @param desk the desk
   * @param day the day reviewed
   * @param amendedBy the supervisor
   * @param at when
   * @param reason why
   */
  record Amended(OfficeId office, FrontDeskId desk, LocalDate day, StaffId amendedBy, Instant at, String reason)
      implements DailyReviewEvent {
    @Override
    public Instant occurredAt() {
      return at;
    }

    @Override
    public String aggregateId() {
      return DailyReview.idOf(desk, day);
    }

    @Override
    public String officeId() {
      return office.value();
    }
  }
}

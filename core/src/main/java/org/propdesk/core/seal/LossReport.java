package org.propdesk.core.seal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * The written report of a lost or damaged seal (遗失/损坏书面报告), and what followed: whether a newspaper
 * notice is required and when it appeared. Immutable and thread-safe.
 *
 * @param kind lost or damaged
 * @param report the written report, at most 1,000 characters
 * @param noticeRequired whether a newspaper notice (登报声明) is required
 * @param reportedAt when it was reported
 * @param reportedBy who reported it
 * @param noticeOn the day the notice appeared, once recorded
 * @param newspaper the newspaper it appeared in, once recorded
 * @since 0.1.0
 */
public record LossReport(LossKind kind, String report, boolean noticeRequired, Instant reportedAt, StaffId reportedBy,
    Optional<LocalDate> noticeOn, Optional<String> newspaper) {
  /** Checks the parts. */
  public LossReport {
    Check.present("kind", kind);
    report = Check.text("report", report, 1000);
    Check.present("reportedAt", reportedAt);
    Check.present("reportedBy", reportedBy);
    Check.present("noticeOn", noticeOn);
    Check.present("newspaper", newspaper);
    Check.that(noticeOn.isPresent() == newspaper.isPresent(), "newspaper", "is given exactly with the notice's day");
  }

  LossReport withNotice(LocalDate on, String paper) {
    return new LossReport(kind, report, noticeRequired, reportedAt, reportedBy, Optional.of(on), Optional.of(paper));
  }
}

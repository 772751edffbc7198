package org.propdesk.core.ticket;

import java.time.Duration;
import java.time.Instant;
import org.propdesk.core.common.Check;

/**
 * The clocks of one category of report (报事报修时限), PROCEDURES §4 and §6, fixed on a report when it is
 * registered so later policy edits never move its deadlines. Immutable and thread-safe.
 *
 * @param firstReply from the report to the first reply to the owner
 * @param dispatch from the report to the dispatch to engineering
 * @param arrival from the dispatch to the technician on site, for an immediate job
 * @param arrivalLead how long before an appointment the technician must be on site
 * @param resolution from the report to the work done, not counting pauses
 * @param warningBefore how long before the resolution deadline the warning sounds
 * @since 0.1.0
 */
public record TicketDeadlines(
    Duration firstReply, Duration dispatch, Duration arrival, Duration arrivalLead, Duration resolution, Duration warningBefore) {
  /** The longest clock a policy may set. */
  public static final Duration LONGEST = Duration.ofDays(90);

  /** Checks the parts: each clock positive and at most 90 days (a lead may be zero); the warning is before the deadline. */
  public TicketDeadlines {
    positive("firstReply", firstReply);
    positive("dispatch", dispatch);
    positive("arrival", arrival);
    Check.present("arrivalLead", arrivalLead);
    Check.that(!arrivalLead.isNegative() && arrivalLead.compareTo(LONGEST) <= 0, "arrivalLead", "must be 0-90 days");
    positive("resolution", resolution);
    positive("warningBefore", warningBefore);
    Check.that(warningBefore.compareTo(resolution) < 0, "warningBefore", "must be shorter than the resolution time");
  }

  /**
   * The defaults: first reply within 15 minutes [seed 4.5.3]; dispatch within 2 minutes, on site within
   * 15 minutes of dispatch or 5 minutes before an appointment, work done within 24 hours with a
   * warning 30 minutes before [practice, PROCEDURES §6].
   */
  public static TicketDeadlines practiceDefaults() {
    return new TicketDeadlines(Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofMinutes(15), Duration.ofMinutes(5),
        Duration.ofHours(24), Duration.ofMinutes(30));
  }

  /** These clocks with another resolution time. */
  public TicketDeadlines withResolution(Duration v) {
    return new TicketDeadlines(firstReply, dispatch, arrival, arrivalLead, v, warningBefore);
  }

  /** These clocks with another arrival time. */
  public TicketDeadlines withArrival(Duration v) {
    return new TicketDeadlines(firstReply, dispatch, v, arrivalLead, resolution, warningBefore);
  }

  /** These clocks with another dispatch time. */
  public TicketDeadlines withDispatch(Duration v) {
    return new TicketDeadlines(firstReply, v, arrival, arrivalLead, resolution, warningBefore);
  }

  /** These clocks with another first-reply time. */
  public TicketDeadlines withFirstReply(Duration v) {
    return new TicketDeadlines(v, dispatch, arrival, arrivalLead, resolution, warningBefore);
  }

  /** These clocks with another warning lead. */
  public TicketDeadlines withWarningBefore(Duration v) {
    return new TicketDeadlines(firstReply, dispatch, arrival, arrivalLead, resolution, v);
  }

  /**
   * When the technician must be on site: {@code arrival} after the dispatch for an immediate job; for an
   * appointment, {@code arrivalLead} before it.
   */
  public Instant arrivalDue(Instant dispatchedAt, java.util.Optional<Instant> appointmentAt) {
    return appointmentAt.map(a -> a.minus(arrivalLead)).orElseGet(() -> dispatchedAt.plus(arrival));
  }

  private static void positive(String field, Duration d) {
    Check.present(field, d);
    Check.that(!d.isNegative() && !d.isZero() && d.compareTo(LONGEST) <= 0, field, "must be more than zero and at most 90 days");
  }
}

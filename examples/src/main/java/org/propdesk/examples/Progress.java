package org.propdesk.examples;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far the demo has got (进度), for a person watching it. On a terminal, one line redrawn in place at
 * most ten times a second: a bar, the simulated date, the days done, commands per second and the time
 * left. Otherwise (output to a file or a pipe, a CI log) a plain line each simulated week, which reads
 * well in a log. Wall-clock time comes from the {@code ticker} (nanoseconds), so a test can drive it.
 * Confined to the simulation's thread.
 *
 * <p>The time left is the work left at the pace of the last simulated week (or of the run so far, in
 * its first week), so that the first days, slow while the JIT compiles, do not stretch it. A day of
 * follow-through, with no new arrivals, counts as {@link #FOLLOW_THROUGH_WEIGHT} of a day of arrivals:
 * about what it took in the demo's profile.
 */
final class Progress {
  private static final int BAR = 24;
  private static final long REDRAW_NANOS = 100_000_000L;

  /** A follow-through day's work, as a share of an arrival day's. */
  static final double FOLLOW_THROUGH_WEIGHT = 0.25;

  /** How many simulated days back the pace is taken from. */
  private static final int PACE_DAYS = 7;

  private final PrintWriter out;
  private final boolean terminal;
  private final LocalDate first;
  private final long days;
  private final long arrivalDays;
  private final LongSupplier ticker;
  private final long started;
  /** When each simulated day began, by days done (index 0: the start), as far as the run has got. */
  private final java.util.List<Long> dayStarts = new java.util.ArrayList<>();
  private boolean drawn;
  private long lastDrawn;
  private long lastDayReported = -1;
  private int drawnWidth;

  /**
   * Progress of a run over the days {@code first} to {@code last} inclusive, with arrivals up to
   * {@code lastArrival} and follow-through after it.
   *
   * @param terminal whether {@code out} is a terminal (redraws one line) or not (prints weekly lines)
   */
  Progress(PrintWriter out, boolean terminal, LocalDate first, LocalDate lastArrival, LocalDate last, LongSupplier ticker) {
    this.out = out;
    this.terminal = terminal;
    this.first = first;
    this.days = ChronoUnit.DAYS.between(first, last) + 1;
    this.arrivalDays = Math.min(days, ChronoUnit.DAYS.between(first, lastArrival) + 1);
    this.ticker = ticker;
    this.started = ticker.getAsLong();
    dayStarts.add(started);
  }

  /** The simulation has reached {@code today} after {@code commands} commands. */
  void at(LocalDate today, long commands) {
    long done = Math.min(days, Math.max(0, ChronoUnit.DAYS.between(first, today)));
    long now = ticker.getAsLong();
    int known = dayStarts.size() - 1;
    long knownAt = dayStarts.get(known);
    for (long d = known + 1; d <= done; d++) {
      // days passed over in one step are spread evenly between the last day seen and now
      dayStarts.add(knownAt + (now - knownAt) * (d - known) / (done - known));
    }
    if (terminal) {
      if (!drawn || now - lastDrawn >= REDRAW_NANOS) {
        draw(today, done, commands, now);
        drawn = true;
        lastDrawn = now;
      }
    } else if (done > lastDayReported && done % 7 == 0 && done > 0) {
      out.println(line(today, done, commands, now));
      lastDayReported = done;
    }
  }

  /** The run ended after {@code commands} commands: the bar is completed and the line ended. */
  void finish(LocalDate today, long commands) {
    long now = ticker.getAsLong();
    if (terminal) {
      draw(today, days, commands, now);
      out.println();
    } else {
      out.println(line(today, days, commands, now));
    }
  }

  private void draw(LocalDate today, long done, long commands, long now) {
    int filled = (int) (BAR * done / Math.max(1, days));
    String text = "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + line(today, done, commands, now);
    out.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
    out.flush();
    drawnWidth = text.length();
  }

  private String line(LocalDate today, long done, long commands, long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String eta = done == 0 ? "--:--" : clock(Duration.ofNanos((long) left(done, now)));
    return String.format(Locale.ROOT, "%s  day %d/%d  %,d commands  %,.0f cmd/s  %s left", today, done, days, commands,
        commands / seconds, eta);
  }

  /** Nanoseconds left after {@code done} days: the work left at the pace of the last {@link #PACE_DAYS} days. */
  private double left(long done, long now) {
    double remaining = work(days) - work(done);
    if (remaining <= 0) {
      return 0;
    }
    int from = (int) Math.min(Math.max(0, done - PACE_DAYS), dayStarts.size() - 1);
    double pace = (now - dayStarts.get(from)) / (work(done) - work(from));
    return pace * remaining;
  }

  /** The work of the first {@code d} days, in arrival days. */
  private double work(long d) {
    return Math.min(d, arrivalDays) + FOLLOW_THROUGH_WEIGHT * Math.max(0, d - arrivalDays);
  }

  private static String clock(Duration d) {
    long s = d.toSeconds();
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}

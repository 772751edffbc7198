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
 */
final class Progress {
  private static final int BAR = 24;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter out;
  private final boolean terminal;
  private final LocalDate first;
  private final long days;
  private final LongSupplier ticker;
  private final long started;
  private boolean drawn;
  private long lastDrawn;
  private long lastDayReported = -1;
  private int drawnWidth;

  /**
   * Progress of a run over the days {@code first} to {@code last} inclusive.
   *
   * @param terminal whether {@code out} is a terminal (redraws one line) or not (prints weekly lines)
   */
  Progress(PrintWriter out, boolean terminal, LocalDate first, LocalDate last, LongSupplier ticker) {
    this.out = out;
    this.terminal = terminal;
    this.first = first;
    this.days = ChronoUnit.DAYS.between(first, last) + 1;
    this.ticker = ticker;
    this.started = ticker.getAsLong();
  }

  /** The simulation has reached {@code today} after {@code commands} commands. */
  void at(LocalDate today, long commands) {
    long done = Math.min(days, Math.max(0, ChronoUnit.DAYS.between(first, today)));
    long now = ticker.getAsLong();
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
    String eta = done == 0 ? "--:--" : clock(Duration.ofMillis((long) (seconds * 1000 * (days - done) / done)));
    return String.format(Locale.ROOT, "%s  day %d/%d  %,d commands  %,.0f cmd/s  %s left", today, done, days, commands,
        commands / seconds, eta);
  }

  private static String clock(Duration d) {
    long s = d.toSeconds();
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}

package org.propdesk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.propdesk.core.common.Check;

/**
 * A clock that tests move by hand (测试时钟): it stands still until {@link #advance} or {@link #set} is
 * called, so tests never sleep.
 *
 * <p>Thread-safe: the instant is held atomically. Time may be set backwards, to test clock skew.
 *
 * @since 0.1.0
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code instant} in {@code zone}. */
  public static MutableClock at(Instant instant, ZoneId zone) {
    return new MutableClock(new AtomicReference<>(Check.present("instant", instant)), Check.present("zone", zone));
  }

  /** A clock standing at {@code isoLocal} (e.g. {@code "2026-03-02T09:00"}) in Asia/Shanghai. */
  public static MutableClock shanghai(String isoLocal) {
    ZoneId z = ZoneId.of("Asia/Shanghai");
    return at(java.time.LocalDateTime.parse(isoLocal).atZone(z).toInstant(), z);
  }

  /** Moves the clock forward (or back, for a negative duration). */
  public MutableClock advance(Duration d) {
    now.updateAndGet(i -> i.plus(d));
    return this;
  }

  /** Sets the clock to {@code instant}. */
  public MutableClock set(Instant instant) {
    now.set(Check.present("instant", instant));
    return this;
  }

  /** Sets the clock to a local date-time in the clock's zone, e.g. {@code "2026-03-02T09:14:59"}. */
  public MutableClock setLocal(String isoLocal) {
    return set(java.time.LocalDateTime.parse(isoLocal).atZone(zone).toInstant());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}

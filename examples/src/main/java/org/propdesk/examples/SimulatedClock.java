package org.propdesk.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of a simulation (模拟时钟): it stands still until the simulation moves it, so a run is
 * deterministic. Confined to the simulation's thread.
 */
final class SimulatedClock extends Clock {
  private Instant now;
  private final ZoneId zone;

  SimulatedClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  void moveTo(Instant instant) {
    if (instant.isAfter(now)) {
      now = instant;
    }
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return new SimulatedClock(now, z);
  }

  @Override
  public Instant instant() {
    return now;
  }
}

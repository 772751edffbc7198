package org.propdesk.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;

/**
 * What every part of the demo's simulated office life shares (演示业务流量): the company, its own seeded
 * random generator, the simulation's agenda and clock, and the count of commands the desks refused.
 * Single-threaded, as the simulation that drives it.
 */
abstract class DemoTraffic {
  final DemoCompany company;
  final SplittableRandom random;
  /** Schedules a step on the simulation's agenda. */
  final BiConsumer<Instant, Runnable> at;
  /** The simulated clock's instant. */
  final Supplier<Instant> now;
  private int rejected;

  DemoTraffic(DemoCompany company, SplittableRandom random, BiConsumer<Instant, Runnable> at, Supplier<Instant> now) {
    this.company = company;
    this.random = random;
    this.at = at;
    this.now = now;
  }

  /** Commands the desks refused. */
  final int rejected() {
    return rejected;
  }

  /** The command's value, counting it as refused when it was. */
  final <T> Optional<T> outcome(Result<T> r) {
    if (!r.isAccepted()) {
      rejected++;
    }
    return r.value();
  }

  final Actor actor(OfficeId o, Role role) {
    return company.actor(o, role);
  }

  /** A random instant between {@code minMinutes} and {@code maxMinutes} minutes from now, inclusive. */
  final Instant in(int minMinutes, int maxMinutes) {
    return now.get().plus(Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes + 1)));
  }

  /** The instant of {@code hour}:{@code minute} on {@code day} in the company's zone. */
  static Instant on(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(DemoCompany.ZONE).toInstant();
  }
}

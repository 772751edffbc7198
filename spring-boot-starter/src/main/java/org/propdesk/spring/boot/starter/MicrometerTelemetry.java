package org.propdesk.spring.boot.starter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.propdesk.core.common.Check;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.core.spi.Telemetry;
import org.propdesk.workflows.PropDesk;

/**
 * PropDesk's {@link Telemetry} as Micrometer meters (运行指标). It needs only {@code micrometer-core},
 * so a host without Spring can use it too: {@code PropDesk.builder().telemetry(new
 * MicrometerTelemetry(registry))}, then {@link #bindOutbox(PropDesk)}.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>kind</th><th>tags</th></tr>
 *   <tr><td>{@code propdesk.commands}</td><td>counter</td><td>procedure, type, command, outcome (ACCEPTED,
 *       REPLAYED, REJECTED, INVALID, STALE, FAILED)</td></tr>
 *   <tr><td>{@code propdesk.rejections}</td><td>counter</td><td>procedure, command, code</td></tr>
 *   <tr><td>{@code propdesk.conflicts.retried}</td><td>counter</td><td>procedure, type, command</td></tr>
 *   <tr><td>{@code propdesk.timers.lag}</td><td>timer: how late each timer fired</td><td>type, kind</td></tr>
 *   <tr><td>{@code propdesk.outbox.messages}</td><td>counter</td><td>result (delivered, failed, dead,
 *       published)</td></tr>
 *   <tr><td>{@code propdesk.outbox.backlog}, {@code propdesk.outbox.dead}</td><td>gauges: messages waiting,
 *       messages given up (read from the storage when scraped)</td><td>-</td></tr>
 * </table>
 *
 * <p>Thread-safe. Never throws from a telemetry call for a registered meter.
 *
 * @since 0.1.0
 */
public final class MicrometerTelemetry implements Telemetry {
  private final MeterRegistry registry;
  private final AtomicReference<PropDesk> bound = new AtomicReference<>();

  /** Meters in {@code registry}. */
  public MicrometerTelemetry(MeterRegistry registry) {
    this.registry = Check.present("registry", registry);
  }

  @Override
  public void commandFinished(CommandOutcome o) {
    Counter.builder("propdesk.commands").description("PropDesk commands, by how they ended")
        .tag("procedure", o.procedure()).tag("type", o.aggregateType()).tag("command", o.command())
        .tag("outcome", o.outcome().name()).register(registry).increment();
    o.rejection().ifPresent(code -> Counter.builder("propdesk.rejections").description("PropDesk commands refused by the rules")
        .tag("procedure", o.procedure()).tag("command", o.command()).tag("code", code.name()).register(registry).increment());
  }

  @Override
  public void conflictRetried(String procedure, String aggregateType, String command) {
    Counter.builder("propdesk.conflicts.retried").description("PropDesk commands that met a concurrent change and ran again")
        .tag("procedure", procedure).tag("type", aggregateType).tag("command", command).register(registry).increment();
  }

  @Override
  public void timerFired(String aggregateType, String kind, Duration lag) {
    Timer.builder("propdesk.timers.lag").description("How long after its due time the sweep fired a timer")
        .tag("type", aggregateType).tag("kind", kind).register(registry).record(lag);
  }

  @Override
  public void relayFinished(int delivered, int failed, int dead, int published) {
    count("delivered", delivered);
    count("failed", failed);
    count("dead", dead);
    count("published", published);
  }

  private void count(String result, int n) {
    if (n > 0) {
      Counter.builder("propdesk.outbox.messages").description("Outbox messages handled by the relay, by result")
          .tag("result", result).register(registry).increment(n);
    }
  }

  /**
   * Adds the gauges of {@code desk}'s outbox: messages waiting ({@code propdesk.outbox.backlog}) and
   * given up ({@code propdesk.outbox.dead}), counted in the storage when the registry is read.
   *
   * @throws IllegalStateException when another desk is bound already
   */
  public void bindOutbox(PropDesk desk) {
    Check.present("desk", desk);
    if (!bound.compareAndSet(null, desk) && bound.get() != desk) {
      throw new IllegalStateException("this telemetry's outbox gauges are bound to another PropDesk");
    }
    Gauge.builder("propdesk.outbox.backlog", desk, d -> count(d, OutboxMessage.Status.PENDING))
        .description("Outbox messages waiting to be delivered or published").register(registry);
    Gauge.builder("propdesk.outbox.dead", desk, d -> count(d, OutboxMessage.Status.DEAD))
        .description("Outbox messages given up after every retry; see PropDesk.outbox().dead(...)").register(registry);
  }

  private static double count(PropDesk desk, OutboxMessage.Status status) {
    Map<OutboxMessage.Status, Long> counts = desk.outbox().counts();
    return counts.getOrDefault(status, 0L);
  }
}

package org.propdesk.spring.boot.starter;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.propdesk.workflows.PropDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the timer sweep ({@code runDue()}) and the outbox relay ({@code deliverDue()}) on one daemon
 * thread of its own (定时任务), each with a fixed pause between runs, from the application context's
 * start to its stop. A failed run is logged and the next one runs on time. Either job can be off
 * ({@code propdesk.timers.enabled}, {@code propdesk.outbox.enabled}), e.g. to run it on one node only.
 * Both jobs are safe on several nodes at once. Thread-safe.
 *
 * @since 0.1.0
 */
public final class PropDeskSweeps implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(PropDeskSweeps.class);

  private final PropDesk desk;
  private final PropDeskProperties properties;
  private final Supplier<ScheduledExecutorService> executors;
  private @Nullable ScheduledExecutorService executor;

  /** The jobs of {@code desk}, as {@code properties} set them. */
  public PropDeskSweeps(PropDesk desk, PropDeskProperties properties) {
    this(desk, properties, () -> Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "propdesk-sweeps");
      t.setDaemon(true);
      return t;
    }));
  }

  /** With the executor the jobs run on (a test's recording one). */
  PropDeskSweeps(PropDesk desk, PropDeskProperties properties, Supplier<ScheduledExecutorService> executors) {
    this.desk = desk;
    this.properties = properties;
    this.executors = executors;
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    ScheduledExecutorService ex = executors.get();
    schedule(ex, "timer sweep", properties.getTimers(), () -> desk.timers().runDue());
    schedule(ex, "outbox relay", properties.getOutbox(), () -> desk.outbox().deliverDue());
    executor = ex;
  }

  private static void schedule(ScheduledExecutorService ex, String name, PropDeskProperties.Sweep sweep, Runnable job) {
    if (!sweep.isEnabled()) {
      LOG.info("propdesk {} is off: the host runs it", name);
      return;
    }
    Duration interval = sweep.getInterval();
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("propdesk " + name + " interval must be positive, was " + interval);
    }
    ex.scheduleWithFixedDelay(() -> {
      try {
        job.run();
      } catch (RuntimeException e) {
        LOG.warn("propdesk {} failed; it runs again in {}", name, interval, e);
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    ScheduledExecutorService ex = executor;
    executor = null;
    if (ex == null) {
      return;
    }
    ex.shutdown();
    try {
      if (!ex.awaitTermination(10, TimeUnit.SECONDS)) {
        ex.shutdownNow();
      }
    } catch (InterruptedException e) {
      ex.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}

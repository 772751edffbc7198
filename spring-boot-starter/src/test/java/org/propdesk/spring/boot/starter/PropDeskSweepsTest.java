package org.propdesk.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;

/** The starter's schedule of the timer sweep and the outbox relay, run by hand on a recording executor: no waiting. */
class PropDeskSweepsTest {
  /** Records what is scheduled and runs nothing by itself. */
  static final class RecordingExecutor extends ScheduledThreadPoolExecutor {
    record Job(Runnable command, long initialDelay, long delay, TimeUnit unit) {}

    final List<Job> jobs = new ArrayList<>();

    RecordingExecutor() {
      super(1);
      setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
      jobs.add(new Job(command, initialDelay, delay, unit));
      return super.schedule(() -> { }, 1, TimeUnit.DAYS);
    }
  }

  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  private final RecordingNotifier notifier = RecordingNotifier.create();
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock))
      .storage(InMemoryStorage.create()).notifier(notifier).directory(Fixtures.directory()).build();

  @Test
  void bothJobsAreScheduledAtTheirIntervalsAndRunTheSweepAndTheRelay() {
    PropDeskProperties properties = new PropDeskProperties();
    properties.getTimers().setInterval(Duration.ofSeconds(30));
    RecordingExecutor executor = new RecordingExecutor();
    PropDeskSweeps sweeps = new PropDeskSweeps(desk, properties, () -> executor);
    sweeps.start();
    assertThat(sweeps.isRunning()).isTrue();
    assertThat(executor.jobs).extracting(j -> j.unit().toMillis(j.delay())).containsExactly(30_000L, 10_000L);

    Complaint c = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
    executor.jobs.get(1).command().run();
    assertThat(notifier.deliveries()).hasSize(1);

    clock.advance(Duration.ofHours(2));
    executor.jobs.get(0).command().run();
    executor.jobs.get(1).command().run();
    assertThat(notifier.deliveries()).as("the sweep fired the overdue timers, the relay delivered their alarms").hasSizeGreaterThan(1);

    sweeps.stop();
    assertThat(sweeps.isRunning()).isFalse();
    assertThat(executor.isShutdown()).isTrue();
  }

  @Test
  void aJobTurnedOffIsNotScheduled() {
    PropDeskProperties properties = new PropDeskProperties();
    properties.getOutbox().setEnabled(false);
    RecordingExecutor executor = new RecordingExecutor();
    new PropDeskSweeps(desk, properties, () -> executor).start();
    assertThat(executor.jobs).singleElement().satisfies(j -> assertThat(j.unit().toMillis(j.delay())).isEqualTo(60_000L));
  }

  @Test
  void aRunThatThrowsIsLoggedAndDoesNotEndTheSchedule() {
    PropDeskProperties properties = new PropDeskProperties();
    properties.getTimers().setEnabled(false);
    RecordingExecutor executor = new RecordingExecutor();
    InMemoryStorage memory = InMemoryStorage.create();
    java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
    Storage flaky = new Storage() {
      @Override
      public <R> R inTransaction(java.util.function.Function<org.propdesk.core.spi.StorageTransaction, R> work) {
        if (down.get()) {
          throw new IllegalStateException("database down");
        }
        return memory.inTransaction(work);
      }

      @Override
      public void declare(org.propdesk.core.spi.RecordSchema schema) {
        memory.declare(schema);
      }
    };
    PropDesk d = PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock)).storage(flaky).notifier(notifier)
        .directory(Fixtures.directory()).build();
    new PropDeskSweeps(d, properties, () -> executor).start();
    Complaint c = d.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    d.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
    Runnable relay = executor.jobs.get(0).command();
    down.set(true);
    relay.run(); // a scheduled task that threw would never run again: this one returns
    assertThat(notifier.deliveries()).isEmpty();
    down.set(false);
    relay.run();
    assertThat(notifier.deliveries()).hasSize(1);
  }

  @Test
  void aNonPositiveIntervalIsRefusedNamingTheJob() {
    PropDeskProperties properties = new PropDeskProperties();
    properties.getOutbox().setInterval(Duration.ZERO);
    assertThatThrownBy(() -> new PropDeskSweeps(desk, properties, RecordingExecutor::new).start())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outbox relay").hasMessageContaining("positive");
  }
}

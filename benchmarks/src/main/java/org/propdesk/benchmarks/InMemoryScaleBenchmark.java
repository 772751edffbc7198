package org.propdesk.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.testkit.Fixtures;
import org.propdesk.workflows.PropDesk;

/**
 * In-memory commands per second (内存存储吞吐) with an empty store and with 100,000 stored complaints:
 * a command's cost must grow with its own work, not with the store. One lifecycle is six commands, as
 * in {@link ComplaintLifecycleBenchmark}; the score is per command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InMemoryScaleBenchmark {
  /** How many complaints are stored before measuring. */
  @Param({"0", "100000"})
  public int stored;

  private PropDesk desk;
  private final AtomicInteger unit = new AtomicInteger();

  @Setup(Level.Trial)
  public void setUp() {
    desk = ComplaintLifecycleBenchmark.desk(InMemoryStorage.create());
    fill(desk, stored);
  }

  /** Registers {@code n} complaints across both offices and every unit, half of them closed. */
  static void fill(PropDesk desk, int n) {
    for (int i = 0; i < n; i++) {
      var office = i % 2 == 0 ? Fixtures.OFFICE_1 : Fixtures.OFFICE_2;
      int u = 1 + (i / 2) % Fixtures.UNITS_PER_OFFICE;
      if (i % 2 == 0) {
        ComplaintLifecycleBenchmark.lifecycle(desk, office, u);
      } else {
        desk.complaints().register(Fixtures.clerk(office), Fixtures.registration(office, u).build()).orElseThrow();
      }
    }
  }

  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(ComplaintLifecycleBenchmark.COMMANDS)
  public Complaint commands1Thread() {
    int u = 1 + Math.floorMod(unit.getAndIncrement(), Fixtures.UNITS_PER_OFFICE);
    return ComplaintLifecycleBenchmark.lifecycle(desk, Fixtures.OFFICE_1, u);
  }
}

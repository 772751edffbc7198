package org.propdesk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.spi.Storage;
import org.propdesk.examples.MonthDemo;
import org.propdesk.persistence.jdbc.JdbcStorage;

/**
 * One simulated month of the demo (演示一个月): 15 days of arrivals at three offices followed through
 * for 15 more, 30 days of simulated clock with every procedure, the SLA sweep and the outbox relay
 * every 15 minutes, as {@code MonthDemo} runs it (its summary and reports excluded). Seconds per
 * simulated month, on:
 * <ul>
 *   <li>{@code h2}: the embedded H2 database as {@code JdbcStorage.embeddedH2} opens it (HikariCP);
 *   <li>{@code h2-own-pool}: the same database behind H2's own connection pool, which the embedded
 *       storage used before (every hand-out rolls the session back and empties its statement cache);
 *   <li>{@code memory}: the in-memory storage, the floor the kernel itself sets.
 * </ul>
 *
 * <p>Each iteration starts from an empty database in a fresh folder. The first warm-up iteration is the
 * month a fresh JVM runs (the demo's first); the measured ones, after three, are the warmed-up month.
 * Run: {@code mvn -pl benchmarks -am package exec:exec -DskipTests -Djmh.args="DemoMonthBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class DemoMonthBenchmark {
  /** Days of arrivals: with as many days of follow-through, one simulated month. */
  static final int DAYS = 15;

  @Param({"h2", "h2-own-pool", "memory"})
  public String storage;

  private Path folder;
  private Storage store;

  @Setup(Level.Iteration)
  public void open() throws IOException {
    folder = Files.createTempDirectory("propdesk-demo-bench");
    store = switch (storage) {
      case "h2" -> JdbcStorage.embeddedH2(folder);
      case "h2-own-pool" -> {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("propdesk") + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256");
        org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(ds);
        pool.setMaxConnections(16);
        yield JdbcStorage.create(pool);
      }
      case "memory" -> InMemoryStorage.create();
      default -> throw new IllegalArgumentException("unknown storage " + storage);
    };
  }

  @TearDown(Level.Iteration)
  public void close() throws IOException {
    if (store instanceof JdbcStorage jdbc) {
      jdbc.close();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The month's commands, returned so that the work is not optimised away. */
  @Benchmark
  public long simulatedMonth() {
    return MonthDemo.simulate(store, 3, DAYS, 20260302L);
  }
}

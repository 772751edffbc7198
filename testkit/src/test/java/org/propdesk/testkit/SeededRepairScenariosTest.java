package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propdesk.core.memory.InMemoryStorage;

/**
 * Runs the seeded repair and special-service scenarios: {@code -Dpropdesk.seeds} seeds (default 200)
 * of {@code -Dpropdesk.steps} steps (default 150), or the one seed given by {@code -Dpropdesk.seed}.
 */
class SeededRepairScenariosTest {
  private static int intProperty(String name, int fallback) {
    String v = System.getProperty(name, "");
    return v.isBlank() ? fallback : Integer.parseInt(v.strip());
  }

  @Test
  void everySeededScenarioKeepsEveryInvariant() {
    RepairScenarioRunner runner = RepairScenarioRunner.onStorage(InMemoryStorage::create);
    int steps = intProperty("propdesk.steps", 150);
    String replay = System.getProperty("propdesk.seed", "");
    if (!replay.isBlank()) {
      long seed = Long.parseLong(replay.strip());
      System.out.println("replaying seed " + seed + ": " + runner.run(seed, steps));
      return;
    }
    int seeds = intProperty("propdesk.seeds", 200);
    long pauses = 0;
    long charges = 0;
    long reopened = 0;
    long closed = 0;
    long rejected = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      RepairScenarioRunner.Outcome o = runner.run(seed, steps);
      pauses += o.pauses();
      charges += o.charges();
      reopened += o.reopened();
      closed += o.closed();
      rejected += o.rejected();
    }
    System.out.printf("%d seeds x %d steps: %d pauses, %d charges, %d reopened, %d closed, %d rejected commands%n", seeds, steps,
        pauses, charges, reopened, closed, rejected);
    assertThat(pauses).as("the scenarios pause and resume work").isPositive();
    assertThat(charges).as("the scenarios charge orders").isPositive();
    assertThat(reopened).as("the scenarios reopen jobs").isPositive();
    assertThat(closed).as("the scenarios close reports").isPositive();
    assertThat(rejected).as("the scenarios try forbidden moves").isPositive();
  }

  @Test
  void theSameSeedReplaysTheSameScenario() {
    RepairScenarioRunner runner = RepairScenarioRunner.onStorage(InMemoryStorage::create);
    assertThat(runner.run(7, 120)).isEqualTo(runner.run(7, 120));
  }
}

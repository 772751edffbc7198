package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propdesk.core.memory.InMemoryStorage;

/**
 * Runs the seeded scenarios: {@code -Dpropdesk.seeds} seeds (default 200) of {@code -Dpropdesk.steps}
 * steps (default 200), or the one seed given by {@code -Dpropdesk.seed}.
 */
class SeededComplaintScenariosTest {
  private static int intProperty(String name, int fallback) {
    String v = System.getProperty(name, "");
    return v.isBlank() ? fallback : Integer.parseInt(v.strip());
  }

  @Test
  void everySeededScenarioKeepsEveryInvariant() {
    ComplaintScenarioRunner runner = ComplaintScenarioRunner.onStorage(InMemoryStorage::create);
    int steps = intProperty("propdesk.steps", 200);
    String replay = System.getProperty(ComplaintScenarioRunner.SEED_PROPERTY, "");
    if (!replay.isBlank()) {
      long seed = Long.parseLong(replay.strip());
      System.out.println("replaying seed " + seed + ": " + runner.run(seed, steps));
      return;
    }
    int seeds = intProperty("propdesk.seeds", 200);
    long upgrades = 0;
    long closed = 0;
    long rejected = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      ComplaintScenarioRunner.Outcome o = runner.run(seed, steps);
      upgrades += o.autoUpgrades();
      closed += o.closed();
      rejected += o.rejected();
    }
    System.out.printf("%d seeds x %d steps: %d automatic upgrades, %d closed, %d rejected commands%n",
        seeds, steps, upgrades, closed, rejected);
    assertThat(upgrades).as("the scenarios reach the monthly upgrade").isPositive();
    assertThat(closed).as("the scenarios close complaints").isPositive();
    assertThat(rejected).as("the scenarios try forbidden moves").isPositive();
  }

  @Test
  void theSameSeedReplaysTheSameScenario() {
    ComplaintScenarioRunner runner = ComplaintScenarioRunner.onStorage(InMemoryStorage::create);
    assertThat(runner.run(7, 120)).isEqualTo(runner.run(7, 120));
  }
}

package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propdesk.core.memory.InMemoryStorage;

/**
 * Runs the seeded deposit, seal and archive scenarios: {@code -Dpropdesk.seeds} seeds (default 200) of
 * {@code -Dpropdesk.steps} steps (default 150), or the one seed given by {@code -Dpropdesk.seed}.
 */
class SeededCustodyScenariosTest {
  private static int intProperty(String name, int fallback) {
    String v = System.getProperty(name, "");
    return v.isBlank() ? fallback : Integer.parseInt(v.strip());
  }

  @Test
  void everySeededScenarioKeepsEveryInvariant() {
    CustodyScenarioRunner runner = CustodyScenarioRunner.onStorage(InMemoryStorage::create);
    int steps = intProperty("propdesk.steps", 150);
    String replay = System.getProperty("propdesk.seed", "");
    if (!replay.isBlank()) {
      long seed = Long.parseLong(replay.strip());
      System.out.println("replaying seed " + seed + ": " + runner.run(seed, steps));
      return;
    }
    int seeds = intProperty("propdesk.seeds", 200);
    long settled = 0;
    long retries = 0;
    long stamps = 0;
    long loans = 0;
    long destroyed = 0;
    long rejected = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      CustodyScenarioRunner.Outcome o = runner.run(seed, steps);
      settled += o.settled();
      retries += o.retries();
      stamps += o.stamps();
      loans += o.loans();
      destroyed += o.destroyed();
      rejected += o.rejected();
    }
    System.out.printf("%d seeds x %d steps: %d deposits settled, %d money retries, %d stamps, %d loans issued, %d destroyed, %d refused%n",
        seeds, steps, settled, retries, stamps, loans, destroyed, rejected);
    assertThat(settled).as("the scenarios settle deposits").isPositive();
    assertThat(retries).as("the scenarios retry money commands").isPositive();
    assertThat(stamps).as("the scenarios stamp").isPositive();
    assertThat(loans).as("the scenarios lend").isPositive();
    assertThat(destroyed).as("the scenarios destroy").isPositive();
    assertThat(rejected).as("the scenarios try forbidden moves").isPositive();
  }

  @Test
  void theSameSeedReplaysTheSameScenario() {
    CustodyScenarioRunner runner = CustodyScenarioRunner.onStorage(InMemoryStorage::create);
    assertThat(runner.run(7, 120)).isEqualTo(runner.run(7, 120));
  }
}

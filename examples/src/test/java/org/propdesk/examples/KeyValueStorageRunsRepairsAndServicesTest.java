package org.propdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.testkit.RepairScenarioRunner;

/**
 * The from-scratch example storage, unchanged since the kernel, persists repair reports, special-service
 * orders, price lists and contracts: the seeded scenarios keep every invariant on it and end exactly as
 * on the in-memory built-in.
 */
class KeyValueStorageRunsRepairsAndServicesTest {
  @Test
  void seededRepairAndServiceScenariosEndAsOnTheBuiltInStorage() {
    for (long seed = 1; seed <= 3; seed++) {
      assertThat(RepairScenarioRunner.onStorage(KeyValueStorage::create).run(seed, 120))
          .isEqualTo(RepairScenarioRunner.onStorage(InMemoryStorage::create).run(seed, 120));
    }
  }
}

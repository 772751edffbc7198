package org.propdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.testkit.CustodyScenarioRunner;

/**
 * The from-scratch example storage, unchanged, persists deposits, receipts, seals, seal uses, archive
 * items and loans: the seeded scenarios keep every invariant on it and end exactly as on the in-memory
 * built-in.
 */
class KeyValueStorageRunsDepositsSealsAndArchivesTest {
  @Test
  void seededDepositSealAndArchiveScenariosEndAsOnTheBuiltInStorage() {
    for (long seed = 1; seed <= 3; seed++) {
      assertThat(CustodyScenarioRunner.onStorage(KeyValueStorage::create).run(seed, 150))
          .isEqualTo(CustodyScenarioRunner.onStorage(InMemoryStorage::create).run(seed, 150));
    }
  }
}

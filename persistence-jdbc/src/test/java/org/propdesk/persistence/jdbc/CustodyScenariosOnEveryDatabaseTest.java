package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.testkit.CustodyScenarioRunner;

/**
 * The seeded deposit, seal and archive scenarios keep every invariant on H2, PostgreSQL and MariaDB and end
 * exactly as in memory: JdbcStorage, unchanged, persists the three procedures through their migrations.
 */
class CustodyScenariosOnEveryDatabaseTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void seededScenariosEndAsInMemory(String name, Supplier<DataSource> database) {
    for (long seed = 12; seed <= 12; seed++) {
      assertThat(CustodyScenarioRunner.onStorage(() -> JdbcStorage.create(database.get())).run(seed, 150))
          .isEqualTo(CustodyScenarioRunner.onStorage(InMemoryStorage::create).run(seed, 150));
    }
  }
}

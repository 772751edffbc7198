package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.testkit.RepairScenarioRunner;

/**
 * The seeded repair and special-service scenarios keep every invariant on H2, PostgreSQL and MariaDB and end
 * exactly as in memory: JdbcStorage, unchanged, persists the new procedures through their migrations.
 */
class RepairScenariosOnEveryDatabaseTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void seededScenariosEndAsInMemory(String name, Supplier<DataSource> database) {
    for (long seed = 11; seed <= 11; seed++) {
      assertThat(RepairScenarioRunner.onStorage(() -> JdbcStorage.create(database.get())).run(seed, 100))
          .isEqualTo(RepairScenarioRunner.onStorage(InMemoryStorage::create).run(seed, 100));
    }
  }
}

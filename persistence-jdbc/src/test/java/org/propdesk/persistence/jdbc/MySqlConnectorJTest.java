package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.testkit.CustodyScenarioRunner;

/**
 * The other driver a MySQL host uses, MySQL Connector/J, on the MariaDB server of the storage tests:
 * PropDesk migrates through it, and a seeded scenario of deposits, seals and archives ends exactly as
 * in memory.
 */
class MySqlConnectorJTest {
  private static DataSource throughConnectorJ() {
    MariaDbDataSource created = (MariaDbDataSource) Databases.mysql();
    String url = created.getUrl().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
    MysqlDataSource ds = new MysqlDataSource();
    ds.setUrl(url.contains("?") ? url : url + "?allowPublicKeyRetrieval=true&useSSL=false");
    ds.setUser(created.getUser());
    if (!Databases.mysqlPassword().isEmpty()) {
      ds.setPassword(Databases.mysqlPassword());
    }
    return ds;
  }

  @Test
  void aSeededCustodyScenarioThroughConnectorJEndsAsInMemory() {
    JdbcStorage[] made = new JdbcStorage[1];
    var onMySqlDriver = CustodyScenarioRunner.onStorage(() -> made[0] = JdbcStorage.create(throughConnectorJ())).run(12, 80);
    assertThat(made[0].database()).isEqualTo("MYSQL");
    assertThat(onMySqlDriver).isEqualTo(CustodyScenarioRunner.onStorage(InMemoryStorage::create).run(12, 80));
  }
}

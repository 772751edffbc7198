package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;

class PostgresStorageContractTest extends JdbcStorageContract {
  @Override
  DataSource newDataSource() {
    return Databases.postgres();
  }
}

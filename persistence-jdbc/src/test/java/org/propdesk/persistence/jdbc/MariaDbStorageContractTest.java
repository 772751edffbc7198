package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;

class MariaDbStorageContractTest extends JdbcStorageContract {
  @Override
  DataSource newDataSource() {
    return Databases.mysql();
  }
}

package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;

class H2StorageContractTest extends JdbcStorageContract {
  @Override
  DataSource newDataSource() {
    return Databases.h2();
  }
}

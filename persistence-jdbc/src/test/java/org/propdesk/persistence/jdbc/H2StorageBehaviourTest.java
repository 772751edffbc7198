package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;

class H2StorageBehaviourTest extends JdbcStorageBehaviour {
  @Override
  DataSource newDataSource() {
    return Databases.h2();
  }
}

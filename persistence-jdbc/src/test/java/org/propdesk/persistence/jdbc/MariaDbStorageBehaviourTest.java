package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;

class MariaDbStorageBehaviourTest extends JdbcStorageBehaviour {
  @Override
  DataSource newDataSource() {
    return Databases.mysql();
  }
}

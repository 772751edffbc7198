package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;

class PostgresStorageBehaviourTest extends JdbcStorageBehaviour {
  @Override
  DataSource newDataSource() {
    return Databases.postgres();
  }
}

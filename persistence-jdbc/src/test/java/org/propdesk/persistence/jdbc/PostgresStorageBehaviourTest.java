package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;

class PostgresStorageBehaviourTest extends JdbcStorageBehaviour {
  @Override
  DataSource newDataSource() {
    return Databases.postgres();
  }

  /** PostgreSQL is the production database: it runs twice the seeded scenarios H2 does. */
  @Override
  int scenarioSeeds() {
    return 6;
  }
}

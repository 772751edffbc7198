package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;

class TwoNodesShareOnePostgresTest extends TwoNodesShareOneDatabase {
  @Override
  DataSource[] newPair() {
    return Databases.postgresPair();
  }
}

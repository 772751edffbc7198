package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;

class TwoNodesShareOneMariaDbTest extends TwoNodesShareOneDatabase {
  @Override
  DataSource[] newPair() {
    return Databases.mysqlPair();
  }
}

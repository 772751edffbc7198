package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;

class TwoNodesShareOneH2Test extends TwoNodesShareOneDatabase {
  @Override
  DataSource[] newPair() {
    return Databases.h2Pair();
  }
}

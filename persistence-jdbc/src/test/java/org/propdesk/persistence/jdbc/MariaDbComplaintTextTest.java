package org.propdesk.persistence.jdbc;

import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.ComplaintTextContract;

class MariaDbComplaintTextTest implements ComplaintTextContract {
  @Override
  public Storage newStorage() {
    return JdbcStorage.create(Databases.mysql());
  }
}

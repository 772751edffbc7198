package org.propdesk.persistence.jdbc;

import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.ComplaintCommitmentsContract;

class MariaDbComplaintCommitmentsTest implements ComplaintCommitmentsContract {
  @Override
  public Storage newStorage() {
    return JdbcStorage.create(Databases.mysql());
  }
}

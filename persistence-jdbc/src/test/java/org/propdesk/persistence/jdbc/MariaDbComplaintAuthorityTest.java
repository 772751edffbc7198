package org.propdesk.persistence.jdbc;

import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.ComplaintAuthorityContract;

class MariaDbComplaintAuthorityTest implements ComplaintAuthorityContract {
  @Override
  public Storage newStorage() {
    return JdbcStorage.create(Databases.mysql());
  }
}

package org.propdesk.persistence.jdbc;

import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.ComplaintDeskContract;

class MariaDbComplaintDeskTest extends ComplaintDeskContract {
  @Override
  protected Storage newStorage() {
    return JdbcStorage.create(Databases.mysql());
  }
}

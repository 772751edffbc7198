package org.propdesk.persistence.jdbc;

import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.ComplaintDeskContract;

class H2ComplaintDeskTest extends ComplaintDeskContract {
  @Override
  protected Storage newStorage() {
    return JdbcStorage.create(Databases.h2());
  }
}

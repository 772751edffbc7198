package org.propdesk.persistence.jdbc;

import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.ComplaintAuthorityContract;

class H2ComplaintAuthorityTest implements ComplaintAuthorityContract {
  @Override
  public Storage newStorage() {
    return JdbcStorage.create(Databases.h2());
  }
}

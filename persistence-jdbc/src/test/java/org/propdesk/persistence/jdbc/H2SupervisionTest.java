package org.propdesk.persistence.jdbc;

import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.SupervisionContract;

class H2SupervisionTest implements SupervisionContract {
  @Override
  public Storage newStorage() {
    return JdbcStorage.create(Databases.h2());
  }
}

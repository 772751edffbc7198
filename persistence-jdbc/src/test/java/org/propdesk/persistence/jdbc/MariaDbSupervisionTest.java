package org.propdesk.persistence.jdbc;

import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.SupervisionContract;

class MariaDbSupervisionTest implements SupervisionContract {
  @Override
  public Storage newStorage() {
    return JdbcStorage.create(Databases.mysql());
  }
}

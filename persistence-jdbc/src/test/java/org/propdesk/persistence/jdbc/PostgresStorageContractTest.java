package org.propdesk.persistence.jdbc;

import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.StorageContract;

class PostgresStorageContractTest implements StorageContract {
  private final Map<Storage, DataSource> sources = new IdentityHashMap<>();

  @Override
  public Storage newStorage() {
    DataSource ds = Databases.postgres();
    Storage s = JdbcStorage.create(ds);
    sources.put(s, ds);
    return s;
  }

  @Override
  public void tamperWithJournal(Storage storage, OfficeId office, long seq) {
    Databases.tamper(sources.get(storage), office.value(), seq);
  }
}

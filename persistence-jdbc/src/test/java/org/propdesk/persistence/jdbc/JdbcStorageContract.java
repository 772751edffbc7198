package org.propdesk.persistence.jdbc;

import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.JournalRows;
import org.propdesk.testkit.StorageContract;

/**
 * The testkit's storage contracts (every port) for {@link JdbcStorage} on a database of the subclass's choosing; the
 * suite's own record type gets its table from {@code RecordStoreContract.ITEMS_TABLE_DDL}.
 */
abstract class JdbcStorageContract implements StorageContract {
  private final Map<Storage, DataSource> sources = new IdentityHashMap<>();

  /** A new, empty database. */
  abstract DataSource newDataSource();

  @Override
  public Storage newStorage() {
    DataSource ds = newDataSource();
    JdbcStorage s = JdbcStorage.create(ds);
    // the suite's DDL is H2's and PostgreSQL's; written with the migrations' placeholders it runs on every database
    Databases.execute(ds, Dialect.valueOf(s.database()).render(ITEMS_TABLE_DDL.replace("TIMESTAMP WITH TIME ZONE", "${instant}")
        + " ${table_options}"));
    sources.put(s, ds);
    return s;
  }

  @Override
  public JournalRows journalRows(Storage storage) {
    return new SqlJournalRows(sources.get(storage));
  }
}

package org.propdesk.persistence.jdbc;

import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.CustodyJournalContract;
import org.propdesk.testkit.JournalRows;

/**
 * {@link CustodyJournalContract} on H2, PostgreSQL and MariaDB: a thousand tamperings (a hundred on PostgreSQL and MariaDB by
 * default) of the stored rows of the journal that deposit, seal and archive commands wrote, each detected
 * at its first bad entry.
 */
class CustodyJournalOnEveryDatabaseTest {
  private abstract static class OnDatabase implements CustodyJournalContract {
    private final Map<Storage, DataSource> sources = new IdentityHashMap<>();

    abstract DataSource newDataSource();

    @Override
    public Storage newStorage() {
      DataSource ds = newDataSource();
      Storage s = JdbcStorage.create(ds);
      sources.put(s, ds);
      return s;
    }

    @Override
    public JournalRows journalRows(Storage storage) {
      return new SqlJournalRows(sources.get(storage));
    }
  }

  @Nested
  class OnH2 extends OnDatabase {
    @Override
    DataSource newDataSource() {
      return Databases.h2();
    }
  }

  /**
   * On PostgreSQL each restore rewrites the rows over the network, so the run is 100 tamperings by
   * default ({@code -Dpropdesk.tamperings.postgres=1000} for all; about five minutes).
   */
  @Nested
  class OnPostgres extends OnDatabase {
    @Override
    DataSource newDataSource() {
      return Databases.postgres();
    }

    @Override
    public int tamperings() {
      return Integer.getInteger("propdesk.tamperings.postgres", 100);
    }
  }

  /** MariaDB, like PostgreSQL, restores over the network: 100 tamperings ({@code -Dpropdesk.tamperings.mysql}). */
  @Nested
  class OnMariaDb extends OnDatabase {
    @Override
    DataSource newDataSource() {
      return Databases.mysql();
    }

    @Override
    public int tamperings() {
      return Integer.getInteger("propdesk.tamperings.mysql", 100);
    }
  }
}

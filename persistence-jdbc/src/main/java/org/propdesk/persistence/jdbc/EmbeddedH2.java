package org.propdesk.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The embedded H2 data source: a file database that stays open while the process runs, behind H2's own
 * small connection pool (opening an embedded H2 session costs more than most commands).
 */
final class EmbeddedH2 {
  private EmbeddedH2() {}

  static DataSource dataSource(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database directory " + directory, e);
    }
    try {
      Class.forName("org.h2.jdbcx.JdbcDataSource");
    } catch (ClassNotFoundException e) {
      throw new JdbcStorageException("embedded storage needs com.h2database:h2 on the class path");
    }
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    // a pooled session keeps its parsed statements: enough of them for every statement PropDesk issues
    ds.setURL("jdbc:h2:file:" + directory.toAbsolutePath().resolve("propdesk")
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256");
    org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(ds);
    pool.setMaxConnections(16);
    return pool;
  }
}

package org.propdesk.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The embedded H2 data source: a file database that stays open while the process runs, behind a small
 * connection pool (opening an embedded H2 session costs more than most commands).
 *
 * <p>The pool is HikariCP when it is on the class path, else H2's own. The difference is speed: an H2
 * session keeps the statements it has parsed (its query cache) until it rolls back, and H2's pool rolls
 * every session back when it hands it out, so each transaction parses its statements afresh; HikariCP
 * rolls back only a session returned with uncommitted work, and PropDesk commits or rolls back every
 * transaction itself.
 */
final class EmbeddedH2 {
  private static final int MAX_SESSIONS = 16;

  private EmbeddedH2() {}

  static DataSource dataSource(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database directory " + directory, e);
    }
    if (!present("org.h2.jdbcx.JdbcDataSource")) {
      throw new JdbcStorageException("embedded storage needs com.h2database:h2 on the class path");
    }
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    // a session keeps its parsed statements: enough of them for every statement PropDesk issues
    ds.setURL("jdbc:h2:file:" + directory.toAbsolutePath().resolve("propdesk")
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256");
    if (present("com.zaxxer.hikari.HikariDataSource")) {
      return Hikari.pool(ds, directory);
    }
    org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(ds);
    pool.setMaxConnections(MAX_SESSIONS);
    return pool;
  }

  /**
   * Shuts the embedded database behind {@code ds} down (it would otherwise stay open for the process's
   * life) and closes the pool. Failures are logged, not thrown: there is nothing left to do.
   */
  static void shutDown(DataSource ds) {
    java.sql.Connection c = null;
    try {
      c = ds.getConnection();
      // the statement and the connection end with the database: they are not closed one by one
      c.createStatement().execute("SHUTDOWN");
    } catch (java.sql.SQLException e) {
      org.slf4j.LoggerFactory.getLogger(EmbeddedH2.class).warn("the embedded database did not shut down cleanly ({})", e.getMessage());
    } finally {
      closeQuietly(c);
    }
    if (ds instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(EmbeddedH2.class).warn("the embedded pool did not close cleanly ({})", e.getMessage());
      }
    } else if (ds instanceof org.h2.jdbcx.JdbcConnectionPool pool) {
      pool.dispose();
    }
  }

  /** Closes a connection whose database has just shut down: the pool may still try to roll it back. */
  private static void closeQuietly(java.sql.@org.jspecify.annotations.Nullable Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (java.sql.SQLException ignored) {
      // the database it belonged to is closed: nothing is left to release
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, EmbeddedH2.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Loaded only when HikariCP is on the class path. */
  private static final class Hikari {
    private Hikari() {}

    static DataSource pool(DataSource h2, Path directory) {
      com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
      config.setDataSource(h2);
      config.setPoolName("propdesk-h2-" + directory.toAbsolutePath().getFileName());
      config.setMaximumPoolSize(MAX_SESSIONS);
      config.setMinimumIdle(1);
      return new com.zaxxer.hikari.HikariDataSource(config);
    }
  }
}

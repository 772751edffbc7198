package org.propdesk.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases for tests: an in-memory H2 database, or a new schema in the PostgreSQL
 * database named by {@code -Dpropdesk.postgres.url} (with {@code .user} and {@code .password}), or by
 * the environment variables {@code PROPDESK_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD}.
 *
 * <p>Without a PostgreSQL URL the PostgreSQL tests are skipped with a loud message, except under CI
 * ({@code CI=true}), where they fail: there they must run.
 */
final class Databases {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private Databases() {}

  static DataSource h2() {
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL("jdbc:h2:mem:propdesk-test-" + COUNTER.incrementAndGet() + "-" + ProcessHandle.current().pid()
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    return ds;
  }

  /** A setting from the system property {@code name}, else the environment variable named like it. */
  private static String setting(String name) {
    String v = System.getProperty(name, "");
    if (v.isBlank()) {
      v = System.getenv().getOrDefault(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_'), "");
    }
    return v.strip();
  }

  static String postgresUrl() {
    String url = setting("propdesk.postgres.url");
    if (url.isEmpty()) {
      String message = "PostgreSQL tests SKIPPED: set PROPDESK_POSTGRES_URL (or -Dpropdesk.postgres.url), e.g. jdbc:postgresql://127.0.0.1:5432/propdesk";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message.replace("SKIPPED", "cannot be skipped in CI"));
      }
      System.err.println("**** " + message + " ****");
      Assumptions.abort(message);
    }
    return url;
  }

  /** Two independent data sources (two "nodes") on one new in-memory H2 database. */
  static DataSource[] h2Pair() {
    String url = "jdbc:h2:mem:propdesk-pair-" + COUNTER.incrementAndGet() + "-" + ProcessHandle.current().pid()
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    DataSource[] pair = new DataSource[2];
    for (int i = 0; i < 2; i++) {
      org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
      ds.setURL(url);
      pair[i] = ds;
    }
    return pair;
  }

  /** Two independent data sources (two "nodes") on one new schema of the PostgreSQL database. */
  static DataSource[] postgresPair() {
    PGSimpleDataSource first = (PGSimpleDataSource) postgres();
    PGSimpleDataSource second = pg(postgresUrl());
    second.setCurrentSchema(first.getCurrentSchema());
    return new DataSource[] {first, second};
  }

  /** A data source on a new, empty schema of the configured PostgreSQL database. */
  static DataSource postgres() {
    String url = postgresUrl();
    String schema = "pd_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    PGSimpleDataSource admin = pg(url);
    try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema + " on " + url, e);
    }
    PGSimpleDataSource ds = pg(url);
    ds.setCurrentSchema(schema);
    return ds;
  }

  private static PGSimpleDataSource pg(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    String user = setting("propdesk.postgres.user");
    if (!user.isEmpty()) {
      ds.setUser(user);
    }
    String password = setting("propdesk.postgres.password");
    if (!password.isEmpty()) {
      ds.setPassword(password);
    }
    return ds;
  }

  /** Runs one statement outside any PropDesk transaction. */
  static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

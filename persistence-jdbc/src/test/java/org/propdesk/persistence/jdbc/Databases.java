package org.propdesk.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.Arguments;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases for tests: an in-memory H2 database; a new schema in the PostgreSQL database
 * named by {@code -Dpropdesk.postgres.url} (with {@code .user} and {@code .password}), or by the
 * environment variables {@code PROPDESK_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD}; a new
 * database on the MariaDB or MySQL server named likewise by {@code propdesk.mysql.url} ({@code
 * PROPDESK_MYSQL_URL}, e.g. {@code jdbc:mariadb://127.0.0.1:3306/}), created with the server's default
 * collation (usually case-insensitive), as a host's would be.
 *
 * <p>Without a URL the tests of that database are skipped with a loud message, except under CI ({@code
 * CI=true}), where they fail: there they must run.
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

  /** Every database the storage tests run on, for {@code @MethodSource("org.propdesk.persistence.jdbc.Databases#all")}. */
  static Stream<Arguments> all() {
    return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::h2),
        Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::postgres),
        Arguments.of("MariaDB", (Supplier<DataSource>) Databases::mysql));
  }

  static String postgresUrl() {
    return url("PostgreSQL", "propdesk.postgres.url", "jdbc:postgresql://127.0.0.1:5432/propdesk");
  }

  private static String url(String database, String property, String example) {
    String url = setting(property);
    if (url.isEmpty()) {
      String message = database + " tests SKIPPED: set " + property.toUpperCase(java.util.Locale.ROOT).replace('.', '_')
          + " (or -D" + property + "), e.g. " + example;
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

  /** A data source on a new, empty database of the configured MariaDB or MySQL server. */
  static DataSource mysql() {
    String url = url("MariaDB", "propdesk.mysql.url", "jdbc:mariadb://127.0.0.1:3306/");
    String database = "pd_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = mariadb(url).getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + database + " on " + url, e);
    }
    return mariadb(onDatabase(url, database));
  }

  /** The MariaDB or MySQL password configured, empty for none. */
  static String mysqlPassword() {
    return setting("propdesk.mysql.password");
  }

  /** Two independent data sources (two "nodes") on one new database of the MariaDB or MySQL server. */
  static DataSource[] mysqlPair() {
    MariaDbDataSource first = (MariaDbDataSource) mysql();
    MariaDbDataSource second = mariadb(first.getUrl());
    return new DataSource[] {first, second};
  }

  /** {@code url} (jdbc:mariadb://host:port/[db][?options]) with the database {@code database}. */
  private static String onDatabase(String url, String database) {
    int hostStart = url.indexOf("//") + 2;
    int pathStart = url.indexOf('/', hostStart);
    int query = url.indexOf('?', hostStart);
    String base = pathStart < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, pathStart);
    return base + "/" + database + (query < 0 ? "" : url.substring(query));
  }

  private static MariaDbDataSource mariadb(String url) {
    try {
      MariaDbDataSource ds = new MariaDbDataSource(url);
      String user = setting("propdesk.mysql.user");
      ds.setUser(user.isEmpty() ? "root" : user);
      String password = setting("propdesk.mysql.password");
      if (!password.isEmpty()) {
        ds.setPassword(password);
      }
      return ds;
    } catch (SQLException e) {
      throw new IllegalStateException("bad MariaDB URL " + url, e);
    }
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

package org.propdesk.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.propdesk.core.spi.Storage;
import org.propdesk.persistence.jdbc.JdbcStorage;

/**
 * Fresh JDBC storages for the reporting tests: H2 in memory, and PostgreSQL on a new schema of the
 * database {@code PROPDESK_POSTGRES_URL} names (empty when it names none; CI always sets it).
 */
public final class TestStorages {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestStorages() {}

  /** A new H2 in-memory storage. */
  public static Storage h2() {
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL("jdbc:h2:mem:propdesk-report-" + COUNTER.incrementAndGet() + "-" + ProcessHandle.current().pid()
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    return JdbcStorage.create(ds);
  }

  /** A new PostgreSQL storage on a new schema, when a database is configured. */
  public static Optional<Storage> postgres() {
    String url = setting("PROPDESK_POSTGRES_URL");
    if (url.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("PostgreSQL tests cannot be skipped in CI: set PROPDESK_POSTGRES_URL");
      }
      System.err.println("**** PostgreSQL report tests SKIPPED: set PROPDESK_POSTGRES_URL ****");
      return Optional.empty();
    }
    String schema = "pd_report_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = pg(url, null).getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema, e);
    }
    return Optional.of(JdbcStorage.create(pg(url, schema)));
  }

  private static DataSource pg(String url, String schema) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(setting("PROPDESK_POSTGRES_USER").isEmpty() ? "postgres" : setting("PROPDESK_POSTGRES_USER"));
    String password = setting("PROPDESK_POSTGRES_PASSWORD");
    if (!password.isEmpty()) {
      ds.setPassword(password);
    }
    if (schema != null) {
      ds.setCurrentSchema(schema);
    }
    return ds;
  }

  private static String setting(String env) {
    String v = System.getProperty(env.toLowerCase(java.util.Locale.ROOT).replace('_', '.'), "");
    return (v.isBlank() ? System.getenv().getOrDefault(env, "") : v).strip();
  }
}

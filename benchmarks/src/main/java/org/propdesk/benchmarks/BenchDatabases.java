package org.propdesk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the benchmarks run on: a fresh H2 file database, or a fresh PostgreSQL schema, each
 * behind a HikariCP pool, as a host would hand PropDesk its pool.
 */
final class BenchDatabases {
  private BenchDatabases() {}

  /**
   * A fresh database of the kind named: {@code h2} (a file database in a new temporary directory) or
   * {@code postgresql} (a new schema in the database named by {@code PROPDESK_POSTGRES_URL}, user
   * {@code PROPDESK_POSTGRES_USER}).
   */
  static DataSource fresh(String kind, String name) {
    return pooled(unpooled(kind, name), 24, "propdesk-bench-" + kind);
  }

  /** A HikariCP pool of {@code size} connections over {@code ds}, as a host hands PropDesk its pool. */
  static DataSource pooled(DataSource ds, int size, String name) {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setDataSource(ds);
    config.setMaximumPoolSize(size);
    config.setPoolName(name);
    return new com.zaxxer.hikari.HikariDataSource(config);
  }

  private static DataSource unpooled(String kind, String name) {
    switch (kind.toLowerCase(Locale.ROOT)) {
      case "h2" -> {
        Path dir;
        try {
          dir = Files.createTempDirectory("propdesk-bench-");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve(name) + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return ds;
      }
      case "postgresql" -> {
        String url = System.getenv().getOrDefault("PROPDESK_POSTGRES_URL", "");
        if (url.isBlank()) {
          throw new IllegalStateException("set PROPDESK_POSTGRES_URL (and PROPDESK_POSTGRES_USER) to benchmark PostgreSQL,"
              + " or run with -p database=h2");
        }
        PGSimpleDataSource admin = pg(url);
        String schema = "pd_bench_" + name + "_" + ProcessHandle.current().pid();
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
          s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
          throw new IllegalStateException("cannot create schema " + schema, e);
        }
        PGSimpleDataSource ds = pg(url);
        ds.setCurrentSchema(schema);
        return ds;
      }
      default -> throw new IllegalArgumentException("database must be h2 or postgresql, not " + kind);
    }
  }

  private static PGSimpleDataSource pg(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    String user = System.getenv().getOrDefault("PROPDESK_POSTGRES_USER", "");
    if (!user.isBlank()) {
      ds.setUser(user);
    }
    String password = System.getenv().getOrDefault("PROPDESK_POSTGRES_PASSWORD", "");
    if (!password.isBlank()) {
      ds.setPassword(password);
    }
    return ds;
  }
}

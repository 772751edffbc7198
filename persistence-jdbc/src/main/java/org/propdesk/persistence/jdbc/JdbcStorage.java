package org.propdesk.persistence.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.spi.RecordSchema;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.StorageTransaction;

/**
 * The {@link Storage} SPI over JDBC (数据库存储), on H2 (2.2.220+) and PostgreSQL (13+).
 *
 * <p>Each {@link #inTransaction} takes one connection from the host's {@link DataSource}, runs the
 * work with auto-commit off, stores the journal entries (unsealed), and commits; on any failure it rolls back, so
 * nothing is half-written. It runs at the connection's isolation level: READ COMMITTED, the default
 * of both databases, is what PropDesk is built for; a stricter level also works, with more conflicts
 * to retry. A stale save, a duplicate key on a new aggregate, a
 * deadlock or a lock time-out surfaces as {@link StaleVersionException} (retrying helps); any other
 * database failure as {@link JdbcStorageException}. Outbox and timer claims use {@code FOR UPDATE
 * SKIP LOCKED}, so several application nodes can share one database.
 *
 * <p>Thread-safe: any number of threads and processes may run transactions at once. PropDesk never
 * opens a connection pool: give it the host's. Passes {@code org.propdesk.testkit.StorageContract} on
 * H2 and PostgreSQL.
 */
public final class JdbcStorage implements Storage {
  private final DataSource dataSource;
  private final Dialect dialect;
  private final RecordTables tables = new RecordTables();

  private JdbcStorage(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /**
   * Storage on the host's data source, with the schema migrated by Flyway first.
   *
   * @throws JdbcStorageException when the database cannot be reached or migrated
   */
  public static JdbcStorage create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /** Options for storage on the host's data source. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Check.present("dataSource", dataSource));
  }

  /**
   * Embedded H2 in files under {@code directory} (created if missing): the zero-set-up default for the
   * demo and small offices. Needs {@code com.h2database:h2} and Flyway on the class path. The database
   * stays open while the process runs.
   */
  public static JdbcStorage embeddedH2(Path directory) {
    return create(EmbeddedH2.dataSource(Check.present("directory", directory)));
  }

  /** The database this storage talks to: {@code "H2"} or {@code "POSTGRESQL"}. */
  public String database() {
    return dialect.name();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Checks once that the table {@code pd_<type>} exists with a column of a matching kind per
   * declared index field (its procedure's migration made it).
   *
   * @throws IncompatibleSchemaException naming the table or column that is missing or of the wrong kind
   */
  @Override
  public void declare(RecordSchema schema) {
    try (Connection c = dataSource.getConnection()) {
      tables.declare(c, schema);
    } catch (SQLException e) {
      throw translate("check the table of record type " + schema.type(), e);
    }
  }

  @Override
  public <R> R inTransaction(Function<StorageTransaction, R> work) {
    Connection c;
    try {
      c = dataSource.getConnection();
    } catch (SQLException e) {
      throw translate("open a connection", e);
    }
    JdbcTx tx = new JdbcTx(c, dialect, tables);
    boolean autoCommit = true;
    try {
      autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      R result = work.apply(tx);
      tx.flush();
      c.commit();
      return result;
    } catch (SQLException e) {
      rollback(c);
      throw translate("run a transaction", e);
    } catch (RuntimeException | Error e) {
      rollback(c);
      throw e;
    } finally {
      tx.end();
      try {
        // hand the host's pooled connection back as it came
        c.setAutoCommit(autoCommit);
      } catch (SQLException ignored) {
        // the connection is broken; closing it below returns or discards it
      }
      try {
        c.close();
      } catch (SQLException ignored) {
        // nothing more to undo: the transaction has already committed or rolled back
      }
    }
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; the database discards the open transaction itself
    }
  }

  /** Turns a database failure into the core's conflict exception or a {@link JdbcStorageException}. */
  static RuntimeException translate(String what, SQLException e) {
    if (Sql.isConcurrencyConflict(e)) {
      return new StaleVersionException(what, e);
    }
    return new JdbcStorageException("could not " + what + " (SQL state " + e.getSQLState() + ")", e);
  }

  @Override
  public String toString() {
    return "JdbcStorage[" + dialect + "]";
  }

  /** Builds a {@link JdbcStorage}. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private boolean migrate = true;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * The host's DBA applies the scripts under {@code db/propdesk/} (kernel first, then each
     * procedure's folder, in version order, with {@code ${json_type}} replaced by {@code JSONB} on
     * PostgreSQL or {@code CHARACTER LARGE OBJECT} on H2); PropDesk does not run Flyway.
     */
    public Builder schemaManagedByHost() {
      this.migrate = false;
      return this;
    }

    /**
     * Migrates (unless the host manages the schema) and builds.
     *
     * @throws JdbcStorageException when the database cannot be reached, is not supported, or cannot be
     *     migrated; {@link IncompatibleSchemaException} when the database was made by an earlier,
     *     unreleased PropDesk schema
     */
    public JdbcStorage build() {
      Dialect dialect;
      try (Connection c = dataSource.getConnection()) {
        dialect = Dialect.of(c);
      } catch (SQLException e) {
        throw translate("open a connection", e);
      }
      if (migrate) {
        Migrations.migrate(dataSource, dialect);
      }
      return new JdbcStorage(dataSource, dialect);
    }
  }
}

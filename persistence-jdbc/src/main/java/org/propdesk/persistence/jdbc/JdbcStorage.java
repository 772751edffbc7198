package org.propdesk.persistence.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Function;
import javax.sql.DataSource;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.spi.RecordSchema;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.StorageTransaction;

/**
 * The {@link Storage} SPI over JDBC (数据库存储), on H2 (2.2.220+), PostgreSQL (13+) and MySQL-compatible
 * servers (MySQL 8, MariaDB 10.6+).
 *
 * <p><b>Its own transactions</b> (the default): each {@link #inTransaction} takes one connection from the
 * host's {@link DataSource}, runs the work with auto-commit off, stores the journal entries (unsealed),
 * and commits; on any failure it rolls back, so nothing is half-written. It runs at the connection's
 * isolation level: READ COMMITTED, the default of H2 and PostgreSQL, is what PropDesk is built for; a
 * stricter level also works, with more conflicts to retry. On MySQL, whose default is REPEATABLE READ,
 * PropDesk's own transactions run at READ COMMITTED and hand the connection back at its former level.
 *
 * <p><b>The host's transaction</b>: when the calling thread holds one, known through {@link #join} or
 * the builder's {@link Builder#hostTransactions HostTransactions}, the work runs on the host's
 * connection inside a savepoint instead. PropDesk then never commits, never ends the host's
 * transaction and never closes its connection: the host's commit keeps its own writes and PropDesk's
 * together, its rollback discards both. A failed command rolls back to its savepoint, leaving the host's
 * transaction as it was before the command.
 *
 * <p>A stale save, a duplicate key on a new aggregate, a deadlock or a lock time-out surfaces as {@link
 * StaleVersionException} (retrying helps); any other database failure as {@link JdbcStorageException}.
 * Outbox and timer claims use {@code FOR UPDATE SKIP LOCKED}, so several application nodes can share one
 * database.
 *
 * <p>Thread-safe: any number of threads and processes may run transactions at once. PropDesk never
 * opens a connection pool: give it the host's. Passes {@code org.propdesk.testkit.StorageContract} on
 * H2, PostgreSQL and MariaDB.
 *
 * @since 0.1.0
 */
public final class JdbcStorage implements Storage, AutoCloseable {
  private final DataSource dataSource;
  private final Dialect dialect;
  private final HostTransactions host;
  private final RecordTables tables = new RecordTables();
  private final ThreadLocal<Connection> joined = new ThreadLocal<>();
  /** What {@link #close()} releases: the embedded database this storage opened itself, else nothing. */
  private final java.util.concurrent.atomic.AtomicReference<Runnable> release =
      new java.util.concurrent.atomic.AtomicReference<>(() -> { });

  private JdbcStorage(DataSource dataSource, Dialect dialect, HostTransactions host) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.host = host;
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
   * demo and small offices. Needs {@code com.h2database:h2} and Flyway on the class path; pools its
   * sessions with HikariCP when that is there too (recommended: H2's own pool makes every transaction
   * parse its statements again). The database stays open until {@link #close()} or the process ends.
   */
  public static JdbcStorage embeddedH2(Path directory) {
    DataSource ds = EmbeddedH2.dataSource(Check.present("directory", directory));
    JdbcStorage storage;
    try {
      storage = create(ds);
    } catch (RuntimeException e) {
      EmbeddedH2.shutDown(ds);
      throw e;
    }
    storage.release.set(() -> EmbeddedH2.shutDown(ds));
    return storage;
  }

  /**
   * Closes the embedded database this storage opened ({@link #embeddedH2}): its sessions end and its
   * files are released, so that the folder can be deleted or opened afresh in the same process; every
   * other storage created from the same folder fails from then on. A storage on the host's data source
   * leaves it alone: the host closes its own pool. Idempotent.
   */
  @Override
  public void close() {
    release.getAndSet(() -> { }).run();
  }

  /** The database this storage talks to: {@code "H2"}, {@code "POSTGRESQL"} or {@code "MYSQL"} (MySQL or MariaDB). */
  public String database() {
    return dialect.name();
  }

  /**
   * Runs PropDesk's work on the calling thread inside the host's open transaction on {@code connection},
   * until the returned scope is closed (宿主事务): for plain JDBC hosts that manage the connection
   * themselves.
   *
   * <pre>{@code
   * connection.setAutoCommit(false);
   * try (var scope = storage.join(connection)) {
   *   erp.markInvoiceDisputed(connection, invoiceId);   // the host's own write
   *   propdesk.complaints().register(clerk, registration); // PropDesk's, in the same transaction
   * }
   * connection.commit();                                  // or rollback(): both or neither
   * }</pre>
   *
   * <p>The connection must belong to a database of the same kind as this storage's data source, with
   * PropDesk's tables; it must have auto-commit off. The host commits, rolls back and closes it.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code connection} when it is null,
   *     closed or in auto-commit mode
   * @throws IllegalStateException when the thread has already joined a connection
   */
  public JoinedTransaction join(Connection connection) {
    Check.present("connection", connection);
    try {
      Check.that(!connection.isClosed(), "connection", "must be open");
      Check.that(!connection.getAutoCommit(), "connection",
          "must have auto-commit off: a connection in auto-commit mode holds no transaction to join");
    } catch (SQLException e) {
      throw translate("inspect the host's connection", e);
    }
    if (joined.get() != null) {
      throw new IllegalStateException("this thread has already joined a host transaction; close that scope first");
    }
    joined.set(connection);
    return new JoinedTransaction(this, connection);
  }

  /**
   * The scope of a {@link #join}: while open, PropDesk's work on this thread runs in the host's
   * transaction. Close it on the thread that opened it. Closing never commits. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class JoinedTransaction implements AutoCloseable {
    private final JdbcStorage storage;
    private final Connection connection;

    private JoinedTransaction(JdbcStorage storage, Connection connection) {
      this.storage = storage;
      this.connection = connection;
    }

    /** Ends the scope: later work on this thread runs in PropDesk's own transactions again. Idempotent. */
    @Override
    public void close() {
      if (storage.joined.get() == connection) {
        storage.joined.remove();
      }
    }
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
      tables.declare(c, dialect, schema);
    } catch (SQLException e) {
      throw translate("check the table of record type " + schema.type(), e);
    }
  }

  @Override
  public <R> R inTransaction(Function<StorageTransaction, R> work) {
    Connection joinedConnection = joined.get();
    if (joinedConnection != null) {
      return inHostTransaction(joinedConnection, work);
    }
    Connection hostConnection;
    try {
      hostConnection = host.currentConnection();
    } catch (SQLException e) {
      throw translate("find the host's transaction", e);
    }
    if (hostConnection == null) {
      return inOwnTransaction(work);
    }
    try {
      return inHostTransaction(hostConnection, work);
    } finally {
      host.release(hostConnection);
    }
  }

  /** Runs {@code work} in a savepoint of the host's transaction on {@code c}; never commits or closes. */
  private <R> R inHostTransaction(Connection c, Function<StorageTransaction, R> work) {
    Savepoint savepoint;
    try {
      if (c.getAutoCommit()) {
        throw new IllegalStateException("the host's connection is in auto-commit mode: there is no transaction to join");
      }
      savepoint = c.setSavepoint();
    } catch (SQLException e) {
      throw translate("open a savepoint in the host's transaction", e);
    }
    JdbcTx tx = new JdbcTx(c, dialect, tables);
    try {
      R result = work.apply(tx);
      tx.flush();
      release(c, savepoint);
      return result;
    } catch (SQLException e) {
      rollback(c, savepoint);
      throw translate("run a command in the host's transaction", e);
    } catch (RuntimeException | Error e) {
      rollback(c, savepoint);
      throw e;
    } finally {
      tx.end();
    }
  }

  private static void release(Connection c, Savepoint savepoint) throws SQLException {
    try {
      c.releaseSavepoint(savepoint);
    } catch (java.sql.SQLFeatureNotSupportedException ignored) {
      // the savepoint ends with the host's transaction
    }
  }

  private static void rollback(Connection c, Savepoint savepoint) {
    try {
      c.rollback(savepoint);
    } catch (SQLException ignored) {
      // the host's transaction is broken; its own rollback discards everything
    }
  }

  private <R> R inOwnTransaction(Function<StorageTransaction, R> work) {
    Connection c;
    try {
      c = dataSource.getConnection();
    } catch (SQLException e) {
      throw translate("open a connection", e);
    }
    JdbcTx tx = new JdbcTx(c, dialect, tables);
    boolean autoCommit = true;
    int isolation = -1;
    try {
      autoCommit = c.getAutoCommit();
      java.util.OptionalInt needed = dialect.ownTransactionIsolation();
      if (needed.isPresent() && c.getTransactionIsolation() != needed.getAsInt()) {
        isolation = c.getTransactionIsolation();
        c.setTransactionIsolation(needed.getAsInt());
      }
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
        if (isolation >= 0) {
          c.setTransactionIsolation(isolation);
        }
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
    private HostTransactions host = HostTransactions.none();

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * The host's DBA applies the scripts under {@code db/propdesk/} (kernel first, then each
     * procedure's folder, in version order, with the five placeholders the kernel script's header
     * lists replaced by the database's text, e.g. {@code ${instant}} by {@code TIMESTAMP WITH TIME
     * ZONE}, or {@code DATETIME(6)} on MySQL); PropDesk does not run Flyway.
     */
    public Builder schemaManagedByHost() {
      this.migrate = false;
      return this;
    }

    /**
     * Joins the host's transactions: whenever {@code host} gives a connection for the calling thread,
     * PropDesk's work runs in it (in a savepoint) instead of a transaction of its own. See {@link
     * HostTransactions}.
     */
    public Builder hostTransactions(HostTransactions host) {
      this.host = Check.present("host", host);
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
      return new JdbcStorage(dataSource, dialect, host);
    }
  }
}

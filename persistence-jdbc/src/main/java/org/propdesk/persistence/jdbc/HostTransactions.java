package org.propdesk.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Where {@link JdbcStorage} finds a transaction the host already holds (宿主事务), so that a PropDesk
 * command and the host's own writes commit or roll back together. A framework adapter implements it:
 * the Spring Boot starter's one returns the connection of the Spring transaction active on the calling
 * thread. {@link JdbcStorage#join(Connection)} covers plain JDBC hosts without implementing it.
 *
 * <p>While a host transaction is active, PropDesk runs its work on the host's connection inside a
 * savepoint: it never commits, never rolls back the host's transaction, never changes its auto-commit
 * or isolation, and never closes the connection. A failed command is rolled back to its savepoint, so
 * the host's transaction holds none of it and may go on. Outside a host transaction ({@link
 * #currentConnection()} returns {@code null}) PropDesk takes its own connection and commits itself.
 *
 * <p>Implementations must be thread-safe: {@link #currentConnection()} is called on the thread that runs
 * the command.
 *
 * @since 0.1.0
 */
public interface HostTransactions {
  /**
   * The connection of the host's transaction active on the calling thread, or {@code null} when there
   * is none (PropDesk then runs and commits its own transaction).
   *
   * @throws SQLException when the host's transaction manager cannot give its connection
   */
  @Nullable Connection currentConnection() throws SQLException;

  /**
   * Hands back a connection that {@link #currentConnection()} returned, once PropDesk's work in it is
   * done (a Spring adapter releases its reference; the transaction stays open). The default does
   * nothing.
   */
  default void release(Connection connection) {}

  /** No host transactions: PropDesk always runs its own. */
  static HostTransactions none() {
    return () -> null;
  }
}

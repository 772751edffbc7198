package org.propdesk.persistence.jdbc;

/**
 * The database failed (数据库错误): a connection dropped, a statement was refused, the schema is
 * missing. The transaction was rolled back, so nothing of it was kept. The message names the operation
 * and the SQL state, never row data. Immutable.
 *
 * @since 0.1.0
 */
public class JdbcStorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps a cause. */
  public JdbcStorageException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Without a cause. */
  public JdbcStorageException(String message) {
    super(message);
  }
}

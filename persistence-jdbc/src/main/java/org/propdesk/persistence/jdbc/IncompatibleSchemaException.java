package org.propdesk.persistence.jdbc;

/**
 * The database's PropDesk tables do not match what this version of PropDesk needs (数据库结构不符):
 * a record type's table or column is missing or of the wrong kind, or the database was made by an
 * earlier, unreleased schema that cannot be upgraded. The message names what is wrong and what to do.
 * Nothing was written. Thread-safe (immutable).
 *
 * @since 0.1.0
 */
public final class IncompatibleSchemaException extends JdbcStorageException {
  private static final long serialVersionUID = 1L;

  /** An incompatibility, described. */
  public IncompatibleSchemaException(String message) {
    super(message);
  }

  /** An incompatibility, described, found through {@code cause}. */
  public IncompatibleSchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.propdesk.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.propdesk.persistence.jdbc.IncompatibleSchemaException;
import org.propdesk.persistence.jdbc.JdbcStorage;

/**
 * The databases the demo's {@code --db} option can name (演示数据库), and the checks of its folders: H2,
 * PostgreSQL, MariaDB and MySQL by JDBC URL, pooled with HikariCP, PropDesk's tables created or migrated
 * on first use. Stateless.
 */
final class DemoDatabase {
  private static final int MAX_URL = 2000;

  private DemoDatabase() {}

  /** The database could not be opened: unreachable, refused the user, or the migration failed. */
  static final class CannotOpen extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotOpen(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** What is wrong with {@code url} as a demo database, or empty when it names one the demo can open. */
  static Optional<String> check(String url) {
    if (url.isBlank()) {
      return Optional.of("must be a JDBC URL, not empty");
    }
    if (url.length() > MAX_URL || url.chars().anyMatch(Character::isISOControl)) {
      return Optional.of("must be one line of at most " + MAX_URL + " characters");
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:postgresql:") || lower.startsWith("jdbc:mariadb:")
        || lower.startsWith("jdbc:mysql:"))) {
      return Optional.of("must be a JDBC URL of H2, PostgreSQL, MariaDB or MySQL, e.g. jdbc:postgresql://127.0.0.1:5432/propdesk,"
          + " not '" + describe(url) + "'");
    }
    return Optional.empty();
  }

  /** {@code url} without what may hold a password: its parameters and any {@code user:password@}. */
  static String describe(String url) {
    String s = url.replaceAll("//[^/@?;]*@", "//");
    int cut = s.length();
    for (char c : new char[] {'?', ';'}) {
      int i = s.indexOf(c, "jdbc:".length());
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    return s.substring(0, cut) + (cut < s.length() ? "…" : "");
  }

  /** Storage on a database the demo opened, and the pool to close when the run ends. */
  record Opened(JdbcStorage storage, AutoCloseable pool) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      pool.close();
    }
  }

  /**
   * Opens PropDesk's storage on the database at {@code url}.
   *
   * @throws CannotOpen when the database cannot be reached or its tables cannot be made
   * @throws IncompatibleSchemaException when it holds tables of an earlier PropDesk
   */
  static Opened open(String url, Optional<String> user, Optional<String> password) {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setJdbcUrl(url);
    user.ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    config.setPoolName("propdesk-demo");
    config.setMaximumPoolSize(4);
    config.setConnectionTimeout(5_000);
    com.zaxxer.hikari.HikariDataSource pool;
    try {
      pool = new com.zaxxer.hikari.HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new CannotOpen(rootMessage(e), e);
    }
    try {
      return new Opened(JdbcStorage.create(pool), pool);
    } catch (IncompatibleSchemaException e) {
      pool.close();
      throw e;
    } catch (RuntimeException e) {
      pool.close();
      throw new CannotOpen(rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return org.propdesk.core.common.Redaction.scrub(message.strip(), 300);
  }

  /**
   * What stops the demo writing into {@code folder} (created if missing), or empty when it can: a file
   * in its way, a read-only place.
   */
  static Optional<String> writableFolder(Path folder) {
    try {
      Files.createDirectories(folder);
      Path probe = Files.createTempFile(folder, ".propdesk-", ".probe");
      Files.delete(probe);
      return Optional.empty();
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return Optional.of("a file is in the way: " + e.getFile());
    } catch (IOException | SecurityException e) {
      return Optional.of(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }
}

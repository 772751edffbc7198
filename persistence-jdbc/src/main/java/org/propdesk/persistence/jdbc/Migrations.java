package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs PropDesk's migrations with Flyway, in its own history table {@value #HISTORY_TABLE} so that it
 * never collides with the host's. A schema that already holds the host's tables is baselined at
 * version 0, then migrated; migrating twice is a no-op. Migrations live in one folder per procedure
 * under {@code db/propdesk/} (the kernel's in {@code kernel/}); a procedure added later brings its own
 * version number, and {@code outOfOrder} lets it apply to a database that already has higher ones.
 *
 * <p>A database made by the unreleased 0.1 layout (a table per complaint list, before the record
 * store) cannot be upgraded: it is refused with {@link IncompatibleSchemaException}, before anything is
 * written.
 */
final class Migrations {
  static final String HISTORY_TABLE = "propdesk_schema_history";
  static final String LOCATION = "classpath:db/propdesk";
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  static void migrate(DataSource ds, Dialect dialect) {
    rejectUnreleasedSchema(ds, dialect);
    try {
      Class.forName("org.flywaydb.core.Flyway");
    } catch (ClassNotFoundException e) {
      throw new JdbcStorageException("Flyway is not on the class path: add org.flywaydb:flyway-core (and"
          + " flyway-database-postgresql for PostgreSQL, flyway-mysql for MySQL and MariaDB), or apply the scripts under"
          + " db/propdesk/ yourself and build with JdbcStorage.builder(ds).schemaManagedByHost()");
    }
    org.flywaydb.core.api.output.MigrateResult result;
    try {
      result = configure(ds, dialect).load().migrate();
    } catch (org.flywaydb.core.api.exception.FlywayValidateException e) {
      if (String.valueOf(e.getMessage()).contains("checksum mismatch")) {
        throw new IncompatibleSchemaException("this database was made by an earlier PropDesk 0.1.0-SNAPSHOT whose"
            + " scripts have since changed (they became portable to MySQL before the first release); start a fresh database"
            + " (the demo: --fresh, which deletes ./propdesk-data), or drop its pd_* tables and " + HISTORY_TABLE, e);
      }
      throw e;
    }
    LOG.info("propdesk schema migrated: {} migration(s) applied, now at version {}", result.migrationsExecuted,
        result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion);
  }

  /** Flyway, configured for PropDesk's scripts on {@code dialect}: its own history table and placeholders. */
  static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource ds, Dialect dialect) {
    return org.flywaydb.core.Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(ds)
        .table(HISTORY_TABLE)
        .locations(LOCATION)
        .placeholders(dialect.placeholders)
        .outOfOrder(true)
        .baselineOnMigrate(true)
        .baselineVersion("0");
  }

  /** Refuses a database whose history names the unreleased 0.1 layout's first script. */
  private static void rejectUnreleasedSchema(DataSource ds, Dialect dialect) {
    try (java.sql.Connection c = ds.getConnection()) {
      if (!hasHistoryTable(c, dialect)) {
        return; // a new database, or one that only holds the host's tables
      }
      try (java.sql.Statement st = c.createStatement();
          java.sql.ResultSet rs = st.executeQuery(dialect.quoteIdentifiers(
              "SELECT COUNT(*) FROM \"" + HISTORY_TABLE + "\" WHERE \"script\" LIKE '%complaints_journal_outbox_timers%'"))) {
        if (rs.next() && rs.getLong(1) > 0) {
          throw new IncompatibleSchemaException("this database was made by PropDesk 0.1-SNAPSHOT's unreleased schema"
              + " (complaints in table-per-list form), which this version cannot read or upgrade; start a fresh database"
              + " (the demo: -Dexec.args=--fresh, which deletes ./propdesk-data), or drop its pd_* tables and "
              + HISTORY_TABLE);
        }
      }
    } catch (java.sql.SQLException e) {
      // the history table is another schema's (PostgreSQL's metadata looks in every schema): none here
    }
  }

  /** Whether the history table exists, asked of the metadata (a failed query would log a server error). */
  private static boolean hasHistoryTable(java.sql.Connection c, Dialect dialect) throws java.sql.SQLException {
    try (java.sql.ResultSet tables = c.getMetaData().getTables(dialect.metadataCatalog(c), null,
        HISTORY_TABLE, null)) {
      return tables.next();
    }
  }
}

package org.propdesk.persistence.jdbc;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs PropDesk's migrations with Flyway, in its own history table {@value #HISTORY_TABLE} so that it
 * never collides with the host's. A schema that already holds the host's tables is baselined at
 * version 0, then migrated; an old PropDesk schema is upgraded in place; migrating twice is a no-op.
 */
final class Migrations {
  static final String HISTORY_TABLE = "propdesk_schema_history";
  static final String LOCATION = "classpath:db/propdesk/common";
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  static void migrate(DataSource ds) {
    try {
      Class.forName("org.flywaydb.core.Flyway");
    } catch (ClassNotFoundException e) {
      throw new JdbcStorageException("Flyway is not on the class path: add org.flywaydb:flyway-core (and"
          + " flyway-database-postgresql for PostgreSQL), or apply the scripts in db/propdesk/common yourself and"
          + " build with JdbcStorage.builder(ds).schemaManagedByHost()");
    }
    var result = org.flywaydb.core.Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(ds)
        .table(HISTORY_TABLE)
        .locations(LOCATION)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    LOG.info("propdesk schema migrated: {} migration(s) applied, now at version {}", result.migrationsExecuted,
        result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion);
  }
}

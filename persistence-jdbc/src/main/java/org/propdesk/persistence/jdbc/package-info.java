/**
 * JDBC storage (数据库存储): the {@link org.propdesk.core.spi.Storage} SPI over plain JDBC, on embedded
 * H2 and PostgreSQL, with Flyway migrations in their own history table ({@code
 * propdesk_schema_history}).
 *
 * <p>Entry points: {@link org.propdesk.persistence.jdbc.JdbcStorage#create(javax.sql.DataSource)} for
 * the host's {@code DataSource} (PropDesk never opens a pool of its own), and {@link
 * org.propdesk.persistence.jdbc.JdbcStorage#embeddedH2(java.nio.file.Path)} for the demo and small
 * installs. Tables are prefixed {@code pd_}. Everything a command writes (the aggregate, its history
 * rows, the journal entry, outbox rows and timers) commits in one database transaction. Nothing is
 * {@code null} unless annotated {@code @Nullable}.
 */
@NullMarked
package org.propdesk.persistence.jdbc;

import org.jspecify.annotations.NullMarked;

package org.propdesk.spring.boot.starter;

import java.sql.Connection;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.persistence.jdbc.HostTransactions;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring's transactions as PropDesk's {@link HostTransactions} (Spring 事务): while a Spring transaction
 * (e.g. {@code @Transactional} under {@code DataSourceTransactionManager} or {@code
 * JpaTransactionManager}) holds a connection of the data source on the calling thread, PropDesk's work
 * runs in it, in a savepoint; otherwise PropDesk commits its own. It never wraps the data source in
 * {@code TransactionAwareDataSourceProxy}, whose connections would let PropDesk commit the host's
 * transaction half-way.
 *
 * <p>Immutable and thread-safe; never null-returning except where annotated.
 *
 * @since 0.1.0
 */
public final class SpringTransactions implements HostTransactions {
  private final DataSource dataSource;

  /** Joins Spring transactions on {@code dataSource}, the same instance the transaction manager uses. */
  public SpringTransactions(DataSource dataSource) {
    this.dataSource = Check.present("dataSource", dataSource);
  }

  /**
   * The connection of the Spring transaction active on this thread, when that transaction holds one of
   * this data source; {@code null} otherwise (no transaction, or one on another resource only).
   */
  @Override
  public @Nullable Connection currentConnection() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || TransactionSynchronizationManager.getResource(dataSource) == null) {
      return null;
    }
    return DataSourceUtils.getConnection(dataSource);
  }

  /** Releases PropDesk's use of the transaction's connection; the transaction stays open. */
  @Override
  public void release(Connection connection) {
    DataSourceUtils.releaseConnection(connection, dataSource);
  }

  @Override
  public String toString() {
    return "SpringTransactions[" + dataSource.getClass().getSimpleName() + "]";
  }
}

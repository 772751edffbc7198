package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.JournalHead;
import org.propdesk.testkit.Fixtures;

/**
 * A seal run inside a host's REPEATABLE READ transaction whose snapshot predates another node's seal
 * (封存与旧快照): it sees the entries as still unsealed, but must not chain them a second time and move
 * the head past the chain. It fails as a conflict (or seals nothing), and the chain still verifies.
 */
class SealingInAHostsOlderSnapshotTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void aSealThatSeesEntriesAnotherSealChainedSinceItsSnapshotBeganNeverForksTheChain(String name, Supplier<DataSource> database)
      throws SQLException {
    DataSource ds = database.get();
    JdbcStorage storage = JdbcStorage.create(ds);
    Instant at = Instant.parse("2026-03-02T01:00:00Z");
    storage.inTransaction(tx -> {
      for (int i = 1; i <= 2; i++) {
        tx.journal().append(new JournalDraft(Fixtures.OFFICE_1, at, "S-1", "Item", "I-" + i, "CREATE", "", "OPEN", "{}"));
      }
      return null;
    });

    Optional<RuntimeException> refused;
    long sealedByHost = 0;
    try (Connection host = ds.getConnection()) {
      host.setAutoCommit(false);
      host.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try (Statement st = host.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pd_journal_entry")) {
        rs.next(); // the host's snapshot begins here, with both entries unsealed
      }
      long sealedByOther = storage.inTransaction(tx -> tx.journal().seal(Fixtures.OFFICE_1));
      assertThat(sealedByOther).as("another node seals both").isEqualTo(2);
      try (var scope = storage.join(host)) {
        sealedByHost = storage.inTransaction(tx -> tx.journal().seal(Fixtures.OFFICE_1));
        refused = Optional.empty();
      } catch (StaleVersionException e) {
        refused = Optional.of(e);
      } finally {
        host.rollback();
      }
    }

    System.out.printf("%s: the host's seal %s%n", name, refused.map(e -> "failed: " + e.getMessage()).orElse("sealed " + sealedByHost));
    assertThat(sealedByHost).as("nothing is chained twice").isZero();
    JournalHead head = storage.inTransaction(tx -> tx.journal().head(Fixtures.OFFICE_1));
    assertThat(head.seq()).isEqualTo(2);
    boolean intact = storage.inTransaction(tx -> tx.journal().verify(Fixtures.OFFICE_1)).intact();
    assertThat(intact).isTrue();
  }
}

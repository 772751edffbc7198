package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;

/** The embedded H2 default (内嵌数据库): its files, its pool and what a second opening sees. */
class EmbeddedH2Test {
  @TempDir Path folder;

  private PropDesk desk(JdbcStorage storage, String idPrefix) {
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    return PropDesk.builder().clock(clock).ids(IdSource.prefixed(idPrefix)).storage(storage)
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).build();
  }

  @Test
  void aComplaintRegisteredOnTheEmbeddedDatabaseIsThereWhenTheFolderIsOpenedAgain() {
    JdbcStorage first = JdbcStorage.embeddedH2(folder.resolve("data"));
    Complaint c = desk(first, "a").complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build())
        .orElseThrow();

    JdbcStorage again = JdbcStorage.embeddedH2(folder.resolve("data"));

    assertThat(again.database()).isEqualTo("H2");
    assertThat(desk(again, "b").complaints().find(Fixtures.director(OFFICE_1), c.id())).contains(c);
    assertThat(folder.resolve("data").resolve("propdesk.mv.db")).exists();
  }

  @Test
  void closingTheEmbeddedStorageReleasesItsFolderSoThatItCanBeDeletedAndStartedAfreshInTheSameProcess() throws Exception {
    Path data = folder.resolve("data");
    JdbcStorage first = JdbcStorage.embeddedH2(data);
    Complaint c = desk(first, "a").complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build())
        .orElseThrow();
    first.close();
    first.close(); // idempotent
    try (var files = java.nio.file.Files.walk(data)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    }

    try (JdbcStorage afresh = JdbcStorage.embeddedH2(data)) {
      assertThat(desk(afresh, "b").complaints().find(Fixtures.director(OFFICE_1), c.id())).isEmpty();
    }
  }

  @Test
  void closingAStorageOnTheHostsDataSourceLeavesThePoolOpen() throws Exception {
    DataSource ds = Databases.h2();
    JdbcStorage storage = JdbcStorage.create(ds);
    storage.close();
    try (Connection c = ds.getConnection()) {
      assertThat(c.isValid(1)).isTrue();
    }
    assertThat(desk(storage, "c").complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 2).build())
        .isAccepted()).isTrue();
  }

  @Test
  void theEmbeddedPoolHandsOutSessionsThatKeepTheirParsedStatementsAfterACommit() throws Exception {
    // H2's own pool rolls each session back when it hands it out, which empties the session's cache of
    // parsed statements; with HikariCP on the class path the embedded pool is HikariCP, which does not
    DataSource ds = EmbeddedH2.dataSource(folder.resolve("pool"));
    assertThat(ds.getClass().getName()).isEqualTo("com.zaxxer.hikari.HikariDataSource");
    Object first = commandOfAQueryRunIn(ds);
    Object second = commandOfAQueryRunIn(ds);
    assertThat(second).as("the parsed statement the second transaction used").isSameAs(first);
  }

  private static Object commandOfAQueryRunIn(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Object command;
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 + ? FROM INFORMATION_SCHEMA.SCHEMATA WHERE 1 = 0")) {
        ps.setInt(1, 1);
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isFalse();
        }
        java.lang.reflect.Field field = org.h2.jdbc.JdbcPreparedStatement.class.getDeclaredField("command");
        field.setAccessible(true);
        command = field.get(ps.unwrap(org.h2.jdbc.JdbcPreparedStatement.class));
      }
      c.commit();
      return command;
    }
  }
}

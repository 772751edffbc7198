package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.IndexField;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.RecordSchema;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.StoredRecord;

/**
 * The contract of the {@link org.propdesk.core.spi.RecordStore} port (记录存储契约测试): versioned JSON
 * records with declared index fields, optimistic concurrency, and the query semantics of {@link
 * RecordQuery}. It names no procedure: it uses a record type of its own, {@link #ITEMS}
 * ({@code contract_item}).
 *
 * <p>A store keyed by tables must hold that type before the suite runs; for {@code JdbcStorage} the
 * table is {@link #ITEMS_TABLE_DDL} (with {@code ${json_type}} replaced). The returned document must
 * be an equivalent JSON object: whitespace and key order may differ (PostgreSQL's {@code jsonb}
 * normalises both). Text index values are compared and sorted by the store; the suite uses ASCII
 * values on which every collation agrees.
 *
 * <p>Each test gets a new, empty storage from {@link #newStorage()}.
 */
public interface RecordStoreContract {
  /** The suite's own record type. */
  RecordSchema ITEMS = RecordSchema.of("contract_item",
      IndexField.text("state"), IndexField.text("owner_id"), IndexField.instant("opened_at"), IndexField.instant("closed_at"),
      IndexField.date("due_day"), IndexField.number("amount"), IndexField.flag("urgent"));

  /** The table {@link #ITEMS} needs on a SQL store, as H2 and PostgreSQL take it. */
  String ITEMS_TABLE_DDL = "CREATE TABLE pd_contract_item (id VARCHAR(64) NOT NULL PRIMARY KEY,"
      + " office_id VARCHAR(64) NOT NULL, version BIGINT NOT NULL, document ${json_type} NOT NULL,"
      + " state VARCHAR(200), owner_id VARCHAR(200), opened_at TIMESTAMP WITH TIME ZONE, closed_at TIMESTAMP WITH TIME ZONE,"
      + " due_day DATE, amount BIGINT, urgent BOOLEAN)";

  /** A new, empty storage that can hold {@link #ITEMS}. */
  Storage newStorage();

  // ------------------------------------------------------------------ helpers

  private Storage items() {
    Storage s = newStorage();
    s.declare(ITEMS);
    return s;
  }

  /** The suite's reference instant. */
  Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private static StoredRecord item(String id, OfficeId office, long version, Map<String, Object> index) {
    return new StoredRecord("contract_item", id, office, version,
        "{\"id\":\"" + id + "\",\"v\":" + version + ",\"phone\":\"13800135678\",\"note\":\"业主说：灯坏了 \\u2014 ok\"}", index);
  }

  private static Map<String, Object> index(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static void save(Storage s, StoredRecord r, long expected) {
    s.inTransaction(tx -> {
      tx.records().save(r, expected);
      return null;
    });
  }

  private static Optional<StoredRecord> load(Storage s, String id) {
    return s.inTransaction(tx -> tx.records().find("contract_item", id));
  }

  private static List<String> ids(Storage s, RecordQuery q) {
    return s.inTransaction(tx -> tx.records().query(q)).stream().map(StoredRecord::id).toList();
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void assertSameRecord(StoredRecord actual, StoredRecord expected) {
    assertThat(actual.type()).isEqualTo(expected.type());
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.office()).isEqualTo(expected.office());
    assertThat(actual.version()).isEqualTo(expected.version());
    assertThat(json(actual.document())).isEqualTo(json(expected.document()));
    assertThat(actual.index()).isEqualTo(expected.index());
  }

  /** Five items of office 1 and one of office 2, for the query tests. */
  private Storage fiveItems() {
    Storage s = items();
    OfficeId o1 = Fixtures.OFFICE_1;
    save(s, item("i1", o1, 1, index("state", "OPEN", "owner_id", "P1", "opened_at", T0, "amount", 10L, "urgent", true,
        "due_day", LocalDate.of(2026, 3, 1))), 0);
    save(s, item("i2", o1, 1, index("state", "OPEN", "owner_id", "P2", "opened_at", T0.plusSeconds(60), "amount", 20L,
        "due_day", LocalDate.of(2026, 3, 2))), 0);
    save(s, item("i3", o1, 1, index("state", "CLOSED", "owner_id", "P1", "opened_at", T0.plusSeconds(120),
        "closed_at", T0.plusSeconds(3600), "amount", 30L, "urgent", false)), 0);
    save(s, item("i4", o1, 1, index("state", "CLOSED", "owner_id", "P2", "opened_at", T0.plusSeconds(60),
        "closed_at", T0.plusSeconds(7200))), 0);
    save(s, item("i5", o1, 1, index("state", "DRAFT")), 0);
    save(s, item("j1", Fixtures.OFFICE_2, 1, index("state", "OPEN", "owner_id", "P1", "opened_at", T0)), 0);
    return s;
  }

  private static RecordQuery.Builder q() {
    return RecordQuery.of("contract_item");
  }

  // ------------------------------------------------------------------ round trips and versions

  @Test
  default void aRecordIsReadBackWithItsDocumentAndIndexValues() {
    Storage s = items();
    StoredRecord r = item("i-rt", Fixtures.OFFICE_1, 1, index("state", "OPEN", "owner_id", "P1", "opened_at", T0,
        "due_day", LocalDate.of(2026, 3, 9), "amount", 12_345L, "urgent", true));
    save(s, r, 0);
    assertSameRecord(load(s, "i-rt").orElseThrow(), r);
    StoredRecord r2 = item("i-rt", Fixtures.OFFICE_1, 2, index("state", "CLOSED", "closed_at", T0.plusMillis(1)));
    save(s, r2, 1);
    assertSameRecord(load(s, "i-rt").orElseThrow(), r2);
    assertThat(load(s, "i-none")).isEmpty();
  }

  @Test
  default void declaringTheSameTypeTwiceIsANoOpAndOtherFieldsAreRefused() {
    Storage s = items();
    s.declare(ITEMS);
    assertThatThrownBy(() -> s.declare(RecordSchema.of("contract_item", IndexField.text("state"), IndexField.text("colour"))))
        .isInstanceOf(RuntimeException.class);
    save(s, item("i-d", Fixtures.OFFICE_1, 1, index("state", "OPEN")), 0);
    assertThat(load(s, "i-d")).isPresent();
  }

  @Test
  default void anUndeclaredTypeOrIndexFieldOrAValueOfTheWrongKindIsRefusedAndNothingIsWritten() {
    Storage s = items();
    assertThatThrownBy(() -> s.inTransaction(tx -> tx.records().find("never_declared", "x")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("never_declared");
    assertThatThrownBy(() -> save(s, item("i-u", Fixtures.OFFICE_1, 1, index("colour", "red")), 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> save(s, item("i-k", Fixtures.OFFICE_1, 1, index("amount", "ten")), 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> ids(s, q().eq("colour", "red").build()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> ids(s, q().atLeast("opened_at", "yesterday").build()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("opened_at");
    assertThat(load(s, "i-u")).isEmpty();
    assertThat(load(s, "i-k")).isEmpty();
  }

  @Test
  default void instantsAreKeptToTheMillisecondAndEveryStagedSaveIsChecked() {
    Storage s = items();
    save(s, item("i-ms", Fixtures.OFFICE_1, 1, index("opened_at", T0.plusNanos(1_234_567))), 0);
    assertThat(load(s, "i-ms").orElseThrow().index()).containsEntry("opened_at", T0.plusMillis(1));
    assertThat(ids(s, q().eq("opened_at", T0.plusMillis(1)).build())).containsExactly("i-ms");
    assertThat(ids(s, q().eq("opened_at", T0.plusNanos(1_999_999)).build())).containsExactly("i-ms");
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.records().save(item("i-ms", Fixtures.OFFICE_1, 2, index("state", "A")), 1);
      tx.records().save(item("i-ms", Fixtures.OFFICE_1, 3, index("colour", "red")), 2);
      return null;
    })).isInstanceOf(InvalidInputException.class).hasMessageContaining("colour");
    assertThat(load(s, "i-ms").orElseThrow().version()).isEqualTo(1);
  }

  @Test
  default void aStaleSaveFailsWithStaleVersionAndChangesNothing() {
    Storage s = items();
    save(s, item("i-st", Fixtures.OFFICE_1, 1, index("state", "OPEN")), 0);
    save(s, item("i-st", Fixtures.OFFICE_1, 2, index("state", "A")), 1);
    assertThatThrownBy(() -> save(s, item("i-st", Fixtures.OFFICE_1, 2, index("state", "B")), 1))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> save(s, item("i-st", Fixtures.OFFICE_1, 1, index("state", "C")), 0))
        .as("creating an id that exists").isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> save(s, item("i-missing", Fixtures.OFFICE_1, 4, index()), 3))
        .as("changing a record that does not exist").isInstanceOf(StaleVersionException.class);
    assertThat(load(s, "i-st").orElseThrow().index()).containsEntry("state", "A");
    assertThat(load(s, "i-missing")).isEmpty();
  }

  @Test
  default void aVersionThatIsNotExpectedPlusOneOrAMoveToAnotherOfficeIsRefused() {
    Storage s = items();
    assertThatThrownBy(() -> save(s, item("i-vv", Fixtures.OFFICE_1, 7, index()), 5)).isInstanceOf(IllegalArgumentException.class);
    save(s, item("i-vv", Fixtures.OFFICE_1, 1, index()), 0);
    assertThatThrownBy(() -> save(s, item("i-vv", Fixtures.OFFICE_2, 2, index()), 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(load(s, "i-vv").orElseThrow().office()).isEqualTo(Fixtures.OFFICE_1);
    assertThat(load(s, "i-vv").orElseThrow().version()).isEqualTo(1);
  }

  @Test
  default void twoWritersOfOneVersionExactlyOneCommits() throws Exception {
    Storage s = items();
    save(s, item("i-tw", Fixtures.OFFICE_1, 1, index("amount", 0L)), 0);
    CyclicBarrier bothLoaded = new CyclicBarrier(2);
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger stale = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        long amount = i;
        fs.add(pool.submit(() -> {
          try {
            s.inTransaction(tx -> {
              StoredRecord loaded = tx.records().find("contract_item", "i-tw").orElseThrow();
              try {
                bothLoaded.await(2, TimeUnit.SECONDS);
              } catch (Exception e) {
                // a store that serialises transactions lets the second reader wait: go on without the barrier
              }
              tx.records().save(item("i-tw", Fixtures.OFFICE_1, loaded.version() + 1, index("amount", amount)), loaded.version());
              return null;
            });
            ok.incrementAndGet();
          } catch (StaleVersionException e) {
            stale.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ok.get() + stale.get()).isEqualTo(2);
    assertThat(load(s, "i-tw").orElseThrow().version()).isEqualTo(1 + ok.get());
    assertThat(ok.get()).as("a serialising store may let both commit, one after the other, only if the second"
        + " re-read the first's version").isBetween(1, 2);
  }

  // ------------------------------------------------------------------ queries

  @Test
  default void equalityAndSetConditionsAndTheOfficeNarrowTheResult() {
    Storage s = fiveItems();
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).eq("owner_id", "P1").build())).containsExactly("i1", "i3");
    assertThat(ids(s, q().eq("owner_id", "P1").build())).as("every office").containsExactly("i1", "i3", "j1");
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).in("state", List.of("OPEN", "DRAFT")).build()))
        .containsExactly("i1", "i2", "i5");
    assertThat(ids(s, q().office(Fixtures.OFFICE_2).eq("owner_id", "P2").build())).isEmpty();
    assertThat(ids(s, q().eq("urgent", true).build())).containsExactly("i1");
    assertThat(ids(s, q().eq("urgent", false).build())).as("absent is not false").containsExactly("i3");
    assertThat(ids(s, q().eq("due_day", LocalDate.of(2026, 3, 2)).build())).containsExactly("i2");
  }

  @Test
  default void rangesIncludeTheirLowerBoundAndExcludeBeforeAndAbsentValuesNeverMatchAComparison() {
    Storage s = fiveItems();
    RecordQuery.Builder o1 = q().office(Fixtures.OFFICE_1);
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).atLeast("opened_at", T0.plusSeconds(60)).build())).containsExactly("i2", "i3", "i4");
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).before("opened_at", T0.plusSeconds(60)).build())).containsExactly("i1");
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).atMost("amount", 20L).build())).containsExactly("i1", "i2");
    assertThat(ids(s, o1.isNull("closed_at").build())).containsExactly("i1", "i2", "i5");
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).notNull("closed_at").build())).containsExactly("i3", "i4");
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).atLeastOrNull("closed_at", T0.plusSeconds(7200)).build()))
        .as("a record closed exactly at the lower bound matches").containsExactly("i1", "i2", "i4", "i5");
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).before("opened_at", T0.plusSeconds(3600))
        .atLeastOrNull("closed_at", T0.plusSeconds(3601)).build())).containsExactly("i1", "i2", "i4");
  }

  @Test
  default void resultsComeInTheGivenOrderWithAbsentValuesLastThenByIdAndStopAtTheLimit() {
    Storage s = fiveItems();
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).orderBy("opened_at").build())).containsExactly("i1", "i2", "i4", "i3", "i5");
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).orderByDescending("opened_at").build()))
        .containsExactly("i3", "i2", "i4", "i1", "i5");
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).orderBy("state").orderByDescending("amount").build()))
        .containsExactly("i3", "i4", "i5", "i2", "i1");
    assertThat(ids(s, q().office(Fixtures.OFFICE_1).orderBy("opened_at").limit(2).build())).containsExactly("i1", "i2");
    assertThat(ids(s, q().build())).as("no order: by id").containsExactly("i1", "i2", "i3", "i4", "i5", "j1");
  }

  @Test
  default void aTransactionSeesItsOwnSavesInQueriesAndStreamsGiveWhatQueriesGive() {
    Storage s = fiveItems();
    s.inTransaction(tx -> {
      tx.records().save(item("i6", Fixtures.OFFICE_1, 1, index("state", "OPEN", "owner_id", "P1")), 0);
      tx.records().save(item("i1", Fixtures.OFFICE_1, 2, index("state", "CLOSED", "owner_id", "P1")), 1);
      assertThat(tx.records().query(q().office(Fixtures.OFFICE_1).eq("state", "OPEN").build()))
          .extracting(StoredRecord::id).containsExactly("i2", "i6");
      assertThat(tx.records().find("contract_item", "i1").orElseThrow().version()).isEqualTo(2);
      return null;
    });
    RecordQuery query = q().office(Fixtures.OFFICE_1).orderByDescending("amount").build();
    List<String> streamed = new ArrayList<>();
    s.inTransaction(tx -> {
      tx.records().stream(query, r -> streamed.add(r.id()));
      return null;
    });
    assertThat(streamed).isEqualTo(ids(s, query)).containsExactly("i3", "i2", "i1", "i4", "i5", "i6");
  }

  @Test
  default void aFailedTransactionLeavesNoRecordBehind() {
    Storage s = items();
    assertThatThrownBy(() -> s.inTransaction(tx -> {
      tx.records().save(item("i-rb", Fixtures.OFFICE_1, 1, index("state", "OPEN")), 0);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    assertThat(load(s, "i-rb")).isEmpty();
    assertThat(ids(s, q().eq("state", "OPEN").build())).isEmpty();
  }
}

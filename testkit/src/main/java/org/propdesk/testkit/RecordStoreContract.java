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
import org.propdesk.core.spi.AggregateRow;
import org.propdesk.core.spi.Aggregation;
import org.propdesk.core.spi.Aggregation.Measure;
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
 *
 * @since 0.1.0
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

  @Test
  default void indexRowsGiveWhatStreamsGiveLessTheDocumentInTheSameOrder() {
    Storage s = fiveItems();
    RecordQuery query = q().office(Fixtures.OFFICE_1).orderByDescending("amount").limit(4).build();
    List<org.propdesk.core.spi.IndexedRecord> rows = new ArrayList<>();
    List<StoredRecord> full = new ArrayList<>();
    s.inTransaction(tx -> {
      tx.records().streamIndex(query, rows::add);
      tx.records().stream(query, full::add);
      return null;
    });
    assertThat(rows).extracting(org.propdesk.core.spi.IndexedRecord::id).containsExactly("i3", "i2", "i1", "i4");
    assertThat(rows).isEqualTo(full.stream().map(org.propdesk.core.spi.IndexedRecord::of).toList());
  }

  // ------------------------------------------------------------------ aggregation

  private static List<AggregateRow> aggregate(Storage s, Aggregation a) {
    return s.inTransaction(tx -> tx.records().aggregate(a.resolvedAgainst(ITEMS)));
  }

  private static List<Object> list(Object... values) {
    return java.util.Arrays.asList(values);
  }

  @Test
  default void groupsComeSortedByKeyWithTheAbsentGroupLastAndEachMeasureIgnoresAbsentValues() {
    Storage s = fiveItems();
    List<AggregateRow> rows = aggregate(s, Aggregation.of(q().office(Fixtures.OFFICE_1).build()).groupBy("owner_id")
        .measure(Measure.count(), Measure.countPresent("amount"), Measure.countTrue("urgent"), Measure.sum("amount"),
            Measure.min("opened_at"), Measure.max("due_day"))
        .build());
    // office 1: P1 = i1 (10, urgent, due 03-01), i3 (30, not urgent); P2 = i2 (20, due 03-02), i4; absent = i5
    assertThat(rows).containsExactly(
        new AggregateRow(list("P1"), list(2L, 2L, 1L, 40L, T0, LocalDate.of(2026, 3, 1))),
        new AggregateRow(list("P2"), list(2L, 1L, 0L, 20L, T0.plusSeconds(60), LocalDate.of(2026, 3, 2))),
        new AggregateRow(list((Object) null), list(1L, 0L, 0L, null, null, null)));
  }

  @Test
  default void twoGroupFieldsAndTheFilterAndTheFewestRecordsOfAGroupAreHonoured() {
    Storage s = fiveItems();
    Aggregation byStateAndOwner = Aggregation.of(q().notNull("owner_id").build()).groupBy("state", "owner_id")
        .measure(Measure.count()).build();
    assertThat(aggregate(s, byStateAndOwner)).containsExactly(
        new AggregateRow(list("CLOSED", "P1"), list(1L)), new AggregateRow(list("CLOSED", "P2"), list(1L)),
        new AggregateRow(list("OPEN", "P1"), list(2L)), new AggregateRow(list("OPEN", "P2"), list(1L)));
    Aggregation repeated = Aggregation.of(q().build()).groupBy("owner_id").measure(Measure.count()).minCount(3).build();
    assertThat(aggregate(s, repeated)).as("P1 has 3 items (i1, i3, j1); P2 and the absent owner 2 and 1")
        .containsExactly(new AggregateRow(list("P1"), list(3L)));
  }

  @Test
  default void groupingByTheOfficeGivesOneRowPerOfficeKeyedByItsId() {
    Storage s = fiveItems();
    assertThat(aggregate(s, Aggregation.of(q().build()).groupBy(Aggregation.OFFICE, "state").measure(Measure.count()).build()))
        .containsExactly(new AggregateRow(list(Fixtures.OFFICE_1.value(), "CLOSED"), list(2L)),
            new AggregateRow(list(Fixtures.OFFICE_1.value(), "DRAFT"), list(1L)),
            new AggregateRow(list(Fixtures.OFFICE_1.value(), "OPEN"), list(2L)),
            new AggregateRow(list(Fixtures.OFFICE_2.value(), "OPEN"), list(1L)));
  }

  @Test
  default void withoutGroupsThereIsExactlyOneRowEvenOverNoRecords() {
    Storage s = fiveItems();
    Aggregation none = Aggregation.of(q().eq("state", "NO_SUCH").build())
        .measure(Measure.count(), Measure.sum("amount"), Measure.max("amount"), Measure.percentile("amount", 0.5)).build();
    assertThat(aggregate(s, none)).containsExactly(new AggregateRow(list(), list(0L, null, null, null)));
    Aggregation all = Aggregation.of(q().build()).measure(Measure.count(), Measure.max("closed_at")).minCount(100).build();
    assertThat(aggregate(s, all)).as("the fewest records apply to groups only")
        .containsExactly(new AggregateRow(list(), list(6L, T0.plusSeconds(7200))));
  }

  @Test
  default void textKeysSortByCodeUnitsNotByTheDatabaseCollation() {
    Storage s = items();
    String[] owners = {"b", "Z", "中", "a", "Ä", "B"};
    s.inTransaction(tx -> {
      for (int i = 0; i < owners.length; i++) {
        tx.records().save(item("t" + i, Fixtures.OFFICE_1, 1, index("owner_id", owners[i])), 0);
      }
      return null;
    });
    List<Object> keys = aggregate(s, Aggregation.of(q().build()).groupBy("owner_id").measure(Measure.count()).build())
        .stream().map(r -> r.key(0)).toList();
    assertThat(keys).containsExactly("B", "Z", "a", "b", "Ä", "中");
  }

  @Test
  default void percentilesTakeTheValueAtRankCeilingOfFractionTimesCountForEveryCountFromOneToTwelve() {
    Storage s = items();
    s.inTransaction(tx -> {
      for (int n = 1; n <= 12; n++) {
        for (int v = 1; v <= n; v++) { // group n holds the values 10, 20, ... 10n, saved in reverse
          tx.records().save(item("p" + n + "_" + v, Fixtures.OFFICE_1, 1,
              index("owner_id", String.format("n%02d", n), "amount", 10L * (n - v + 1))), 0);
        }
      }
      tx.records().save(item("p_null", Fixtures.OFFICE_1, 1, index("owner_id", "n01")), 0);
      return null;
    });
    List<AggregateRow> rows = aggregate(s, Aggregation.of(q().build()).groupBy("owner_id")
        .measure(Measure.percentile("amount", 0.5), Measure.percentile("amount", 0.9), Measure.percentile("amount", 0.1),
            Measure.percentile("amount", 1.0))
        .build());
    // ranks by hand: median ceil(n/2); p90 ceil(0.9n): 1,2,3,4,5,6,7,8,9,9,10,11; p10: 1 up to n = 10, then 2
    long[] p90 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11};
    for (int n = 1; n <= 12; n++) {
      assertThat(rows.get(n - 1).values()).as("n = %d", n)
          .containsExactly(10L * ((n + 1) / 2), 10L * p90[n - 1], n <= 10 ? 10L : 20L, 10L * n);
    }
  }

  @Test
  default void anAggregationSeesTheTransactionsOwnSaves() {
    Storage s = fiveItems();
    s.inTransaction(tx -> {
      tx.records().save(item("i6", Fixtures.OFFICE_1, 1, index("state", "OPEN", "amount", 5L)), 0);
      tx.records().save(item("i1", Fixtures.OFFICE_1, 2, index("state", "CLOSED", "amount", 11L)), 1);
      assertThat(tx.records().aggregate(Aggregation.of(q().office(Fixtures.OFFICE_1).build()).groupBy("state")
          .measure(Measure.count(), Measure.sum("amount")).build().resolvedAgainst(ITEMS))).containsExactly(
              new AggregateRow(list("CLOSED"), list(3L, 41L)), new AggregateRow(list("DRAFT"), list(1L, null)),
              new AggregateRow(list("OPEN"), list(2L, 25L)));
      return null;
    });
  }

  @Test
  default void seededRandomAggregationsAgreeWithAnIndependentOracle() {
    for (long seed : new long[] {1, 7, 42, 2026}) {
      Storage s = items();
      java.util.Random rnd = new java.util.Random(seed);
      List<StoredRecord> saved = new ArrayList<>();
      s.inTransaction(tx -> {
        for (int i = 0; i < 150; i++) {
          Map<String, Object> ix = new HashMap<>();
          maybe(rnd, ix, "state", List.of("OPEN", "CLOSED", "DRAFT").get(rnd.nextInt(3)));
          maybe(rnd, ix, "owner_id", "P" + rnd.nextInt(4));
          maybe(rnd, ix, "amount", (long) rnd.nextInt(1000) - 100);
          maybe(rnd, ix, "urgent", rnd.nextBoolean());
          maybe(rnd, ix, "opened_at", T0.plusSeconds(rnd.nextInt(86_400 * 30)));
          maybe(rnd, ix, "due_day", LocalDate.of(2026, 3, 1).plusDays(rnd.nextInt(60)));
          StoredRecord r = item(String.format("r%03d", i), rnd.nextInt(3) == 0 ? Fixtures.OFFICE_2 : Fixtures.OFFICE_1, 1, ix);
          tx.records().save(r, 0);
          saved.add(r);
        }
        return null;
      });
      Instant from = T0.plusSeconds(86_400 * 5);
      Aggregation a = Aggregation.of(q().office(Fixtures.OFFICE_1).atLeastOrNull("opened_at", from).build())
          .groupBy("state", "owner_id")
          .measure(Measure.count(), Measure.countPresent("amount"), Measure.countTrue("urgent"), Measure.sum("amount"),
              Measure.min("amount"), Measure.max("opened_at"), Measure.min("due_day"), Measure.percentile("amount", 0.5),
              Measure.percentile("amount", 0.9), Measure.percentile("amount", 0.33))
          .minCount(2).build();
      List<StoredRecord> matching = saved.stream().filter(r -> r.office().equals(Fixtures.OFFICE_1))
          .filter(r -> !(r.index().get("opened_at") instanceof Instant t) || !t.isBefore(from)).toList();
      assertThat(aggregate(s, a)).as("seed %d (replay it with this seed)", seed).isEqualTo(oracle(matching));
    }
  }

  private static void maybe(java.util.Random rnd, Map<String, Object> ix, String field, Object value) {
    if (rnd.nextInt(5) != 0) {
      ix.put(field, value);
    }
  }

  /** The seeded test's expectation, computed from the saved records with plain collections. */
  private static List<AggregateRow> oracle(List<StoredRecord> records) {
    java.util.TreeMap<String, List<StoredRecord>> groups = new java.util.TreeMap<>();
    for (StoredRecord r : records) {
      String k = sortable(r.index().get("state")) + "|" + sortable(r.index().get("owner_id"));
      groups.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
    }
    List<AggregateRow> out = new ArrayList<>();
    groups.forEach((k, rs) -> {
      if (rs.size() < 2) {
        return;
      }
      List<Long> amounts = rs.stream().map(r -> (Long) r.index().get("amount")).filter(java.util.Objects::nonNull).sorted().toList();
      List<Instant> opened = rs.stream().map(r -> (Instant) r.index().get("opened_at")).filter(java.util.Objects::nonNull).toList();
      List<LocalDate> due = rs.stream().map(r -> (LocalDate) r.index().get("due_day")).filter(java.util.Objects::nonNull).toList();
      out.add(new AggregateRow(list(rs.get(0).index().get("state"), rs.get(0).index().get("owner_id")), list(
          (long) rs.size(), (long) amounts.size(),
          rs.stream().filter(r -> Boolean.TRUE.equals(r.index().get("urgent"))).count(),
          amounts.isEmpty() ? null : amounts.stream().mapToLong(Long::longValue).sum(),
          amounts.isEmpty() ? null : amounts.get(0),
          opened.stream().max(Instant::compareTo).orElse(null),
          due.stream().min(LocalDate::compareTo).orElse(null),
          nearestRank(amounts, 0.5), nearestRank(amounts, 0.9), nearestRank(amounts, 0.33))));
    });
    return out;
  }

  /** "~" sorts after the ASCII values the test uses, as an absent key sorts last. */
  private static String sortable(Object v) {
    return v == null ? "~" : v.toString();
  }

  private static Long nearestRank(List<Long> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(new java.math.BigDecimal(Double.toString(fraction))
        .multiply(java.math.BigDecimal.valueOf(sorted.size())).doubleValue());
    return sorted.get(Math.max(rank, 1) - 1);
  }
}

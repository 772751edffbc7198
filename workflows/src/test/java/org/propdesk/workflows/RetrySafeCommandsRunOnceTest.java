package org.propdesk.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.memory.InMemoryDirectory;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Company;
import org.propdesk.core.org.CompanyId;
import org.propdesk.core.org.FrontDesk;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.spi.IdSource;

/**
 * Retry-safe commands (the money commands' idempotency keys): the first accepted run is remembered,
 * a retry with the same key returns its result and writes nothing, the same key with another request
 * is refused naming the field, and concurrent retries apply once. Run through the kernel with a small
 * procedure of the test's own, as a later procedure would.
 */
class RetrySafeCommandsRunOnceTest {
  private static final OfficeId O1 = OfficeId.of("O1");
  private static final OfficeId O2 = OfficeId.of("O2");

  /** A till (收款台账) holding a running total in fen; the test's aggregate. */
  record Till(String id, OfficeId office, long version, long totalFen) {
    static final AggregateType<Till> TYPE = AggregateType.builder("till", Till.class)
        .id(Till::id).office(Till::office).version(Till::version).number("total_fen", Till::totalFen).build();
  }

  /** What happens to a till. */
  sealed interface TillEvent extends DomainEvent {
    /** A till was opened. */
    record Opened(String id, OfficeId office, Instant at) implements TillEvent {
      @Override
      public Instant occurredAt() {
        return at;
      }

      @Override
      public String aggregateId() {
        return id;
      }

      @Override
      public String officeId() {
        return office.value();
      }
    }

    /** Money was collected. */
    record Collected(String id, OfficeId office, Instant at, long fen) implements TillEvent {
      @Override
      public Instant occurredAt() {
        return at;
      }

      @Override
      public String aggregateId() {
        return id;
      }

      @Override
      public String officeId() {
        return office.value();
      }
    }
  }

  static final AggregateRoute<Till> TILLS = AggregateRoute.of(Till.TYPE, TillEvent.class).build();

  /** The test procedure's desk. */
  static final class Tills {
    final Kernel k;

    Tills(Kernel k) {
      this.k = k;
    }

    Result<Till> open(Actor actor, OfficeId office, String id, IdempotentRequest request) {
      return k.createOnce(actor, office, request, TILLS, "OPEN", ctx -> {
        Till t = new Till(id, office, 1, 0);
        List<DomainEvent> events = List.of(new TillEvent.Opened(id, office, ctx.now()));
        ctx.record(TILLS, null, t, "OPEN", events);
        return Result.accepted(t, events);
      });
    }

    Result<Till> collect(Actor actor, String id, long fen, String key) {
      return k.executeOnce(actor, TILLS, id, new IdempotentRequest(key, "collect|" + id + "|" + fen), "COLLECT", (t, ctx) -> {
        if (fen <= 0 || fen > 1_000_000) {
          return Result.rejected(RejectionCode.INVALID_COMMAND, "an amount must be 0.01-10000.00 yuan");
        }
        return Result.accepted(new Till(t.id(), t.office(), t.version() + 1, t.totalFen() + fen),
            List.of(new TillEvent.Collected(t.id(), t.office(), ctx.now(), fen)));
      });
    }
  }

  static final Procedure<Tills> PROCEDURE = Procedure.builder("till", Tills::new).route(TILLS).build();

  private final InMemoryStorage storage = InMemoryStorage.create();
  private final PropDesk desk = PropDesk.builder()
      .clock(Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai")))
      .ids(IdSource.sequential()).storage(storage).notifier(RecordingNotifier.create())
      .directory(InMemoryDirectory.builder().company(new Company(CompanyId.of("co"), "Acme", "Acme Group", ImmutableList.of(
          new ManagementOffice(O1, "North", ZoneId.of("Asia/Shanghai"), ImmutableList.of(new FrontDesk(FrontDeskId.of("D1"), "Lobby"))),
          new ManagementOffice(O2, "South", ZoneId.of("Asia/Shanghai"), ImmutableList.of(new FrontDesk(FrontDeskId.of("D2"), "Gate"))))))
          .staff(new org.propdesk.core.org.Staff(StaffId.of("S1"), "Li Na", java.util.Optional.of(O1), java.util.Set.of(Role.FINANCE), java.util.Optional.empty()))
          .staff(new org.propdesk.core.org.Staff(StaffId.of("S2"), "Wu Lei", java.util.Optional.of(O2), java.util.Set.of(Role.FINANCE), java.util.Optional.empty()))
          .build())
      .procedure(PROCEDURE).build();
  private final Tills tills = desk.procedure(PROCEDURE);
  private final Actor cashier = Actor.inOffice(StaffId.of("S1"), "Li Na", O1, Role.FINANCE);

  private long journalEntries(OfficeId office) {
    return desk.audit().entries(office, 1, 10_000).size();
  }

  private long outboxRows() {
    return desk.outbox().counts().values().stream().mapToLong(Long::longValue).sum();
  }

  @Test
  void aRetriedCreationReturnsTheFirstResultAndWritesNothing() {
    IdempotentRequest request = new IdempotentRequest("open-T1", "open|T1");
    Result<Till> first = tills.open(cashier, O1, "T1", request);
    long journal = journalEntries(O1);
    long outbox = outboxRows();
    Result<Till> retry = tills.open(cashier, O1, "T1", request);
    assertThat(retry.orElseThrow()).isEqualTo(first.orElseThrow());
    assertThat(retry.events()).isEmpty();
    assertThat(journalEntries(O1)).isEqualTo(journal).isEqualTo(1);
    assertThat(outboxRows()).isEqualTo(outbox);
  }

  @Test
  void aRetriedCollectionIsCountedOnceAndANewKeyCountsAgain() {
    tills.open(cashier, O1, "T1", new IdempotentRequest("open-T1", "open|T1")).orElseThrow();
    Till once = tills.collect(cashier, "T1", 10_000, "pay-1").orElseThrow();
    Till again = tills.collect(cashier, "T1", 10_000, "pay-1").orElseThrow();
    assertThat(again).isEqualTo(once);
    assertThat(again.totalFen()).isEqualTo(10_000);
    assertThat(tills.collect(cashier, "T1", 10_000, "pay-2").orElseThrow().totalFen()).isEqualTo(20_000);
    assertThat(journalEntries(O1)).isEqualTo(3);
  }

  @Test
  void theSameKeyWithAnotherAmountIsRefusedNamingTheKeyAndChangesNothing() {
    tills.open(cashier, O1, "T1", new IdempotentRequest("open-T1", "open|T1")).orElseThrow();
    tills.collect(cashier, "T1", 10_000, "pay-1").orElseThrow();
    assertThatThrownBy(() -> tills.collect(cashier, "T1", 99_999, "pay-1"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("idempotencyKey"));
    assertThatThrownBy(() -> tills.open(cashier, O1, "T1", new IdempotentRequest("pay-1", "open|T1")))
        .as("a key used by another command").isInstanceOf(InvalidInputException.class);
    assertThat(storage.inTransaction(tx -> tx.records().find("till", "T1")).orElseThrow().version()).isEqualTo(2);
    assertThat(journalEntries(O1)).isEqualTo(2);
  }

  @Test
  void aRejectedRunIsNotRememberedSoTheKeyStaysFree() {
    tills.open(cashier, O1, "T1", new IdempotentRequest("open-T1", "open|T1")).orElseThrow();
    assertThat(tills.collect(cashier, "T1", -5, "pay-1").rejection().orElseThrow().code()).isEqualTo(RejectionCode.INVALID_COMMAND);
    assertThat(storage.<java.util.Optional<?>>inTransaction(tx -> tx.idempotencyKeys().find(O1, "pay-1"))).isEmpty();
    assertThat(tills.collect(cashier, "T1", 500, "pay-1").orElseThrow().totalFen()).isEqualTo(500);
  }

  @Test
  void keysAreScopedToTheOffice() {
    Actor south = Actor.inOffice(StaffId.of("S2"), "Wu Lei", O2, Role.FINANCE);
    tills.open(cashier, O1, "T1", new IdempotentRequest("open", "open|T1")).orElseThrow();
    assertThat(tills.open(south, O2, "T2", new IdempotentRequest("open", "open|T2")).orElseThrow().id()).isEqualTo("T2");
  }

  @Test
  void eightConcurrentRetriesOfOneCollectionAddItOnce() throws Exception {
    tills.open(cashier, O1, "T1", new IdempotentRequest("open-T1", "open|T1")).orElseThrow();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Till>> runs = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> tills.collect(cashier, "T1", 2_500, "pay-race").orElseThrow()));
      }
      for (Future<Till> f : runs) {
        assertThat(f.get(60, TimeUnit.SECONDS).totalFen()).isEqualTo(2_500);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(storage.inTransaction(tx -> tx.records().find("till", "T1")).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aKeyMustBeOnePrintableWord() {
    assertThatThrownBy(() -> new IdempotentRequest("two words", "x"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("idempotencyKey"));
    assertThat(new IdempotentRequest("k", "collect|T1|100").fingerprint()).hasSize(7 + 64).startsWith("sha256:");
    assertThat(new IdempotentRequest("k", "a").fingerprint()).isNotEqualTo(new IdempotentRequest("k", "b").fingerprint());
    assertThat(new IdempotentRequest("k", "abc").fingerprint())
        .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(new IdempotentRequest("k", "secret 13800135678").toString()).doesNotContain("13800135678");
  }
}

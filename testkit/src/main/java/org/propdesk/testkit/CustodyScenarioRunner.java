package org.propdesk.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.propdesk.core.archive.ArchiveCategory;
import org.propdesk.core.archive.ArchiveItem;
import org.propdesk.core.archive.ArchiveItemDraft;
import org.propdesk.core.archive.ArchiveItemId;
import org.propdesk.core.archive.ArchiveItemState;
import org.propdesk.core.archive.ArchiveLoan;
import org.propdesk.core.archive.Confidentiality;
import org.propdesk.core.archive.LoanDraft;
import org.propdesk.core.archive.LoanId;
import org.propdesk.core.archive.LoanState;
import org.propdesk.core.archive.Witness;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.Result;
import org.propdesk.core.deposit.ApplicantRelation;
import org.propdesk.core.deposit.CollectionRequest;
import org.propdesk.core.deposit.Deduction;
import org.propdesk.core.deposit.DeductionKind;
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.DepositId;
import org.propdesk.core.deposit.DepositMethod;
import org.propdesk.core.deposit.DepositState;
import org.propdesk.core.deposit.DepositType;
import org.propdesk.core.deposit.Ledger;
import org.propdesk.core.deposit.ReceiptNumber;
import org.propdesk.core.deposit.RefundApplicationDraft;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.seal.LossKind;
import org.propdesk.core.seal.Seal;
import org.propdesk.core.seal.SealDraft;
import org.propdesk.core.seal.SealId;
import org.propdesk.core.seal.SealState;
import org.propdesk.core.seal.SealType;
import org.propdesk.core.seal.SealUse;
import org.propdesk.core.seal.SealUseDraft;
import org.propdesk.core.seal.SealUseId;
import org.propdesk.core.seal.SealUseState;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Storage;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.archive.ArchiveDesk;
import org.propdesk.workflows.archive.Archives;
import org.propdesk.workflows.deposit.DepositDesk;
import org.propdesk.workflows.deposit.Deposits;
import org.propdesk.workflows.seal.SealDesk;
import org.propdesk.workflows.seal.Seals;

/**
 * The seeded scenario runner of deposits, seals and archives (押金、印章、档案随机场景): each seed drives a
 * month of two offices through the facade (deposits collected, banked, corrected, refunded with random
 * deductions, payments retried under the same key and reused keys; seals started, used, lost, replaced,
 * stopped and destroyed; items filed, lent, returned and destroyed), by staff drawn at random, so that
 * wrong roles, wrong offices, self-approvals and out-of-turn moves are mixed in, and checks after every
 * step, on the records the step touched:
 *
 * <ul>
 *   <li>every deposit's ledger: collected = refunded + deducted + held, nothing negative, and the entries
 *       seen before are still there, unchanged (append-only); the runner's own count of money collected
 *       agrees; a settled deposit was banked, paid once, and approved by someone other than its requester;
 *   <li>a retried money command returns the first result and changes nothing; a reused key with another
 *       payload is refused naming {@code idempotencyKey};
 *   <li>a stamp never exceeds the approved copies and comes only after review (never by the requester)
 *       and registration; a seal's state changes only with a general manager's decision, never on their
 *       own request;
 *   <li>an item is on at most one issued loan; a confidential item is never taken out; a loan is never
 *       approved by its borrower; a destroyed item had both approvals and two distinct witnesses;
 *   <li>a refused command changes nothing; every office's journal verifies at the end.
 * </ul>
 *
 * <p>A failure throws {@link ScenarioFailure} naming the seed, the step and the last steps; replay it with
 * {@code -Dpropdesk.seed=N}. The same seed gives the same outcome. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class CustodyScenarioRunner {
  private static final Instant START = LocalDateTime.parse("2026-03-02T08:00").atZone(Fixtures.ZONE).toInstant();
  private static final List<OfficeId> OFFICES = List.of(Fixtures.OFFICE_1, Fixtures.OFFICE_2);
  private static final Role[] ROLES = {Role.FRONT_DESK_CLERK, Role.PROPERTY_ASSISTANT, Role.CUSTOMER_SUPERVISOR, Role.DEPARTMENT_HEAD,
      Role.OFFICE_DIRECTOR, Role.FINANCE, Role.SEAL_ADMINISTRATOR, Role.ARCHIVIST, Role.SECURITY_GUARD, Role.ENGINEERING_TECHNICIAN};

  private final Supplier<Storage> storages;

  private CustodyScenarioRunner(Supplier<Storage> storages) {
    this.storages = storages;
  }

  /** A runner that gives each scenario a fresh storage from {@code storages}. */
  public static CustodyScenarioRunner onStorage(Supplier<Storage> storages) {
    return new CustodyScenarioRunner(storages);
  }

  /**
   * What a scenario did.
   *
   * @param seed the seed
   * @param steps steps taken
   * @param accepted commands accepted
   * @param rejected commands refused
   * @param settled deposits refunded and settled
   * @param retries money commands retried with their first key
   * @param stamps uses stamped
   * @param loans loans issued
   * @param destroyed seals and items destroyed
   * @param collectedFen money collected, net of corrections, in fen
   */
  public record Outcome(long seed, int steps, int accepted, int rejected, int settled, int retries, int stamps, int loans, int destroyed,
      long collectedFen) {}

  /**
   * Runs one scenario.
   *
   * @throws ScenarioFailure when an invariant breaks
   */
  public Outcome run(long seed, int steps) {
    return new Run(seed).go(steps);
  }

  private final class Run {
    private final long seed;
    private final SplittableRandom random;
    private final MutableClock clock = MutableClock.at(START, Fixtures.ZONE);
    private final PropDesk desk;
    private final DepositDesk deposits;
    private final SealDesk seals;
    private final ArchiveDesk archives;
    private final List<DepositId> depositIds = new ArrayList<>();
    private final List<SealId> sealIds = new ArrayList<>();
    private final List<SealUseId> useIds = new ArrayList<>();
    private final List<ArchiveItemId> itemIds = new ArrayList<>();
    private final List<LoanId> loanIds = new ArrayList<>();
    private final Map<DepositId, Ledger> ledgers = new HashMap<>();
    private final Map<DepositId, Long> collectedByRunner = new HashMap<>();
    private final Map<String, Result<Deposit>> firstResults = new HashMap<>();
    private final Deque<String> trail = new ArrayDeque<>();
    private int step;
    private int accepted;
    private int rejected;
    private int retries;
    private int keys;

    Run(long seed) {
      this.seed = seed;
      this.random = new SplittableRandom(seed);
      this.desk = PropDesk.builder().clock(clock).ids(IdSource.seeded(seed)).storage(storages.get()).notifier(RecordingNotifier.create())
          .directory(Fixtures.directory()).procedure(Deposits.PROCEDURE).procedure(Seals.PROCEDURE).procedure(Archives.PROCEDURE).build();
      this.deposits = desk.procedure(Deposits.PROCEDURE);
      this.seals = desk.procedure(Seals.PROCEDURE);
      this.archives = desk.procedure(Archives.PROCEDURE);
    }

    Outcome go(int steps) {
      try {
        for (step = 1; step <= steps; step++) {
          act();
        }
        for (OfficeId office : OFFICES) {
          if (!desk.audit().verify(office).intact()) {
            throw new AssertionError("the journal of " + office + " does not verify: " + desk.audit().verify(office));
          }
        }
      } catch (ScenarioFailure f) {
        throw f;
      } catch (RuntimeException | AssertionError e) {
        throw new ScenarioFailure(seed, "seed " + seed + " failed at step " + step + " (replay with -Dpropdesk.seed=" + seed + "): "
            + e.getMessage() + "\nlast steps:\n  " + String.join("\n  ", trail), e);
      }
      int settled = (int) depositIds.stream().map(this::deposit).filter(d -> d.state() == DepositState.SETTLED).count();
      int stamps = (int) useIds.stream().map(this::use).filter(u -> u.state() == SealUseState.STAMPED).count();
      int loans = (int) loanIds.stream().map(this::loan).filter(l -> l.issue().isPresent()).count();
      int destroyed = (int) (sealIds.stream().map(this::seal).filter(s -> s.state() == SealState.DESTROYED).count()
          + itemIds.stream().map(this::item).filter(a -> a.state() == ArchiveItemState.DESTROYED).count());
      long collected = collectedByRunner.values().stream().mapToLong(Long::longValue).sum();
      return new Outcome(seed, steps, accepted, rejected, settled, retries, stamps, loans, destroyed, collected);
    }

    // ------------------------------------------------------------------ helpers

    private void note(String what) {
      trail.addLast(step + ": " + what);
      if (trail.size() > 12) {
        trail.removeFirst();
      }
    }

    private OfficeId office() {
      return OFFICES.get(random.nextInt(2));
    }

    /** Usually someone holding one of {@code likely} in the record's office; sometimes anyone, anywhere. */
    private Actor someone(OfficeId office, Role... likely) {
      int d = random.nextInt(100);
      if (d < 3) {
        return Fixtures.generalManager();
      }
      OfficeId where = d < 8 ? OFFICES.get(random.nextInt(2)) : office;
      Role role = d < 80 ? likely[random.nextInt(likely.length)] : ROLES[random.nextInt(ROLES.length)];
      return role == Role.GENERAL_MANAGER ? Fixtures.generalManager() : Fixtures.actor(where, role);
    }

    private <T> Optional<T> pick(List<T> from) {
      return from.isEmpty() ? Optional.empty() : Optional.of(from.get(random.nextInt(from.size())));
    }

    private String key() {
      return "k" + seed + "-" + (++keys);
    }

    private Deposit deposit(DepositId id) {
      return deposits.find(Fixtures.generalManager(), id).orElseThrow();
    }

    private Seal seal(SealId id) {
      return seals.find(Fixtures.generalManager(), id).orElseThrow();
    }

    private SealUse use(SealUseId id) {
      return seals.findUse(Fixtures.generalManager(), id).orElseThrow();
    }

    private ArchiveItem item(ArchiveItemId id) {
      return archives.find(Fixtures.generalManager(), id).orElseThrow();
    }

    private ArchiveLoan loan(LoanId id) {
      return archives.findLoan(Fixtures.generalManager(), id).orElseThrow();
    }

    /** Runs a command; a refusal must leave the record's version as it was. */
    private <A> Result<A> attempt(String what, Supplier<Long> version, Supplier<Result<A>> command) {
      long before = version.get();
      Result<A> r;
      try {
        r = command.get();
      } catch (InvalidInputException e) {
        note(what + " -> invalid " + e.field());
        if (version.get() != before) {
          throw new AssertionError("an invalid " + what + " changed the record");
        }
        rejected++;
        return Result.rejected(org.propdesk.core.common.RejectionCode.INVALID_COMMAND, e.getMessage());
      }
      note(what + (r.isAccepted() ? "" : " -> " + r.rejection().orElseThrow().code()));
      if (r.isAccepted()) {
        accepted++;
      } else {
        rejected++;
        if (version.get() != before) {
          throw new AssertionError("a refused " + what + " changed the record");
        }
      }
      return r;
    }

    private void act() {
      int dice = random.nextInt(100);
      if (dice < 6) {
        clock.advance(Duration.ofMinutes(30 + random.nextInt(60 * 20)));
        desk.timers().runDue();
        note("clock " + clock.instant() + ", sweep");
      } else if (dice < 16 || depositIds.isEmpty()) {
        collect();
      } else if (dice < 46) {
        depositStep(pick(depositIds).orElseThrow());
      } else if (dice < 52 || sealIds.isEmpty()) {
        registerSeal();
      } else if (dice < 70) {
        if (random.nextInt(3) == 0 || useIds.isEmpty()) {
          sealStep(pick(sealIds).orElseThrow());
        } else {
          useStep(pick(useIds).orElseThrow());
        }
      } else if (dice < 76 || itemIds.isEmpty()) {
        fileItem();
      } else if (random.nextInt(3) == 0 || loanIds.isEmpty()) {
        itemStep(pick(itemIds).orElseThrow());
      } else {
        loanStep(pick(loanIds).orElseThrow());
      }
    }

    // ------------------------------------------------------------------ deposits

    private void collect() {
      OfficeId office = office();
      String receipt = "R" + (random.nextInt(3) == 0 && !depositIds.isEmpty() ? random.nextInt(depositIds.size() + 1) : depositIds.size() + 1);
      Money amount = Money.ofFen(100 * (1 + random.nextInt(5000)));
      CollectionRequest r = new CollectionRequest(Fixtures.desk(office), DepositType.values()[random.nextInt(DepositType.values().length)],
          Fixtures.unit(office, 1 + random.nextInt(Fixtures.UNITS_PER_OFFICE)), Optional.empty(), "交款人" + step, Optional.empty(), amount,
          random.nextBoolean() ? DepositMethod.CASH : DepositMethod.TRANSFER, ReceiptNumber.parse(receipt), "押金");
      Actor who = someone(office, Role.FRONT_DESK_CLERK, Role.PROPERTY_ASSISTANT, Role.FINANCE);
      boolean taken = depositIds.stream().map(this::deposit)
          .anyMatch(d -> d.office().equals(office) && d.receiptNo().equals(r.receiptNo()));
      Result<Deposit> made = attempt("collect " + receipt + " " + amount + " by " + who.staffId(), () -> 0L,
          () -> deposits.collect(who, r, key()));
      if (made.isAccepted()) {
        if (taken) {
          throw new AssertionError("receipt " + receipt + " was registered twice in " + office);
        }
        Deposit d = made.orElseThrow();
        depositIds.add(d.id());
        collectedByRunner.put(d.id(), amount.fen());
        checkDeposit(d.id());
      }
    }

    private void depositStep(DepositId id) {
      Deposit d = deposit(id);
      OfficeId o = d.office();
      Supplier<Long> v = () -> deposit(id).version();
      switch (random.nextInt(10) < 7 ? nextMove(d) : random.nextInt(10)) {
        case 0 -> {
          Actor who = someone(o, Role.FINANCE, Role.FRONT_DESK_CLERK);
          String slip = "SLIP-" + step;
          once("bank", id, k -> deposits.bank(who, id, slip, k));
        }
        case 1 -> {
          Money to = Money.ofFen(100 * (1 + random.nextInt(5000)));
          Actor who = someone(o, Role.FINANCE);
          Result<Deposit> r = once("correct to " + to, id, k -> deposits.correctCollection(who, id, to, "录入错误", k));
          if (r.isAccepted() && !r.events().isEmpty()) {
            collectedByRunner.put(id, to.fen());
          }
        }
        case 2 -> attempt("acceptance", v, () -> deposits.recordAcceptance(someone(o, Role.DEPARTMENT_HEAD, Role.PROPERTY_ASSISTANT), id,
            clock.instant().atZone(Fixtures.ZONE).toLocalDate(), Fixtures.technician(o).staffId(), random.nextInt(4) > 0, "验收"));
        case 3 -> attempt("apply", v, () -> deposits.applyRefund(someone(o, Role.FRONT_DESK_CLERK, Role.OFFICE_DIRECTOR), id,
            new RefundApplicationDraft("申请人", random.nextInt(5) == 0 ? ApplicantRelation.OTHER : ApplicantRelation.PAYER,
                Optional.empty(), random.nextInt(10) == 0 ? ReceiptNumber.parse("WRONG-1") : d.receiptNo())));
        case 4 -> {
          List<Deduction> list = new ArrayList<>();
          for (int i = random.nextInt(3); i > 0; i--) {
            DeductionKind kind = DeductionKind.values()[random.nextInt(DeductionKind.values().length)];
            list.add(new Deduction(kind, Money.ofFen(100 * (1 + random.nextInt(2000))), kind == DeductionKind.OTHER ? Optional.of("其他")
                : Optional.empty()));
          }
          Actor who = someone(o, Role.PROPERTY_ASSISTANT, Role.CUSTOMER_SUPERVISOR);
          once("assess " + list.size(), id, k -> deposits.assess(who, id, list, k));
        }
        case 5 -> attempt("sign", v, () -> deposits.sign(someone(o, Role.FRONT_DESK_CLERK), id, "申请人"));
        case 6 -> attempt("countersign", v, () -> deposits.countersign(someone(o, Role.FINANCE), id));
        case 7 -> attempt("approve", v, () -> deposits.approve(someone(o, Role.OFFICE_DIRECTOR, Role.GENERAL_MANAGER), id));
        case 8 -> {
          Money amount = d.application().flatMap(a -> a.refundable()).filter(m -> random.nextInt(8) > 0).orElse(Money.ofFen(100));
          Actor who = someone(o, Role.FINANCE);
          once("pay " + amount, id, k -> deposits.pay(who, id, amount, DepositMethod.TRANSFER, k));
        }
        default -> attempt(random.nextBoolean() ? "reject" : "withdraw", v, () -> random.nextBoolean()
            ? deposits.reject(someone(o, Role.OFFICE_DIRECTOR, Role.FINANCE), id, "资料不全")
            : deposits.withdraw(someone(o, Role.FRONT_DESK_CLERK), id, "暂不退"));
      }
      checkDeposit(id);
    }

    /** The move that takes {@code d} forward: the runner's idea of a diligent office. */
    private int nextMove(Deposit d) {
      return switch (d.state()) {
        case HELD -> d.banking().isEmpty() ? 0 : d.type() == DepositType.RENOVATION && !d.acceptancePassed() ? 2 : 3;
        case REFUND_REQUESTED -> 4;
        case ASSESSED -> 5;
        case SIGNED -> d.application().orElseThrow().needsCountersign() && d.application().get().countersign().isEmpty() ? 6 : 7;
        case APPROVED -> 8;
        case SETTLED -> random.nextInt(10);
      };
    }

    /** A money command under a fresh key, then sometimes its retry and a reuse of the key for another request. */
    private Result<Deposit> once(String what, DepositId id, java.util.function.Function<String, Result<Deposit>> command) {
      String k = key();
      Result<Deposit> first = attempt(what, () -> deposit(id).version(), () -> command.apply(k));
      if (first.isAccepted()) {
        firstResults.put(k, first);
        if (random.nextInt(3) == 0) {
          retries++;
          long before = deposit(id).version();
          Result<Deposit> again = command.apply(k);
          note("retry " + what);
          if (!again.orElseThrow().equals(first.orElseThrow()) || deposit(id).version() != before) {
            throw new AssertionError("a retried " + what + " did not return the first result or changed the deposit");
          }
        }
        if (random.nextInt(6) == 0) {
          long before = deposit(id).version();
          try {
            note("reuse key " + k + " for another request");
            deposits.bank(Fixtures.finance(deposit(id).office()), id, "OTHER-SLIP", k);
            throw new AssertionError("key " + k + " was accepted for another request");
          } catch (InvalidInputException e) {
            if (!e.field().equals("idempotencyKey")) {
              throw e;
            }
          }
          if (deposit(id).version() != before) {
            throw new AssertionError("a refused key reuse changed the deposit");
          }
        }
      }
      return first;
    }

    private void checkDeposit(DepositId id) {
      Deposit d = deposit(id);
      Ledger l = d.ledger().verify();
      Ledger seen = ledgers.get(id);
      if (seen != null && !seen.isPrefixOf(l)) {
        throw new AssertionError("the ledger of " + id + " lost or changed an entry");
      }
      ledgers.put(id, l);
      if (l.collected().fen() != collectedByRunner.get(id)) {
        throw new AssertionError("deposit " + id + " collected " + l.collected() + " but the runner counted " + collectedByRunner.get(id));
      }
      if (l.collected().fen() != l.refunded().fen() + l.deducted().fen() + l.held().fen() || l.held().isNegative()) {
        throw new AssertionError("deposit " + id + " breaks collected = refunded + deducted + held");
      }
      if (d.state() == DepositState.SETTLED) {
        var a = d.application().orElseThrow();
        if (d.banking().isEmpty() || l.held().fen() != 0 || a.approval().orElseThrow().by().equals(a.filedBy())
            || l.entries().stream().filter(e -> e.kind() == org.propdesk.core.deposit.EntryKind.REFUND).count() > 1
            || (a.needsCountersign() && a.countersign().isEmpty())) {
          throw new AssertionError("settled deposit " + id + " was not banked, not emptied, self-approved, paid twice or not countersigned");
        }
      }
    }

    // ------------------------------------------------------------------ seals

    private void registerSeal() {
      OfficeId o = office();
      Actor who = someone(o, Role.SEAL_ADMINISTRATOR, Role.OFFICE_DIRECTOR);
      Result<Seal> r = attempt("register seal", () -> 0L, () -> seals.register(who, o, new SealDraft(SealType.values()[random.nextInt(5)],
          "印章" + step, Fixtures.actor(o, Role.SEAL_ADMINISTRATOR).staffId(), "新刻")));
      r.value().ifPresent(s -> sealIds.add(s.id()));
    }

    private void sealStep(SealId id) {
      Seal s = seal(id);
      OfficeId o = s.office();
      Supplier<Long> v = () -> seal(id).version();
      SealState before = s.state();
      Result<Seal> r = switch (random.nextInt(9)) {
        case 0, 1 -> attempt("approve start", v, () -> seals.approveStart(someone(o, Role.GENERAL_MANAGER), id));
        case 2 -> attempt("request stop", v, () -> seals.requestStop(someone(o, Role.SEAL_ADMINISTRATOR), id, "停用"));
        case 3 -> attempt("approve stop", v, () -> seals.approveStop(someone(o, Role.GENERAL_MANAGER), id));
        case 4 -> attempt("report loss", v, () -> seals.reportLoss(someone(o, Role.SEAL_ADMINISTRATOR), id, LossKind.LOST, "遗失",
            random.nextBoolean()));
        case 5 -> attempt("approve loss", v, () -> seals.approveLoss(someone(o, Role.GENERAL_MANAGER), id));
        case 6 -> attempt("request destruction", v, () -> seals.requestDestruction(someone(o, Role.SEAL_ADMINISTRATOR), id, "销毁"));
        case 7 -> attempt("approve destruction", v, () -> seals.approveDestruction(someone(o, Role.GENERAL_MANAGER), id));
        default -> attempt("refuse request", v, () -> seals.refuseRequest(someone(o, Role.GENERAL_MANAGER), id, "不同意"));
      };
      Seal after = seal(id);
      if (after.state() != before && after.state() != SealState.LOST_OR_DAMAGED) {
        var last = after.decisions().get(after.decisions().size() - 1);
        if (!last.approved() || last.request().by().equals(last.decision().by())
            || !Fixtures.generalManager().staffId().equals(last.decision().by())) {
          throw new AssertionError("seal " + id + " went " + before + " -> " + after.state() + " without the general manager's approval");
        }
      }
      if (r.isAccepted() && after.state() == SealState.IN_USE && random.nextInt(2) == 0) {
        requestUse(after);
      }
    }

    private void requestUse(Seal s) {
      Actor who = someone(s.office(), Role.FRONT_DESK_CLERK, Role.DEPARTMENT_HEAD, Role.FINANCE);
      Result<SealUse> r = attempt("request use", () -> 0L, () -> seals.requestUse(who, new SealUseDraft(s.id(), "部门", "文件" + step, "用途",
          1 + random.nextInt(5))));
      r.value().ifPresent(u -> useIds.add(u.id()));
    }

    private void useStep(SealUseId id) {
      SealUse u = use(id);
      OfficeId o = u.office();
      Supplier<Long> v = () -> use(id).version();
      switch (random.nextInt(5)) {
        case 0 -> attempt("review", v, () -> seals.review(someone(o, Role.DEPARTMENT_HEAD, Role.OFFICE_DIRECTOR), id));
        case 1 -> attempt("register use", v, () -> seals.registerUse(someone(o, Role.SEAL_ADMINISTRATOR), id));
        case 2, 3 -> attempt("stamp", v, () -> seals.stamp(someone(o, Role.SEAL_ADMINISTRATOR), id, 1 + random.nextInt(u.copies() + 2),
            random.nextBoolean()));
        default -> attempt("refuse use", v, () -> seals.refuseUse(someone(o, Role.DEPARTMENT_HEAD), id, "不同意"));
      }
      SealUse after = use(id);
      if (after.stamping().isPresent()) {
        if (after.stamping().get().impressions() > after.copies() || after.review().isEmpty() || after.registration().isEmpty()
            || after.review().get().by().equals(after.requester())) {
          throw new AssertionError("use " + id + " was stamped beyond its copies, unreviewed, unregistered or self-reviewed");
        }
      }
    }

    // ------------------------------------------------------------------ archives

    private void fileItem() {
      OfficeId o = office();
      Confidentiality level = Confidentiality.values()[random.nextInt(3)];
      LocalDate date = LocalDate.of(2018 + random.nextInt(8), 1 + random.nextInt(12), 1);
      Result<ArchiveItem> r = attempt("file " + level, () -> 0L, () -> archives.file(someone(o, Role.ARCHIVIST), o, new ArchiveItemDraft(
          ArchiveCategory.OFFICE_FILE, "档案" + step, "A-" + step, level, random.nextInt(4) == 0 ? Optional.empty()
          : Optional.of(1 + random.nextInt(10)), date, Optional.empty(), Optional.empty())));
      r.value().ifPresent(a -> itemIds.add(a.id()));
    }

    private void itemStep(ArchiveItemId id) {
      ArchiveItem a = item(id);
      OfficeId o = a.office();
      Supplier<Long> v = () -> item(id).version();
      switch (random.nextInt(6)) {
        case 0, 1 -> {
          Actor who = someone(o, Role.FRONT_DESK_CLERK, Role.PROPERTY_ASSISTANT, Role.CUSTOMER_SUPERVISOR);
          Result<ArchiveLoan> r = attempt("request loan", () -> 0L, () -> archives.requestLoan(who, new LoanDraft(id, "查阅",
              random.nextInt(3) == 0, clock.instant().plus(Duration.ofHours(1 + random.nextInt(72))))));
          r.value().ifPresent(l -> loanIds.add(l.id()));
        }
        case 2 -> attempt("list", v, () -> archives.listForDestruction(someone(o, Role.ARCHIVIST), id, "期满"));
        case 3 -> attempt("approve destruction", v, () -> archives.approveDestruction(someone(o, Role.OFFICE_DIRECTOR,
            Role.GENERAL_MANAGER), id));
        case 4 -> attempt("destroy", v, () -> archives.destroy(someone(o, Role.ARCHIVIST), id, random.nextBoolean()
            ? List.of(new Witness(Fixtures.director(o).staffId(), "主任"), new Witness(Fixtures.finance(o).staffId(), "财务"))
            : List.of(new Witness(Fixtures.director(o).staffId(), "主任"))));
        default -> attempt("move", v, () -> archives.move(someone(o, Role.ARCHIVIST), id, "B-" + step));
      }
      ArchiveItem after = item(id);
      if (after.state() == ArchiveItemState.DESTROYED) {
        var d = after.destruction().orElseThrow();
        if (!d.approved() || d.witnesses().stream().map(Witness::staff).distinct().count() < 2
            || clock.instant().atZone(Fixtures.ZONE).toLocalDate().isBefore(after.retentionEnds().orElseThrow())) {
          throw new AssertionError("item " + id + " was destroyed without both approvals, two witnesses or its retention ended");
        }
      }
    }

    private void loanStep(LoanId id) {
      ArchiveLoan l = loan(id);
      OfficeId o = l.office();
      Supplier<Long> v = () -> loan(id).version();
      switch (random.nextInt(5)) {
        case 0 -> attempt("approve loan", v, () -> archives.approveLoan(someone(o, Role.OFFICE_DIRECTOR, Role.CUSTOMER_SUPERVISOR), id));
        case 1, 2 -> attempt("issue", v, () -> archives.issue(someone(o, Role.ARCHIVIST), id));
        case 3 -> attempt("return", v, () -> archives.returnLoan(someone(o, Role.ARCHIVIST), id, random.nextInt(5) > 0, "验收"));
        default -> attempt("cancel loan", v, () -> archives.cancelLoan(Fixtures.actor(o, Role.FRONT_DESK_CLERK), id, "不借了"));
      }
      ArchiveLoan after = loan(id);
      if (after.takeOut() && after.confidentiality() == Confidentiality.CONFIDENTIAL) {
        throw new AssertionError("confidential item " + after.item() + " is on a take-out loan");
      }
      if (after.approval().filter(a -> a.by().equals(after.borrower())).isPresent()) {
        throw new AssertionError("loan " + id + " was approved by its borrower");
      }
      long out = loanIds.stream().map(this::loan).filter(x -> x.item().equals(after.item()) && x.state() == LoanState.ISSUED).count();
      if (out > 1) {
        throw new AssertionError("item " + after.item() + " is on " + out + " loans at once");
      }
    }
  }
}

package org.propdesk.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.propdesk.core.archive.ArchiveCategory;
import org.propdesk.core.archive.ArchiveItem;
import org.propdesk.core.archive.ArchiveItemDraft;
import org.propdesk.core.archive.ArchiveItemId;
import org.propdesk.core.archive.ArchiveItemState;
import org.propdesk.core.archive.ArchiveLoan;
import org.propdesk.core.archive.Confidentiality;
import org.propdesk.core.archive.LoanDraft;
import org.propdesk.core.archive.Witness;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.deposit.ApplicantRelation;
import org.propdesk.core.deposit.CollectionRequest;
import org.propdesk.core.deposit.Deduction;
import org.propdesk.core.deposit.DeductionKind;
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.DepositId;
import org.propdesk.core.deposit.DepositMethod;
import org.propdesk.core.deposit.DepositType;
import org.propdesk.core.deposit.ReceiptNumber;
import org.propdesk.core.deposit.RefundApplicationDraft;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.seal.Seal;
import org.propdesk.core.seal.SealDraft;
import org.propdesk.core.seal.SealState;
import org.propdesk.core.seal.SealType;
import org.propdesk.core.seal.SealUse;
import org.propdesk.core.seal.SealUseDraft;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.archive.ArchiveDesk;
import org.propdesk.workflows.archive.Archives;
import org.propdesk.workflows.deposit.DepositDesk;
import org.propdesk.workflows.deposit.Deposits;
import org.propdesk.workflows.seal.SealDesk;
import org.propdesk.workflows.seal.Seals;

/**
 * The demo's deposits, seals and archives (押金、印章、档案): each office collects 0-2 deposits a day
 * (renovation, passes, borrowed equipment), banks them the next working day (now and then a day late),
 * and refunds them after some days (renovations after a passed acceptance; deductions now and then; a
 * few payments retried with the same key); keeps an office seal and a contract seal, started with the
 * general manager's approval, and stamps 1-3 uses a day after review and registration; files takeover and
 * office papers, lends them (some to take out, some returned late) and, on the run's last day, destroys one
 * old item before two witnesses. It schedules its steps on the simulation's agenda. Single-threaded;
 * deterministic for its seed.
 */
final class CustodyTraffic extends DemoTraffic {
  private final DepositDesk deposits;
  private final SealDesk seals;
  private final ArchiveDesk archives;
  private final String prefix;
  private int receipts;

  CustodyTraffic(PropDesk desk, DemoCompany company, SplittableRandom random, BiConsumer<Instant, Runnable> at, Supplier<Instant> now,
      LocalDate first) {
    super(company, random, at, now);
    this.deposits = desk.procedure(Deposits.PROCEDURE);
    this.seals = desk.procedure(Seals.PROCEDURE);
    this.archives = desk.procedure(Archives.PROCEDURE);
    this.prefix = first.toString().replace("-", "");
  }

  private Instant in(Duration min, Duration spread) {
    return now.get().plus(min).plusSeconds(random.nextLong(Math.max(1, spread.toSeconds())));
  }

  /**
   * Plans the run: seals and papers at its start, the deposits, stamps and loans of each of its {@code
   * days} days from {@code first}, a destruction on its last day.
   */
  void plan(LocalDate first, int days, Instant start) {
    LocalDate last = first.plusDays(days - 1L);
    for (ManagementOffice office : company.offices) {
      OfficeId o = office.id();
      at.accept(start.plusSeconds(60), () -> openTheRun(o, first));
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        LocalDate d = day;
        for (int i = random.nextInt(3); i > 0; i--) {
          at.accept(on(d, 9 + random.nextInt(8), random.nextInt(60)), () -> collect(office));
        }
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          at.accept(on(d, 9 + random.nextInt(8), random.nextInt(60)), () -> useSeal(o));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
          at.accept(on(d, 9 + random.nextInt(7), random.nextInt(60)), () -> borrow(o));
        }
      }
      at.accept(on(last, 15, 0), () -> destroyOne(o));
    }
  }

  /** The office's two seals (the first time) and this run's papers, among them one past its retention. */
  private void openTheRun(OfficeId o, LocalDate first) {
    YearMonth month = YearMonth.from(first);
    Actor admin = actor(o, Role.SEAL_ADMINISTRATOR);
    if (seals.registry(admin, o).isEmpty()) {
      for (SealDraft draft : List.of(new SealDraft(SealType.OFFICE, "管理处章", actor(o, Role.OFFICE_DIRECTOR).staffId(), "管理处用章"),
          new SealDraft(SealType.CONTRACT, "合同专用章", admin.staffId(), "签订服务协议"))) {
        outcome(seals.register(admin, o, draft)).ifPresent(s -> outcome(seals.approveStart(company.generalManager(), s.id())));
      }
    }
    Actor archivist = actor(o, Role.ARCHIVIST);
    String[][] papers = {{"TAKEOVER_FILE", "竣工图（第" + month.getMonthValue() + "批）"}, {"OFFICE_FILE", month + " 会议纪要"},
        {"OFFICE_FILE", "消防检查记录"}, {"TAKEOVER_FILE", "设备合格证"}};
    for (String[] p : papers) {
      outcome(archives.file(archivist, o, new ArchiveItemDraft(ArchiveCategory.valueOf(p[0]), p[1], "A-" + (1 + random.nextInt(9)) + "-"
          + (1 + random.nextInt(20)), random.nextInt(4) == 0 ? Confidentiality.CONFIDENTIAL : Confidentiality.ORDINARY,
          Optional.of(10), month.atDay(1).minusMonths(1), Optional.empty(), Optional.empty())));
    }
    outcome(archives.file(archivist, o, new ArchiveItemDraft(ArchiveCategory.OFFICE_FILE, "2019年保洁外包合同", "D-1-1",
        Confidentiality.ORDINARY, Optional.of(5), LocalDate.of(2019, month.getMonthValue(), 1), Optional.empty(), Optional.empty())));
  }

  // ------------------------------------------------------------------ deposits

  private void collect(ManagementOffice office) {
    OfficeId o = office.id();
    int unit = 1 + random.nextInt(DemoCompany.UNITS_PER_OFFICE);
    int dice = random.nextInt(10);
    DepositType type = dice < 5 ? DepositType.RENOVATION : dice < 8 ? DepositType.PASS_PERMIT : DepositType.BORROWED_EQUIPMENT;
    Money amount = switch (type) {
      case RENOVATION -> Money.parse(random.nextBoolean() ? "3000.00" : "5000.00");
      case PASS_PERMIT -> Money.parse("200.00");
      default -> Money.parse("100.00");
    };
    String receipt = prefix + "-" + o.value() + "-" + (++receipts);
    Optional<Deposit> d = outcome(deposits.collect(actor(o, Role.FRONT_DESK_CLERK), new CollectionRequest(office.desks().get(0).id(), type,
        DemoCompany.unit(o, unit), Optional.of(DemoCompany.owner(o, unit)), "Owner " + unit, Optional.of(PhoneNumber.of(company.phone(o, unit))),
        amount, random.nextBoolean() ? DepositMethod.CASH : DepositMethod.TRANSFER, ReceiptNumber.parse(receipt), type + " " + unit),
        "collect-" + receipt));
    if (d.isEmpty()) {
      return;
    }
    DepositId id = d.get().id();
    LocalDate due = d.get().bankingDue();
    at.accept(on(random.nextInt(10) == 0 ? due.plusDays(1) : due, 10, random.nextInt(50)),
        () -> outcome(deposits.bank(actor(o, Role.FINANCE), id, "SLIP-" + receipt, "bank-" + receipt)));
    at.accept(in(Duration.ofDays(type == DepositType.RENOVATION ? 10 : 3), Duration.ofDays(12)), () -> refund(o, id, receipt));
  }

  private void refund(OfficeId o, DepositId id, String receipt) {
    Deposit d = deposits.find(actor(o, Role.OFFICE_DIRECTOR), id).orElseThrow();
    if (d.type() == DepositType.RENOVATION) {
      outcome(deposits.recordAcceptance(actor(o, Role.DEPARTMENT_HEAD), id, now.get().atZone(DemoCompany.ZONE).toLocalDate(),
          actor(o, Role.ENGINEERING_TECHNICIAN).staffId(), random.nextInt(10) > 0, "装修验收"));
    }
    if (outcome(deposits.applyRefund(actor(o, Role.FRONT_DESK_CLERK), id, new RefundApplicationDraft(d.payerName(),
        ApplicantRelation.PAYER, Optional.empty(), d.receiptNo()))).isEmpty()) {
      return;
    }
    List<Deduction> deductions = new ArrayList<>();
    if (random.nextInt(4) == 0) {
      deductions.add(new Deduction(d.type() == DepositType.RENOVATION ? DeductionKind.DAMAGE : DeductionKind.LOST_ITEM,
          Money.ofFen(100 * (20 + random.nextInt(50))), Optional.of(d.type() == DepositType.RENOVATION ? "公共区域损坏" : "证件遗失")));
    }
    outcome(deposits.assess(actor(o, Role.PROPERTY_ASSISTANT), id, deductions, "assess-" + receipt));
    outcome(deposits.sign(actor(o, Role.FRONT_DESK_CLERK), id, d.payerName()));
    at.accept(in(Duration.ofHours(2), Duration.ofHours(20)), () -> {
      if (outcome(deposits.approve(actor(o, Role.OFFICE_DIRECTOR), id)).isPresent()) {
        at.accept(in(Duration.ofHours(1), Duration.ofHours(30)), () -> pay(o, id, receipt));
      }
    });
  }

  private void pay(OfficeId o, DepositId id, String receipt) {
    Deposit d = deposits.find(actor(o, Role.FINANCE), id).orElseThrow();
    Money amount = d.application().flatMap(a -> a.refundable()).orElseThrow();
    outcome(deposits.pay(actor(o, Role.FINANCE), id, amount, DepositMethod.TRANSFER, "pay-" + receipt));
    if (random.nextInt(8) == 0) {
      outcome(deposits.pay(actor(o, Role.FINANCE), id, amount, DepositMethod.TRANSFER, "pay-" + receipt)); // a retry, paid once
    }
  }

  // ------------------------------------------------------------------ seals

  private void useSeal(OfficeId o) {
    List<Seal> inUse = seals.registry(actor(o, Role.SEAL_ADMINISTRATOR), o).stream().filter(s -> s.state() == SealState.IN_USE).toList();
    if (inUse.isEmpty()) {
      return;
    }
    Seal s = inUse.get(random.nextInt(inUse.size()));
    String[] docs = {"装修管理服务协议", "业主证明", "维修外包合同", "停水通知", "车位租赁协议"};
    Optional<SealUse> u = outcome(seals.requestUse(actor(o, Role.FRONT_DESK_CLERK), new SealUseDraft(s.id(), "客户服务中心",
        docs[random.nextInt(docs.length)], "办理业务", 1 + random.nextInt(4))));
    if (u.isEmpty()) {
      return;
    }
    at.accept(in(Duration.ofMinutes(10), Duration.ofMinutes(90)), () -> {
      if (outcome(seals.review(actor(o, Role.DEPARTMENT_HEAD), u.get().id())).isPresent()
          && outcome(seals.registerUse(actor(o, Role.SEAL_ADMINISTRATOR), u.get().id())).isPresent()) {
        Actor custodian = s.type() == SealType.OFFICE ? actor(o, Role.OFFICE_DIRECTOR) : actor(o, Role.SEAL_ADMINISTRATOR);
        outcome(seals.stamp(custodian, u.get().id(), u.get().copies(), random.nextBoolean()));
      }
    });
  }

  // ------------------------------------------------------------------ archives

  private void borrow(OfficeId o) {
    List<ArchiveItem> filed = archives.items(actor(o, Role.ARCHIVIST), o, ArchiveItemState.FILED);
    if (filed.isEmpty()) {
      return;
    }
    ArchiveItem item = filed.get(random.nextInt(filed.size()));
    boolean takeOut = item.confidentiality() != Confidentiality.CONFIDENTIAL && random.nextInt(4) == 0;
    Optional<ArchiveLoan> l = outcome(archives.requestLoan(actor(o, Role.PROPERTY_ASSISTANT), new LoanDraft(item.id(),
        takeOut ? "报送审查" : "查阅核对", takeOut, now.get().plus(takeOut ? Duration.ofDays(2) : Duration.ofHours(3)))));
    if (l.isEmpty()) {
      return;
    }
    at.accept(in(Duration.ofMinutes(5), Duration.ofMinutes(60)), () -> {
      if (outcome(archives.approveLoan(actor(o, Role.OFFICE_DIRECTOR), l.get().id())).isPresent()
          && outcome(archives.issue(actor(o, Role.ARCHIVIST), l.get().id())).isPresent()) {
        boolean late = random.nextInt(6) == 0;
        Duration back = takeOut ? Duration.ofDays(late ? 3 : 1) : Duration.ofHours(late ? 5 : 1);
        at.accept(in(back, Duration.ofHours(1)), () -> outcome(archives.returnLoan(actor(o, Role.ARCHIVIST), l.get().id(),
            random.nextInt(20) > 0, "归还验收")));
      }
    });
  }

  private void destroyOne(OfficeId o) {
    Actor archivist = actor(o, Role.ARCHIVIST);
    LocalDate today = now.get().atZone(DemoCompany.ZONE).toLocalDate();
    Optional<ArchiveItemId> old = archives.items(archivist, o, ArchiveItemState.FILED).stream()
        .filter(a -> a.retentionEnds().filter(end -> !today.isBefore(end)).isPresent()).map(ArchiveItem::id).findFirst();
    if (old.isEmpty() || outcome(archives.listForDestruction(archivist, old.get(), "保管期满")).isEmpty()) {
      return;
    }
    outcome(archives.approveDestruction(actor(o, Role.OFFICE_DIRECTOR), old.get()));
    outcome(archives.approveDestruction(company.generalManager(), old.get()));
    outcome(archives.destroy(archivist, old.get(), List.of(new Witness(actor(o, Role.OFFICE_DIRECTOR).staffId(), "管理处主任"),
        new Witness(actor(o, Role.FINANCE).staffId(), "财务"))));
  }
}

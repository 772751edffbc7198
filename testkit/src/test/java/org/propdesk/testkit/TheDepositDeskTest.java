package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.deposit.ApplicantRelation;
import org.propdesk.core.deposit.CollectionRequest;
import org.propdesk.core.deposit.Deduction;
import org.propdesk.core.deposit.DeductionKind;
import org.propdesk.core.deposit.Deductions;
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.DepositMethod;
import org.propdesk.core.deposit.DepositState;
import org.propdesk.core.deposit.DepositType;
import org.propdesk.core.deposit.EntryKind;
import org.propdesk.core.deposit.LedgerEntry;
import org.propdesk.core.deposit.ReceiptNumber;
import org.propdesk.core.deposit.RefundApplicationDraft;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.Notification;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.deposit.DepositDesk;
import org.propdesk.workflows.deposit.Deposits;

/**
 * Deposits (押金收退, PROCEDURES §8) through the facade: collection against a receipt unique per office,
 * banking by the next working day of the statutory calendar, the unbanked list and its alarm, refunds
 * with deductions from the closed list, the applicant's signature, finance's countersignature for a third
 * party, an approver who is never the requester, a renovation acceptance first, payment from banked
 * money only, exactly once, and a ledger that is only ever appended to. Expected figures are worked out
 * here from the specification.
 */
class TheDepositDeskTest {
  private final MutableClock clock = MutableClock.shanghai("2026-03-06T10:00"); // a Friday
  private final RecordingNotifier notifier = RecordingNotifier.create();
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
      .notifier(notifier).directory(Fixtures.directory()).procedure(Deposits.PROCEDURE).build();
  private final DepositDesk deposits = desk.procedure(Deposits.PROCEDURE);

  private static Actor clerk() {
    return Fixtures.clerk(OFFICE_1);
  }

  private static Actor finance() {
    return Fixtures.finance(OFFICE_1);
  }

  private static Actor director() {
    return Fixtures.director(OFFICE_1);
  }

  private static CollectionRequest request(DepositType type, String amount, String receipt) {
    return request(OFFICE_1, type, amount, receipt);
  }

  private static CollectionRequest request(OfficeId office, DepositType type, String amount, String receipt) {
    return new CollectionRequest(Fixtures.desk(office), type, Fixtures.unit(office, 3), Optional.of(Fixtures.owner(office, 3)), "王芳",
        Optional.of(PhoneNumber.of("13800135678")), Money.parse(amount), DepositMethod.CASH, ReceiptNumber.parse(receipt),
        "1-103 装修押金");
  }

  private Deposit collect(DepositType type, String amount, String receipt) {
    return deposits.collect(clerk(), request(type, amount, receipt), "collect-" + receipt).orElseThrow();
  }

  private static RefundApplicationDraft byPayer(String receipt) {
    return new RefundApplicationDraft("王芳", ApplicantRelation.PAYER, Optional.empty(), ReceiptNumber.parse(receipt));
  }

  private long journalSize() {
    return desk.audit().entries(OFFICE_1, 1, 10_000).size();
  }

  private List<JournalEntry> refusals() {
    return desk.audit().entries(OFFICE_1, 1, 10_000).stream().filter(e -> e.draft().action().startsWith("REFUSED:")).toList();
  }

  /** Collects, banks and takes a refund to the point of approval, by the clerk, as the payer. */
  private Deposit signedRefund(DepositType type, String amount, String receipt, List<Deduction> deductions) {
    Deposit d = collect(type, amount, receipt);
    deposits.bank(clerk(), d.id(), "SLIP-" + receipt, "bank-" + receipt).orElseThrow();
    if (type == DepositType.RENOVATION) {
      deposits.recordAcceptance(Fixtures.actor(OFFICE_1, Role.DEPARTMENT_HEAD), d.id(), LocalDate.of(2026, 3, 6),
          Fixtures.technician(OFFICE_1).staffId(), true, "验收合格").orElseThrow();
    }
    deposits.applyRefund(clerk(), d.id(), byPayer(receipt)).orElseThrow();
    deposits.assess(Fixtures.assistant(OFFICE_1), d.id(), deductions, "assess-" + receipt).orElseThrow();
    return deposits.sign(clerk(), d.id(), "王芳").orElseThrow();
  }

  @Test
  void aDepositCollectedOnAFridayIsDueAtTheBankOnMondayAndOneCollectedBeforeTheSpringFestivalOnTheMakeUpSaturday() {
    Deposit friday = collect(DepositType.PASS_PERMIT, "200.00", "A-0001");
    clock.setLocal("2026-02-13T16:00"); // Friday; 02-14 is a make-up working Saturday (PROCEDURES §17)
    Deposit beforeFestival = collect(DepositType.PASS_PERMIT, "200.00", "A-0002");

    assertThat(friday.bankingDue()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(beforeFestival.bankingDue()).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(friday.state()).isEqualTo(DepositState.HELD);
    assertThat(friday.ledger().entries()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EntryKind.COLLECTION);
      assertThat(e.amount()).isEqualTo(Money.ofFen(20_000));
    });
    assertThat(friday.held()).isEqualTo(Money.parse("200.00"));
    assertThat(friday.ledger().unbanked()).isEqualTo(Money.parse("200.00"));
    assertThat(friday.toString()).contains("138****5678").doesNotContain("13800135678");
    assertThat(deposits.findByReceipt(clerk(), OFFICE_1, ReceiptNumber.parse("a-0001"))).contains(friday);
  }

  @Test
  void aReceiptNumberIsRegisteredOncePerOfficeInAnyWritingAndAnotherOfficeMayUseIt() {
    Deposit first = collect(DepositType.RENOVATION, "3000.00", "AB-0012");
    long before = journalSize();

    Result<Deposit> again = deposits.collect(clerk(), request(DepositType.RENTAL, "500.00", "ａｂ-００１２"), "another-key");

    assertThat(again.rejection().orElseThrow().code()).isEqualTo(RejectionCode.INVALID_COMMAND);
    assertThat(again.rejection().orElseThrow().field()).contains("receiptNo");
    assertThat(deposits.open(clerk(), OFFICE_1)).containsExactly(first);
    assertThat(journalSize()).as("only the refusal is journaled").isEqualTo(before + 1);
    assertThat(refusals()).singleElement().satisfies(e -> assertThat(e.draft().action()).isEqualTo("REFUSED:COLLECT"));
    assertThat(deposits.collect(Fixtures.clerk(OFFICE_2), request(OFFICE_2, DepositType.RENTAL, "500.00", "AB-0012"), "o2")
        .isAccepted()).isTrue();
  }

  @Test
  void theUnbankedListHoldsMoneyUntilItIsBankedAndTheSweepRaisesTheAlarmOnceAfterTheDueDay() {
    Deposit a = collect(DepositType.PASS_PERMIT, "200.00", "A-0001");
    Deposit b = collect(DepositType.BORROWED_EQUIPMENT, "100.00", "A-0002");
    deposits.bank(finance(), a.id(), "SLIP-1", "bank-1").orElseThrow();
    assertThat(deposits.unbanked(finance(), OFFICE_1)).extracting(Deposit::id).containsExactly(b.id());

    clock.setLocal("2026-03-09T23:59"); // still the due day
    desk.timers().runDue();
    desk.outbox().deliverDue();
    assertThat(notifier.deliveries()).noneMatch(n -> n.eventType().equals("BankingOverdue"));

    clock.setLocal("2026-03-10T00:01");
    desk.timers().runDue();
    desk.timers().runDue();
    desk.outbox().deliverDue();
    assertThat(notifier.deliveries()).filteredOn(n -> n.eventType().equals("BankingOverdue")).extracting(Notification::role)
        .containsExactlyInAnyOrder(Optional.of(Role.FINANCE), Optional.of(Role.OFFICE_DIRECTOR));
    assertThat(deposits.find(finance(), b.id()).orElseThrow().bankingOverdue()).isTrue();

    Deposit late = deposits.bank(finance(), b.id(), "SLIP-2", "bank-2").orElseThrow();
    assertThat(late.banking().orElseThrow().late()).isTrue();
    assertThat(deposits.find(finance(), a.id()).orElseThrow().banking().orElseThrow().late()).isFalse();
    assertThat(deposits.unbanked(finance(), OFFICE_1)).isEmpty();
    assertThat(deposits.bank(finance(), b.id(), "SLIP-3", "bank-3").rejection().orElseThrow().code()).isEqualTo(RejectionCode.ALREADY_DONE);
  }

  @Test
  void aRenovationRefundWithDeductionsSettlesTheLedgerSoThatCollectedIsRefundedPlusDeducted() {
    List<Deduction> deductions = Deductions.parse("ADMINISTRATION_FEE=50.00; 损坏=200:门框损坏");
    Deposit signed = signedRefund(DepositType.RENOVATION, "5000.00", "R-0001", deductions);
    assertThat(signed.application().orElseThrow().refundable()).contains(Money.parse("4750.00"));

    deposits.approve(director(), signed.id()).orElseThrow();
    Deposit settled = deposits.pay(finance(), signed.id(), Money.parse("4750.00"), DepositMethod.TRANSFER, "pay-1").orElseThrow();

    assertThat(settled.state()).isEqualTo(DepositState.SETTLED);
    assertThat(settled.ledger().entries()).extracting(LedgerEntry::kind, e -> e.amount().toPlainString()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(EntryKind.COLLECTION, "5000.00"), org.assertj.core.groups.Tuple.tuple(EntryKind.BANKING, "5000.00"),
        org.assertj.core.groups.Tuple.tuple(EntryKind.DEDUCTION, "50.00"), org.assertj.core.groups.Tuple.tuple(EntryKind.DEDUCTION, "200.00"),
        org.assertj.core.groups.Tuple.tuple(EntryKind.REFUND, "4750.00"));
    assertThat(settled.ledger().collected()).isEqualTo(Money.parse("5000.00"));
    assertThat(settled.ledger().refunded()).isEqualTo(Money.parse("4750.00"));
    assertThat(settled.ledger().deducted()).isEqualTo(Money.parse("250.00"));
    assertThat(settled.held()).isEqualTo(Money.ZERO);
    assertThat(settled.ledger().banked()).as("the deductions stay in the bank").isEqualTo(Money.parse("250.00"));
    desk.outbox().deliverDue();
    assertThat(notifier.deliveries()).filteredOn(n -> n.eventType().equals("Approved")).extracting(Notification::role)
        .containsExactly(Optional.of(Role.FINANCE));
    assertThat(desk.audit().verify(OFFICE_1).intact()).isTrue();
  }

  @Test
  void theApproverIsNeverTheStaffMemberWhoFiledTheRefundAndTheAttemptIsJournaled() {
    Deposit d = collect(DepositType.PASS_PERMIT, "200.00", "P-0001");
    deposits.bank(clerk(), d.id(), "SLIP-1", "bank-1").orElseThrow();
    deposits.applyRefund(director(), d.id(), byPayer("P-0001")).orElseThrow();
    deposits.assess(clerk(), d.id(), List.of(), "assess-1").orElseThrow();
    deposits.sign(clerk(), d.id(), "王芳").orElseThrow();

    Result<Deposit> self = deposits.approve(director(), d.id());

    assertThat(self.rejection().orElseThrow().code()).isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    assertThat(desk.explain(self.rejection().orElseThrow())).contains("不能审批");
    assertThat(deposits.find(clerk(), d.id()).orElseThrow().state()).isEqualTo(DepositState.SIGNED);
    assertThat(refusals()).singleElement().satisfies(e -> {
      assertThat(e.draft().action()).isEqualTo("REFUSED:APPROVE");
      assertThat(e.draft().actor()).isEqualTo(director().staffId().value());
      assertThat(e.draft().payload()).contains("INSUFFICIENT_AUTHORITY");
    });
    assertThat(deposits.approve(Fixtures.generalManager(), d.id()).orElseThrow().application().orElseThrow().approval().orElseThrow().by())
        .isEqualTo(Fixtures.generalManager().staffId());
    assertThat(deposits.approve(clerk(), d.id()).rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
  }

  @Test
  void aRenovationDepositIsApprovedOnlyAfterAPassedAcceptanceByAnInspectorOfTheOffice() {
    Deposit d = collect(DepositType.RENOVATION, "3000.00", "R-0002");
    deposits.bank(clerk(), d.id(), "SLIP-1", "bank-1").orElseThrow();
    deposits.applyRefund(clerk(), d.id(), byPayer("R-0002")).orElseThrow();
    deposits.assess(clerk(), d.id(), List.of(), "assess-1").orElseThrow();
    deposits.sign(clerk(), d.id(), "王芳").orElseThrow();
    Actor head = Fixtures.actor(OFFICE_1, Role.DEPARTMENT_HEAD);

    assertThat(deposits.approve(director(), d.id()).rejection().orElseThrow().field()).contains("acceptance");
    assertThat(deposits.recordAcceptance(head, d.id(), LocalDate.of(2026, 3, 6), Fixtures.technician(OFFICE_2).staffId(), true, "合格")
        .rejection().orElseThrow().field()).contains("inspector");
    assertThat(deposits.recordAcceptance(head, d.id(), LocalDate.of(2026, 3, 7), Fixtures.technician(OFFICE_1).staffId(), true, "合格")
        .rejection().orElseThrow().field()).as("tomorrow").contains("inspectedOn");
    deposits.recordAcceptance(head, d.id(), LocalDate.of(2026, 3, 6), Fixtures.technician(OFFICE_1).staffId(), false, "墙面未修复")
        .orElseThrow();
    assertThat(deposits.approve(director(), d.id()).rejection().orElseThrow().field()).contains("acceptance");
    Deposit passed = deposits.recordAcceptance(head, d.id(), LocalDate.of(2026, 3, 6), Fixtures.technician(OFFICE_1).staffId(), true,
        "复验合格").orElseThrow();
    assertThat(passed.acceptances()).extracting(a -> a.passed()).containsExactly(false, true);
    assertThat(deposits.approve(director(), d.id()).isAccepted()).isTrue();

    Deposit pass = collect(DepositType.PASS_PERMIT, "100.00", "P-0009");
    assertThat(deposits.recordAcceptance(head, pass.id(), LocalDate.of(2026, 3, 6), Fixtures.technician(OFFICE_1).staffId(), true, "合格")
        .rejection().orElseThrow().field()).contains("type");
  }

  @Test
  void aThirdPartyApplicantIsPaidOnlyAfterFinanceCountersignsOnce() {
    Deposit d = collect(DepositType.RENTAL, "800.00", "T-0001");
    deposits.bank(clerk(), d.id(), "SLIP-1", "bank-1").orElseThrow();
    deposits.applyRefund(clerk(), d.id(), new RefundApplicationDraft("代办人张三", ApplicantRelation.OTHER, Optional.empty(),
        ReceiptNumber.parse("T-0001"))).orElseThrow();
    deposits.assess(clerk(), d.id(), List.of(), "assess-1").orElseThrow();
    deposits.sign(clerk(), d.id(), "张三").orElseThrow();
    desk.outbox().deliverDue();
    assertThat(notifier.deliveries()).filteredOn(n -> n.eventType().equals("ApplicantSigned")).extracting(Notification::role)
        .containsExactlyInAnyOrder(Optional.of(Role.OFFICE_DIRECTOR), Optional.of(Role.FINANCE));
    deposits.approve(director(), d.id()).orElseThrow();

    Result<Deposit> unsigned = deposits.pay(finance(), d.id(), Money.parse("800.00"), DepositMethod.CASH, "pay-1");
    assertThat(unsigned.rejection().orElseThrow().field()).contains("countersign");
    assertThat(deposits.countersign(clerk(), d.id()).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(deposits.countersign(Fixtures.finance(OFFICE_2), d.id()).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
    deposits.countersign(finance(), d.id()).orElseThrow();
    assertThat(deposits.countersign(finance(), d.id()).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ALREADY_DONE);

    Deposit paid = deposits.pay(finance(), d.id(), Money.parse("800.00"), DepositMethod.CASH, "pay-1").orElseThrow();
    assertThat(paid.application().orElseThrow().countersign().orElseThrow().by()).isEqualTo(finance().staffId());
    assertThat(paid.ledger().refunded()).isEqualTo(Money.parse("800.00"));
  }

  @Test
  void aRefundIsNeverPaidFromUnbankedTakings() {
    Deposit d = collect(DepositType.PASS_PERMIT, "200.00", "P-0002");
    deposits.applyRefund(clerk(), d.id(), byPayer("P-0002")).orElseThrow();
    deposits.assess(clerk(), d.id(), List.of(), "assess-1").orElseThrow();
    deposits.sign(clerk(), d.id(), "王芳").orElseThrow();
    deposits.approve(director(), d.id()).orElseThrow();

    Result<Deposit> fromTakings = deposits.pay(finance(), d.id(), Money.parse("200.00"), DepositMethod.CASH, "pay-1");
    assertThat(fromTakings.rejection().orElseThrow().messageIn(java.util.Locale.SIMPLIFIED_CHINESE)).contains("不得坐支");

    deposits.bank(finance(), d.id(), "SLIP-1", "bank-1").orElseThrow();
    assertThat(deposits.pay(finance(), d.id(), Money.parse("200.00"), DepositMethod.CASH, "pay-1").orElseThrow().state())
        .isEqualTo(DepositState.SETTLED);
  }

  @Test
  void aRetriedPaymentReturnsTheFirstResultAndAReusedKeyWithAnotherAmountIsRefused() {
    Deposit signed = signedRefund(DepositType.PASS_PERMIT, "200.00", "P-0003", List.of(Deduction.of(DeductionKind.LOST_ITEM,
        Money.parse("20.00"))));
    deposits.approve(director(), signed.id()).orElseThrow();
    Deposit paid = deposits.pay(finance(), signed.id(), Money.parse("180.00"), DepositMethod.CASH, "pay-77").orElseThrow();
    long journal = journalSize();

    assertThat(deposits.pay(finance(), signed.id(), Money.parse("180.00"), DepositMethod.CASH, "pay-77").orElseThrow()).isEqualTo(paid);
    assertThat(journalSize()).isEqualTo(journal);
    assertThatThrownBy(() -> deposits.pay(finance(), signed.id(), Money.parse("200.00"), DepositMethod.CASH, "pay-77"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("idempotencyKey");
    assertThat(deposits.pay(finance(), signed.id(), Money.parse("180.00"), DepositMethod.CASH, "pay-78").rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    assertThat(deposits.find(finance(), signed.id()).orElseThrow().ledger().refunded()).isEqualTo(Money.parse("180.00"));
  }

  @Test
  void aRetriedCollectionRegistersOneDepositAndOneReceipt() {
    Deposit first = deposits.collect(clerk(), request(DepositType.RENTAL, "500.00", "C-0001"), "pos-1").orElseThrow();
    Deposit again = deposits.collect(clerk(), request(DepositType.RENTAL, "500.00", "C-0001"), "pos-1").orElseThrow();

    assertThat(again).isEqualTo(first);
    assertThat(deposits.open(clerk(), OFFICE_1)).containsExactly(first);
    assertThatThrownBy(() -> deposits.collect(clerk(), request(DepositType.RENTAL, "600.00", "C-0002"), "pos-1"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("idempotencyKey");
  }

  @Test
  void aMistakenCollectionIsReversedByANewEntryAndNoEntryIsEverChanged() {
    Deposit d = collect(DepositType.RENOVATION, "5000.00", "R-0003");
    assertThat(deposits.correctCollection(clerk(), d.id(), Money.parse("3000.00"), "多录", "fix-1").rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);

    Deposit corrected = deposits.correctCollection(finance(), d.id(), Money.parse("3000.00"), "收款金额录入错误", "fix-1").orElseThrow();

    assertThat(d.ledger().isPrefixOf(corrected.ledger())).isTrue();
    assertThat(corrected.ledger().entries()).extracting(LedgerEntry::kind).containsExactly(EntryKind.COLLECTION, EntryKind.REVERSAL,
        EntryKind.COLLECTION);
    assertThat(corrected.ledger().entries().get(1).reverses()).contains(1);
    assertThat(corrected.ledger().collected()).isEqualTo(Money.parse("3000.00"));
    assertThat(corrected.held()).isEqualTo(Money.parse("3000.00"));
    deposits.bank(finance(), d.id(), "SLIP-1", "bank-1").orElseThrow();
    assertThat(deposits.correctCollection(finance(), d.id(), Money.parse("2000.00"), "再改", "fix-2").rejection().orElseThrow().field())
        .contains("amount");
  }

  @Test
  void deductionsAboveWhatIsHeldAForeignReceiptAndAFalseOwnerAreRefusedAndChangeNothing() {
    Deposit d = collect(DepositType.PASS_PERMIT, "200.00", "P-0004");
    assertThat(deposits.applyRefund(clerk(), d.id(), byPayer("P-9999")).rejection().orElseThrow().field()).contains("receiptPresented");
    assertThat(deposits.applyRefund(clerk(), d.id(), new RefundApplicationDraft("某人", ApplicantRelation.OWNER,
        Optional.of(Fixtures.owner(OFFICE_1, 4)), ReceiptNumber.parse("P-0004"))).rejection().orElseThrow().field()).contains("resident");
    assertThat(deposits.applyRefund(clerk(), d.id(), new RefundApplicationDraft("王芳", ApplicantRelation.TENANT,
        Optional.of(Fixtures.owner(OFFICE_1, 3)), ReceiptNumber.parse("P-0004"))).rejection().orElseThrow().field()).contains("resident");
    deposits.applyRefund(clerk(), d.id(), new RefundApplicationDraft("王芳", ApplicantRelation.OWNER,
        Optional.of(Fixtures.owner(OFFICE_1, 3)), ReceiptNumber.parse("p-0004"))).orElseThrow();
    Deposit before = deposits.find(clerk(), d.id()).orElseThrow();

    Result<Deposit> tooMuch = deposits.assess(clerk(), d.id(), Deductions.parse("DAMAGE=150; OTHER=50.01:清洁费"), "assess-1");

    assertThat(tooMuch.rejection().orElseThrow().field()).contains("deductions");
    assertThat(deposits.find(clerk(), d.id())).contains(before);
    assertThat(refusals()).hasSize(4);
  }

  @Test
  void badInputIsATypedErrorNamingTheFieldAndChangesNothing() {
    Deposit d = collect(DepositType.PASS_PERMIT, "200.00", "P-0005");
    long journal = journalSize();

    assertThatThrownBy(() -> ReceiptNumber.parse("A B")).isInstanceOf(InvalidInputException.class).hasMessageContaining("receiptNo");
    assertThatThrownBy(() -> ReceiptNumber.parse("-A1")).isInstanceOf(InvalidInputException.class).hasMessageContaining("receiptNo");
    assertThatThrownBy(() -> ReceiptNumber.parse("A".repeat(33))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("receiptNo");
    assertThatThrownBy(() -> Deductions.parse("DAMAGE=1.005")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deductions[1].amount");
    assertThatThrownBy(() -> Deductions.parse("DAMAGE=1;REFUEL=2")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deductions[2].kind");
    assertThatThrownBy(() -> Deductions.parse("OTHER=5")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deductions[1].text");
    assertThatThrownBy(() -> Deductions.parse("DAMAGE=-5")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deductions[1].amount");
    assertThatThrownBy(() -> deposits.bank(clerk(), d.id(), "slip\u0000", "k")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("slipNo");
    assertThatThrownBy(() -> deposits.bank(clerk(), d.id(), "SLIP-1", null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("idempotencyKey");
    assertThatThrownBy(() -> deposits.sign(clerk(), d.id(), "王\n芳")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("signedBy");
    assertThatThrownBy(() -> new CollectionRequest(Fixtures.desk(OFFICE_1), DepositType.RENTAL, Fixtures.unit(OFFICE_1, 1),
        Optional.empty(), "王芳", Optional.empty(), Money.ZERO, DepositMethod.CASH, ReceiptNumber.parse("X1"), "押金"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("amount");
    assertThat(deposits.find(clerk(), d.id())).contains(d);
    assertThat(journalSize()).isEqualTo(journal);
  }

  @Test
  void staffOfAnotherOfficeCannotSeeOrTouchADepositAndAGuardCannotCollectOne() {
    Deposit d = collect(DepositType.PASS_PERMIT, "200.00", "P-0006");

    assertThat(deposits.find(Fixtures.clerk(OFFICE_2), d.id())).isEmpty();
    assertThat(deposits.bank(Fixtures.finance(OFFICE_2), d.id(), "SLIP-1", "bank-1").rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(deposits.unbanked(Fixtures.finance(OFFICE_2), OFFICE_1)).isEmpty();
    assertThat(deposits.collect(Fixtures.clerk(OFFICE_2), request(DepositType.RENTAL, "100.00", "Z-1"), "k").rejection().orElseThrow()
        .code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(deposits.collect(Fixtures.guard(OFFICE_1), request(DepositType.RENTAL, "100.00", "Z-2"), "k2").rejection().orElseThrow()
        .code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(deposits.open(clerk(), OFFICE_1)).containsExactly(d);
  }
}

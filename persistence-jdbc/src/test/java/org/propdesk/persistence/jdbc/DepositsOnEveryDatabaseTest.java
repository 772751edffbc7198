package org.propdesk.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.deposit.ApplicantRelation;
import org.propdesk.core.deposit.CollectionRequest;
import org.propdesk.core.deposit.Deductions;
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.DepositEvent;
import org.propdesk.core.deposit.DepositMethod;
import org.propdesk.core.deposit.DepositState;
import org.propdesk.core.deposit.DepositType;
import org.propdesk.core.deposit.ReceiptNumber;
import org.propdesk.core.deposit.RefundApplicationDraft;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.IdSource;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.deposit.DepositDesk;
import org.propdesk.workflows.deposit.Deposits;

/**
 * The deposit procedure on H2, PostgreSQL and MariaDB with no change to JdbcStorage: the ledger keeps every entry
 * to the fen through the JSON document and the fen columns; a receipt number stays taken after a
 * restart; the unbanked list and the banking alarm come from real columns; a refund retried on a
 * restarted node is not paid twice; refusals are journaled and the chain verifies.
 */
class DepositsOnEveryDatabaseTest {
  private static PropDesk node(DataSource ds, MutableClock clock) {
    return PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock)).storage(JdbcStorage.create(ds))
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).procedure(Deposits.PROCEDURE).build();
  }

  private static CollectionRequest collection(String amount, String receipt) {
    return new CollectionRequest(Fixtures.desk(OFFICE_1), DepositType.RENOVATION, Fixtures.unit(OFFICE_1, 6),
        Optional.of(Fixtures.owner(OFFICE_1, 6)), "赵磊", Optional.of(PhoneNumber.of("13912345678")), Money.parse(amount),
        DepositMethod.TRANSFER, ReceiptNumber.parse(receipt), "1-106 装修押金");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.propdesk.persistence.jdbc.Databases#all")
  void aRenovationDepositIsCollectedBankedLateAndRefundedOnceAcrossARestart(String name, Supplier<DataSource> database) {
    DataSource ds = database.get();
    MutableClock clock = MutableClock.shanghai("2026-03-06T10:00");
    PropDesk first = node(ds, clock);
    DepositDesk deposits = first.procedure(Deposits.PROCEDURE);
    Deposit d = deposits.collect(Fixtures.clerk(OFFICE_1), collection("3000.07", "ZX-0001"), "pos-1").orElseThrow();
    deposits.collect(Fixtures.clerk(OFFICE_1), collection("10.00", "ZX-0002"), "pos-2").orElseThrow();
    assertThat(deposits.unbanked(Fixtures.finance(OFFICE_1), OFFICE_1)).hasSize(2);

    clock.setLocal("2026-03-10T08:00");
    first.timers().runDue();
    PropDesk restarted = node(ds, clock);
    DepositDesk again = restarted.procedure(Deposits.PROCEDURE);
    assertThat(again.collect(Fixtures.clerk(OFFICE_1), collection("3000.07", "zx-0001"), "pos-3").rejection().orElseThrow().field())
        .contains("receiptNo");
    assertThat(again.find(Fixtures.finance(OFFICE_1), d.id()).orElseThrow().bankingOverdue()).isTrue();
    assertThat(again.bank(Fixtures.finance(OFFICE_1), d.id(), "SLIP-88", "bank-1").orElseThrow().banking().orElseThrow().late()).isTrue();
    again.recordAcceptance(Fixtures.actor(OFFICE_1, Role.DEPARTMENT_HEAD), d.id(), LocalDate.of(2026, 3, 9),
        Fixtures.technician(OFFICE_1).staffId(), true, "验收合格").orElseThrow();
    again.applyRefund(Fixtures.clerk(OFFICE_1), d.id(), new RefundApplicationDraft("赵磊", ApplicantRelation.PAYER, Optional.empty(),
        ReceiptNumber.parse("ZX-0001"))).orElseThrow();
    again.assess(Fixtures.assistant(OFFICE_1), d.id(), Deductions.parse("ADMINISTRATION_FEE=0.07;损坏=100:墙面"), "assess-1").orElseThrow();
    again.sign(Fixtures.clerk(OFFICE_1), d.id(), "赵磊").orElseThrow();
    assertThat(again.approve(Fixtures.clerk(OFFICE_1), d.id()).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    again.approve(Fixtures.director(OFFICE_1), d.id()).orElseThrow();
    Deposit paid = again.pay(Fixtures.finance(OFFICE_1), d.id(), Money.parse("2900.00"), DepositMethod.TRANSFER, "pay-1").orElseThrow();

    DepositDesk third = node(ds, clock).procedure(Deposits.PROCEDURE);
    assertThat(third.pay(Fixtures.finance(OFFICE_1), d.id(), Money.parse("2900.00"), DepositMethod.TRANSFER, "pay-1").orElseThrow())
        .isEqualTo(paid);
    Deposit stored = third.find(Fixtures.finance(OFFICE_1), d.id()).orElseThrow();
    assertThat(stored.state()).isEqualTo(DepositState.SETTLED);
    assertThat(stored.ledger()).isEqualTo(paid.ledger());
    assertThat(stored.ledger().collected()).isEqualTo(Money.ofFen(300_007));
    assertThat(stored.ledger().deducted()).isEqualTo(Money.ofFen(10_007));
    assertThat(stored.ledger().refunded()).isEqualTo(Money.ofFen(290_000));
    assertThat(third.unbanked(Fixtures.finance(OFFICE_1), OFFICE_1)).extracting(x -> x.receiptNo().value()).containsExactly("ZX-0002");
    assertThat(restarted.audit().events(DepositEvent.class, OFFICE_1, d.id().value()))
        .filteredOn(e -> e instanceof DepositEvent.Settled).hasSize(1);
    assertThat(restarted.audit().entries(OFFICE_1, 1, 1000)).filteredOn(e -> e.draft().action().startsWith("REFUSED:"))
        .extracting(e -> e.draft().action()).containsExactly("REFUSED:COLLECT", "REFUSED:APPROVE");
    assertThat(restarted.audit().verify(OFFICE_1).intact()).isTrue();
  }
}

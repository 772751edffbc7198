package org.propdesk.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propdesk.core.lifecycle.GoldenTables;
import org.propdesk.core.lifecycle.Transition;
import org.propdesk.core.org.Role;

/**
 * Every (state, trigger) pair of the deposit table against a golden table written here by hand from
 * PROCEDURES §8: application, assessment, the applicant's signature, approval, payment; refusal and
 * withdrawal back to held; banking, the alarm and renovation acceptances beside them; a correction only
 * while held. A cell names the target state; "-" means not permitted.
 */
class DepositLifecycleTableTest {
  // Columns: HELD REFUND_REQUESTED ASSESSED SIGNED APPROVED SETTLED
  private static final String TABLE = """
      BANK                HELD              REFUND_REQUESTED  ASSESSED  SIGNED    APPROVED  -
      CORRECT_COLLECTION  HELD              -                 -         -         -         -
      RECORD_ACCEPTANCE   HELD              REFUND_REQUESTED  ASSESSED  SIGNED    APPROVED  -
      APPLY_REFUND        REFUND_REQUESTED  -                 -         -         -         -
      ASSESS              -                 ASSESSED          ASSESSED  ASSESSED  -         -
      SIGN                -                 -                 SIGNED    -         -         -
      COUNTERSIGN         -                 -                 -         SIGNED    APPROVED  -
      APPROVE             -                 -                 -         APPROVED  -         -
      REJECT              -                 -                 -         HELD      HELD      -
      WITHDRAW            -                 HELD              HELD      HELD      HELD      -
      PAY                 -                 -                 -         -         SETTLED   -
      BANKING_OVERDUE     HELD              REFUND_REQUESTED  ASSESSED  SIGNED    APPROVED  -
      """;

  @Test
  void everyStateAndTriggerPairLeadsWhereTheGoldenTableSays() {
    GoldenTables.assertMatches(DepositLifecycle.TABLE, TABLE, DepositState.class, DepositTrigger.class);
    assertThat(DepositLifecycle.TABLE.terminalStates()).containsExactly(DepositState.SETTLED);
  }

  @Test
  void onlyFinanceCorrectsCountersignsAndPaysOnlyTheDirectorOrGeneralManagerApprovesAndOnlyTheSweepRaisesTheAlarm() {
    for (Transition<DepositState, DepositTrigger> t : DepositLifecycle.TABLE.transitions()) {
      switch (t.trigger()) {
        case CORRECT_COLLECTION, COUNTERSIGN, PAY -> assertThat(t.roles()).as("%s", t).containsExactly(Role.FINANCE);
        case APPROVE -> assertThat(t.roles()).containsExactlyInAnyOrder(Role.OFFICE_DIRECTOR, Role.GENERAL_MANAGER);
        case REJECT -> assertThat(t.roles()).containsExactlyInAnyOrder(Role.OFFICE_DIRECTOR, Role.GENERAL_MANAGER, Role.FINANCE);
        case BANKING_OVERDUE -> assertThat(t.roles()).containsExactly(Role.SYSTEM);
        case BANK -> assertThat(t.roles()).containsExactlyInAnyOrder(Role.FRONT_DESK_CLERK, Role.PROPERTY_ASSISTANT, Role.FINANCE);
        default -> assertThat(t.roles()).as("%s", t).doesNotContain(Role.SYSTEM, Role.SECURITY_GUARD, Role.FINANCE);
      }
    }
    assertThat(DepositLifecycle.TABLE.toMermaid()).contains("SIGNED --> APPROVED : APPROVE").contains("APPROVED --> SETTLED : PAY");
  }
}

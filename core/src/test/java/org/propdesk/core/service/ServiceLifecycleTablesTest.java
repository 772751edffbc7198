package org.propdesk.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propdesk.core.lifecycle.GoldenTables;
import org.propdesk.core.lifecycle.Transition;
import org.propdesk.core.org.Role;

/**
 * Every (state, trigger) pair of the special-service tables against golden tables written here by hand
 * from PROCEDURES §12: requested, quoted, accepted or refused, scheduled, in progress, done and accepted,
 * charged, callback, closed; a paid repair's order is done when its report is signed off and closes when
 * paid; a contract's visit is generated scheduled. A cell names the target state; "-" means not
 * permitted.
 */
class ServiceLifecycleTablesTest {

  // Columns: REQUESTED QUOTED ACCEPTED REFUSED SCHEDULED IN_PROGRESS DONE CHARGED CLOSED CANCELLED
  private static final String ORDER = """
      QUOTE                 QUOTED     QUOTED    -          -  -           -       -     -       -  -
      CONSENT               -          ACCEPTED  -          -  -           -       -     -       -  -
      REFUSE                -          REFUSED   -          -  -           -       -     -       -  -
      SCHEDULE              -          -         SCHEDULED  -  SCHEDULED   -       -     -       -  -
      GENERATE_VISIT        SCHEDULED  -         -          -  -           -       -     -       -  -
      START                 -          -         -          -  IN_PROGRESS -       -     -       -  -
      COMPLETE              -          -         -          -  -           DONE    -     -       -  -
      REPAIR_DONE           -          -         DONE       -  -           -       -     -       -  -
      CHARGE                -          -         -          -  -           -       CHARGED -     -  -
      CLOSE_REPAIR          -          -         -          -  -           -       -     CLOSED  -  -
      CALLBACK_SATISFIED    -          -         -          -  -           -       -     CLOSED  -  -
      CALLBACK_UNSATISFIED  -          -         -          -  -           -       -     CLOSED  -  -
      CALLBACK_UNREACHABLE  -          -         -          -  -           -       -     CHARGED -  -
      CLOSE_UNREACHABLE     -          -         -          -  -           -       -     CLOSED  -  -
      CANCEL                CANCELLED  CANCELLED CANCELLED  -  CANCELLED   -       -     -       -  -
      QUOTE_OVERDUE         REQUESTED  -         -          -  -           -       -     -       -  -
      """;

  // Columns: PUBLISHED WITHDRAWN
  private static final String PRICE_LIST = """
      PUBLISH   PUBLISHED  -
      WITHDRAW  WITHDRAWN  -
      """;

  // Columns: ACTIVE ENDED TERMINATED
  private static final String CONTRACT = """
      GENERATE_VISIT       ACTIVE      -  -
      GENERATE_LAST_VISIT  ENDED       -  -
      TERMINATE            TERMINATED  -  -
      """;

  @Test
  void everyOrderStateAndTriggerPairLeadsWhereTheGoldenTableSays() {
    GoldenTables.assertMatches(ServiceLifecycles.ORDER, ORDER, ServiceOrderState.class, ServiceOrderTrigger.class);
    assertThat(ServiceLifecycles.ORDER.terminalStates()).containsExactlyInAnyOrder(ServiceOrderState.CLOSED, ServiceOrderState.REFUSED,
        ServiceOrderState.CANCELLED);
  }

  @Test
  void everyPriceListAndContractPairLeadsWhereTheGoldenTablesSay() {
    GoldenTables.assertMatches(ServiceLifecycles.PRICE_LIST, PRICE_LIST, PriceListState.class, PriceListTrigger.class);
    GoldenTables.assertMatches(ServiceLifecycles.CONTRACT, CONTRACT, ContractState.class, ContractTrigger.class);
  }

  @Test
  void theMoneyStepsAreTheCashiersTheSignaturesTheRecordersAndTheClocksTheSweeps() {
    for (Transition<ServiceOrderState, ServiceOrderTrigger> t : ServiceLifecycles.ORDER.transitions()) {
      switch (t.trigger()) {
        case CHARGE, CLOSE_REPAIR -> assertThat(t.roles()).containsExactlyInAnyOrder(Role.FRONT_DESK_CLERK, Role.PROPERTY_ASSISTANT,
            Role.FINANCE);
        case CONSENT, REFUSE, REPAIR_DONE -> assertThat(t.roles()).doesNotContain(Role.SYSTEM, Role.FINANCE);
        case GENERATE_VISIT, QUOTE_OVERDUE -> assertThat(t.roles()).containsExactly(Role.SYSTEM);
        case START, COMPLETE -> assertThat(t.roles()).containsExactlyInAnyOrder(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD);
        default -> assertThat(t.roles()).as("%s", t).doesNotContain(Role.SYSTEM);
      }
    }
    assertThat(ServiceLifecycles.ORDER.toMermaid()).contains("QUOTED --> ACCEPTED").contains("DONE --> CHARGED");
  }
}

package org.propdesk.core.seal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propdesk.core.lifecycle.GoldenTables;
import org.propdesk.core.lifecycle.Transition;
import org.propdesk.core.org.Role;

/**
 * Every (state, trigger) pair of the seal tables against golden tables written here by hand from
 * PROCEDURES §10: a seal starts, stops, is accepted lost and destroyed only on the general manager's
 * approval; a use is reviewed, registered, then stamped. A cell names the target state; "-" means not
 * permitted.
 */
class SealLifecycleTablesTest {
  // Columns: PENDING_START IN_USE LOST_OR_DAMAGED RETIRED DESTROYED
  private static final String SEAL = """
      REQUEST_START        PENDING_START  -        -                -          -
      APPROVE_START        IN_USE         -        -                -          -
      REQUEST_STOP         -              IN_USE   -                -          -
      APPROVE_STOP         -              RETIRED  -                -          -
      REPORT_LOSS          -              LOST_OR_DAMAGED -         -          -
      APPROVE_LOSS         -              -        LOST_OR_DAMAGED  -          -
      RECORD_NOTICE        -              -        LOST_OR_DAMAGED  -          -
      REPLACE              -              -        LOST_OR_DAMAGED  -          -
      REQUEST_DESTRUCTION  PENDING_START  -        LOST_OR_DAMAGED  RETIRED    -
      APPROVE_DESTRUCTION  DESTROYED      -        DESTROYED        DESTROYED  -
      REFUSE_REQUEST       PENDING_START  IN_USE   LOST_OR_DAMAGED  RETIRED    -
      CHANGE_CUSTODIAN     PENDING_START  IN_USE   -                -          -
      """;

  // Columns: REQUESTED REVIEWED REGISTERED STAMPED REFUSED CANCELLED
  private static final String USE = """
      REVIEW    REVIEWED   -           -          -  -  -
      REFUSE    REFUSED    REFUSED     -          -  -  -
      REGISTER  -          REGISTERED  -          -  -  -
      STAMP     -          -           STAMPED    -  -  -
      CANCEL    CANCELLED  CANCELLED   CANCELLED  -  -  -
      """;

  @Test
  void everySealStateAndTriggerPairLeadsWhereTheGoldenTableSays() {
    GoldenTables.assertMatches(SealLifecycles.SEAL, SEAL, SealState.class, SealTrigger.class);
    assertThat(SealLifecycles.SEAL.terminalStates()).containsExactly(SealState.DESTROYED);
    assertThat(SealLifecycles.SEAL.restingStates()).containsExactlyInAnyOrder(SealState.RETIRED, SealState.LOST_OR_DAMAGED);
  }

  @Test
  void everyUseStateAndTriggerPairLeadsWhereTheGoldenTableSays() {
    GoldenTables.assertMatches(SealLifecycles.USE, USE, SealUseState.class, SealUseTrigger.class);
    assertThat(SealLifecycles.USE.terminalStates()).containsExactlyInAnyOrder(SealUseState.STAMPED, SealUseState.REFUSED,
        SealUseState.CANCELLED);
  }

  @Test
  void onlyTheGeneralManagerApprovesOrRefusesAndOnlyKeepersStamp() {
    for (Transition<SealState, SealTrigger> t : SealLifecycles.SEAL.transitions()) {
      if (t.trigger().name().startsWith("APPROVE_") || t.trigger() == SealTrigger.REFUSE_REQUEST) {
        assertThat(t.roles()).as("%s", t).containsExactly(Role.GENERAL_MANAGER);
      } else {
        assertThat(t.roles()).as("%s", t).doesNotContain(Role.SYSTEM, Role.FRONT_DESK_CLERK);
      }
    }
    assertThat(SealLifecycles.USE.transition(SealUseState.REGISTERED, SealUseTrigger.STAMP).orElseThrow().roles())
        .containsExactlyInAnyOrder(Role.SEAL_ADMINISTRATOR, Role.OFFICE_DIRECTOR, Role.FINANCE);
    assertThat(SealLifecycles.USE.transition(SealUseState.REQUESTED, SealUseTrigger.REVIEW).orElseThrow().roles())
        .containsExactlyInAnyOrder(Role.DEPARTMENT_HEAD, Role.OFFICE_DIRECTOR, Role.GENERAL_MANAGER);
    assertThat(SealLifecycles.SEAL.toMermaid()).contains("PENDING_START --> IN_USE : APPROVE_START");
  }
}

package org.propdesk.core.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.lifecycle.Transition;
import org.propdesk.core.org.Role;

/**
 * Every (state, trigger) pair of the visit lifecycle against a golden table written here by hand from
 * seed 4.4.5 (registered, host told, arrived, left; on site at closing flagged). A cell names the target
 * state; "-" means the trigger is not permitted in that state.
 */
class VisitLifecycleTableTest {

  // Columns, in this order: REGISTERED HOST_NOTIFIED ON_SITE LEFT DECLINED CANCELLED EXPIRED
  private static final String GOLDEN = """
      NOTIFY_HOST    HOST_NOTIFIED  -         -        -  -  -  -
      HOST_DECLINED  -              DECLINED  -        -  -  -  -
      ARRIVE         -              ON_SITE   -        -  -  -  -
      LEAVE          -              -         LEFT     -  -  -  -
      CANCEL         CANCELLED      CANCELLED -        -  -  -  -
      CLOSING_CHECK  EXPIRED        EXPIRED   ON_SITE  -  -  -  -
      """;

  private static Map<VisitTrigger, String[]> golden() {
    Map<VisitTrigger, String[]> rows = new HashMap<>();
    GOLDEN.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
      String[] cells = l.split("\\s+");
      rows.put(VisitTrigger.valueOf(cells[0]), Arrays.copyOfRange(cells, 1, cells.length));
    });
    return rows;
  }

  @Test
  void everyStateAndTriggerPairLeadsWhereTheGoldenTableSays() {
    Map<VisitTrigger, String[]> golden = golden();
    assertThat(golden.keySet()).containsExactlyInAnyOrder(VisitTrigger.values());
    VisitState[] states = VisitState.values();
    int checked = 0;
    for (VisitTrigger trigger : VisitTrigger.values()) {
      String[] row = golden.get(trigger);
      assertThat(row).as("row %s", trigger).hasSize(states.length);
      for (int i = 0; i < states.length; i++) {
        Optional<VisitState> expected = row[i].equals("-") ? Optional.empty() : Optional.of(VisitState.valueOf(row[i]));
        assertThat(VisitLifecycle.TABLE.transition(states[i], trigger).map(Transition::to))
            .as("(%s, %s)", states[i], trigger).isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(states.length * VisitTrigger.values().length);
  }

  @Test
  void aVisitStartsRegisteredAndEndsLeftDeclinedCancelledOrExpired() {
    assertThat(VisitLifecycle.TABLE.initial()).isEqualTo(VisitState.REGISTERED);
    assertThat(VisitLifecycle.TABLE.terminalStates())
        .containsExactlyInAnyOrder(VisitState.LEFT, VisitState.DECLINED, VisitState.CANCELLED, VisitState.EXPIRED);
  }

  @Test
  void onlyTheSystemRunsTheClosingCheckAndOnlyTheLogKeepersTheRest() {
    for (Transition<VisitState, VisitTrigger> t : VisitLifecycle.TABLE.transitions()) {
      if (t.trigger() == VisitTrigger.CLOSING_CHECK) {
        assertThat(t.roles()).as("%s", t).containsExactly(Role.SYSTEM);
      } else {
        assertThat(t.roles()).as("%s", t).containsExactlyInAnyOrder(
            Role.FRONT_DESK_CLERK, Role.SECURITY_GUARD, Role.CUSTOMER_SUPERVISOR, Role.OFFICE_DIRECTOR);
      }
    }
  }

  @Test
  void theDiagramShowsEveryTransition() {
    String mermaid = VisitLifecycle.TABLE.toMermaid();
    assertThat(mermaid).contains("REGISTERED --> HOST_NOTIFIED").contains("ON_SITE --> LEFT").contains("ON_SITE --> ON_SITE");
  }
}

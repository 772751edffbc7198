package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.lifecycle.Transition;

/**
 * Every (state, trigger) pair of the complaint lifecycle against a golden table written here by hand.
 * A cell names the target state; "-" means the trigger is not permitted in that state.
 */
class ComplaintLifecycleTableTest {

  // Columns, in this order: REGISTERED IN_HANDLING RESOLVED AWAITING_SIGN_OFF CLOSED INVALID MERGED
  private static final String GOLDEN = """
      JUDGE_VALID              IN_HANDLING  -            -                 -       -  -  -
      JUDGE_INVALID            INVALID      -            -                 -       -  -  -
      REVERSE_INVALID          -            -            -                 -       -  REGISTERED  -
      LINK_AS_REPEAT           MERGED       -            -                 -       -  -  -
      REPLY                    REGISTERED   IN_HANDLING  -                 -       -  INVALID  -
      FOLLOW_UP                REGISTERED   IN_HANDLING  -                 -       -  -  -
      REPEAT_RAISED            REGISTERED   IN_HANDLING  IN_HANDLING       IN_HANDLING  IN_HANDLING  -  -
      RESOLVE                  -            RESOLVED     -                 -       -  -  -
      CALLBACK_SATISFIED       -            -            CLOSED            -       -  -  -
      CALLBACK_SATISFIED_MAJOR -            -            AWAITING_SIGN_OFF -       -  -  -
      CALLBACK_UNSATISFIED     -            -            IN_HANDLING       -       -  -  -
      CALLBACK_UNREACHABLE     -            -            RESOLVED          -       -  -  -
      SIGN_OFF                 -            -            -                 CLOSED  -  -  -
      REFUSE_SIGN_OFF          -            -            -                 IN_HANDLING  -  -  -
      CLOSE_OWNER_UNREACHABLE  -            -            CLOSED            -       -  -  -
      UPGRADE                  -            IN_HANDLING  RESOLVED          -       -  -  -
      DOWNGRADE                -            IN_HANDLING  RESOLVED          -       -  -  -
      AUTO_UPGRADE             -            IN_HANDLING  RESOLVED          -       -  -  -
      FIRST_REPLY_OVERDUE      REGISTERED   IN_HANDLING  -                 -       -  INVALID  -
      FOLLOW_UP_MISSED         REGISTERED   IN_HANDLING  -                 -       -  -  -
      JUDGEMENT_OVERDUE        REGISTERED   -            -                 -       -  -  -
      """;

  private static Map<ComplaintTrigger, String[]> golden() {
    Map<ComplaintTrigger, String[]> rows = new HashMap<>();
    GOLDEN.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
      String[] cells = l.split("\\s+");
      rows.put(ComplaintTrigger.valueOf(cells[0]), java.util.Arrays.copyOfRange(cells, 1, cells.length));
    });
    return rows;
  }

  @Test
  void everyStateAndTriggerPairLeadsWhereTheGoldenTableSays() {
    Map<ComplaintTrigger, String[]> golden = golden();
    assertThat(golden.keySet()).containsExactlyInAnyOrder(ComplaintTrigger.values());
    ComplaintState[] states = ComplaintState.values();
    int checked = 0;
    for (ComplaintTrigger trigger : ComplaintTrigger.values()) {
      String[] row = golden.get(trigger);
      assertThat(row).as("row %s", trigger).hasSize(states.length);
      for (int i = 0; i < states.length; i++) {
        Optional<ComplaintState> expected = row[i].equals("-") ? Optional.empty() : Optional.of(ComplaintState.valueOf(row[i]));
        assertThat(ComplaintLifecycle.TABLE.transition(states[i], trigger).map(Transition::to))
            .as("(%s, %s)", states[i], trigger)
            .isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(ComplaintState.values().length * ComplaintTrigger.values().length);
  }

  @Test
  void theTableStartsRegisteredAndOnlyMergedIsFinalSinceClosedReopensOnARepeatAndInvalidCanBeReversed() {
    assertThat(ComplaintLifecycle.TABLE.initial()).isEqualTo(ComplaintState.REGISTERED);
    assertThat(ComplaintLifecycle.TABLE.terminalStates()).containsExactly(ComplaintState.MERGED);
    assertThat(ComplaintLifecycle.TABLE.restingStates()).containsExactlyInAnyOrder(ComplaintState.CLOSED, ComplaintState.INVALID);
  }

  @Test
  void onlyTheGeneralManagerSignsOffAndOnlyTheSweepFiresTimerTriggers() {
    assertThat(ComplaintLifecycle.TABLE.transition(ComplaintState.AWAITING_SIGN_OFF, ComplaintTrigger.SIGN_OFF).orElseThrow().roles())
        .containsExactly(org.propdesk.core.org.Role.GENERAL_MANAGER);
    for (ComplaintTrigger t : new ComplaintTrigger[] {
        ComplaintTrigger.AUTO_UPGRADE, ComplaintTrigger.FIRST_REPLY_OVERDUE, ComplaintTrigger.FOLLOW_UP_MISSED,
        ComplaintTrigger.JUDGEMENT_OVERDUE}) {
      ComplaintLifecycle.TABLE.transitions().stream().filter(x -> x.trigger() == t)
          .forEach(x -> assertThat(x.roles()).containsExactly(org.propdesk.core.org.Role.SYSTEM));
    }
  }

  @Test
  void theMermaidDiagramNamesEveryTransition() {
    String mermaid = ComplaintLifecycle.TABLE.toMermaid();
    assertThat(mermaid).startsWith("stateDiagram-v2\n    [*] --> REGISTERED\n");
    assertThat(mermaid).contains("    AWAITING_SIGN_OFF --> CLOSED : SIGN_OFF\n");
    assertThat(mermaid).contains("    REGISTERED --> REGISTERED : REPLY, FOLLOW_UP, REPEAT_RAISED, FIRST_REPLY_OVERDUE, FOLLOW_UP_MISSED, JUDGEMENT_OVERDUE\n");
    assertThat(mermaid).endsWith("    CLOSED --> [*]\n    INVALID --> [*]\n    MERGED --> [*]\n");
  }
}

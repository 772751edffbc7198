package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.propdesk.core.lifecycle.Transition;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;

/**
 * Every (state, trigger) pair of the complaint lifecycle against a golden table written here by hand
 * from PROCEDURES §5, not from the production table: a cell names the target state and, after a colon,
 * the roles that may fire it (a code of {@link #ROLES}); "-" means the trigger is not permitted in that
 * state.
 */
class ComplaintLifecycleTableTest {

  /**
   * The role sets, from PROCEDURES §5 "Who handles" and "Scope" (seed 3.1-3.6): the front desk and the
   * service centre receive; anyone dealing with the owner speaks to them; the customer supervisor, the
   * director, the service centre and the general manager judge (never the property assistant, who would
   * route the complaint to themselves); the handlers of each class and the service centre resolve; the
   * front desk, the customer supervisor and the service centre call back; only the director and the
   * service centre reverse an invalid judgement; only the customer supervisor closes on an unreachable
   * owner; only the property assistant proposes a judgement; only the general manager signs off; only
   * the sweep raises alarms.
   */
  private static final Map<String, Set<Role>> ROLES = Map.ofEntries(
      Map.entry("R", EnumSet.of(Role.FRONT_DESK_CLERK, Role.CUSTOMER_SUPERVISOR, Role.PROPERTY_ASSISTANT, Role.OFFICE_DIRECTOR,
          Role.SERVICE_CENTRE, Role.GENERAL_MANAGER)),
      Map.entry("C", EnumSet.of(Role.FRONT_DESK_CLERK, Role.PROPERTY_ASSISTANT, Role.CUSTOMER_SUPERVISOR, Role.DEPARTMENT_HEAD,
          Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE, Role.GENERAL_MANAGER)),
      Map.entry("J", EnumSet.of(Role.CUSTOMER_SUPERVISOR, Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE, Role.GENERAL_MANAGER)),
      Map.entry("H", EnumSet.of(Role.PROPERTY_ASSISTANT, Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE, Role.GENERAL_MANAGER)),
      Map.entry("B", EnumSet.of(Role.FRONT_DESK_CLERK, Role.CUSTOMER_SUPERVISOR, Role.SERVICE_CENTRE)),
      Map.entry("U", EnumSet.of(Role.CUSTOMER_SUPERVISOR, Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE, Role.GENERAL_MANAGER)),
      Map.entry("D", EnumSet.of(Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE, Role.GENERAL_MANAGER)),
      Map.entry("V", EnumSet.of(Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE)),
      Map.entry("X", EnumSet.of(Role.CUSTOMER_SUPERVISOR)),
      Map.entry("P", EnumSet.of(Role.PROPERTY_ASSISTANT)),
      Map.entry("G", EnumSet.of(Role.GENERAL_MANAGER)),
      Map.entry("S", EnumSet.of(Role.SYSTEM)));

  // Columns, in this order: REGISTERED IN_HANDLING RESOLVED AWAITING_SIGN_OFF CLOSED INVALID MERGED
  private static final String GOLDEN = """
      JUDGE_VALID              IN_HANDLING:J  -              -                    -                -              -              -
      PROPOSE_JUDGEMENT        REGISTERED:P   -              -                    -                -              -              -
      JUDGE_INVALID            INVALID:J      -              -                    -                -              -              -
      REVERSE_INVALID          -              -              -                    -                -              REGISTERED:V   -
      LINK_AS_REPEAT           MERGED:R       -              -                    -                -              -              -
      REPLY                    REGISTERED:C   IN_HANDLING:C  -                    -                -              INVALID:C      -
      FOLLOW_UP                REGISTERED:C   IN_HANDLING:C  -                    -                -              -              -
      REPEAT_RAISED            REGISTERED:R   IN_HANDLING:R  IN_HANDLING:R        IN_HANDLING:R    IN_HANDLING:R  -              -
      RESOLVE                  -              RESOLVED:H     -                    -                -              -              -
      CALLBACK_SATISFIED       -              -              CLOSED:B             -                -              -              -
      CALLBACK_SATISFIED_MAJOR -              -              AWAITING_SIGN_OFF:B  -                -              -              -
      CALLBACK_UNSATISFIED     -              -              IN_HANDLING:B        -                -              -              -
      CALLBACK_UNREACHABLE     -              -              RESOLVED:B           -                -              -              -
      SIGN_OFF                 -              -              -                    CLOSED:G         -              -              -
      REFUSE_SIGN_OFF          -              -              -                    IN_HANDLING:G    -              -              -
      CLOSE_OWNER_UNREACHABLE  -              -              CLOSED:X             -                -              -              -
      UPGRADE                  -              IN_HANDLING:U  RESOLVED:U           -                -              -              -
      DOWNGRADE                -              IN_HANDLING:D  RESOLVED:D           -                -              -              -
      AUTO_UPGRADE             -              IN_HANDLING:S  RESOLVED:S           -                -              -              -
      FIRST_REPLY_OVERDUE      REGISTERED:S   IN_HANDLING:S  -                    -                -              INVALID:S      -
      FOLLOW_UP_MISSED         REGISTERED:S   IN_HANDLING:S  -                    -                -              -              -
      JUDGEMENT_OVERDUE        REGISTERED:S   -              -                    -                -              -              -
      AGREE_HANDLING_TIME      REGISTERED:C   IN_HANDLING:C  -                    -                -              -              -
      RECORD_COMPLAINED_ABOUT  REGISTERED:R   IN_HANDLING:R  RESOLVED:R           AWAITING_SIGN_OFF:R  -          -              -
      AGREED_TIME_PASSED       REGISTERED:S   IN_HANDLING:S  -                    -                -              -              -
      RESOLUTION_TARGET_NEAR   -              IN_HANDLING:S  -                    -                -              -              -
      RESOLUTION_TARGET_MISSED -              IN_HANDLING:S  -                    -                -              -              -
      OPEN_REPAIR_REPORT       REGISTERED:C   IN_HANDLING:C  -                    -                -              -              -
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
  void everyStateAndTriggerPairLeadsWhereTheGoldenTableSaysForExactlyTheRolesItNames() {
    Map<ComplaintTrigger, String[]> golden = golden();
    assertThat(golden.keySet()).containsExactlyInAnyOrder(ComplaintTrigger.values());
    ComplaintState[] states = ComplaintState.values();
    int checked = 0;
    for (ComplaintTrigger trigger : ComplaintTrigger.values()) {
      String[] row = golden.get(trigger);
      assertThat(row).as("row %s", trigger).hasSize(states.length);
      for (int i = 0; i < states.length; i++) {
        Optional<Transition<ComplaintState, ComplaintTrigger>> actual = ComplaintLifecycle.TABLE.transition(states[i], trigger);
        if (row[i].equals("-")) {
          assertThat(actual).as("(%s, %s)", states[i], trigger).isEmpty();
        } else {
          String[] cell = row[i].split(":");
          assertThat(actual).as("(%s, %s)", states[i], trigger).isPresent();
          assertThat(actual.get().to()).as("(%s, %s) target", states[i], trigger).isEqualTo(ComplaintState.valueOf(cell[0]));
          assertThat(actual.get().roles()).as("(%s, %s) roles", states[i], trigger)
              .containsExactlyInAnyOrderElementsOf(ROLES.get(cell[1]));
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(ComplaintState.values().length * ComplaintTrigger.values().length);
  }

  @Test
  void everyRoleIsPermittedOrRefusedEachTriggerInEachStateAsTheGoldenTableSays() {
    Map<ComplaintTrigger, String[]> golden = golden();
    ComplaintState[] states = ComplaintState.values();
    for (ComplaintTrigger trigger : ComplaintTrigger.values()) {
      for (int i = 0; i < states.length; i++) {
        String cell = golden.get(trigger)[i];
        Set<Role> allowed = cell.equals("-") ? Set.of() : ROLES.get(cell.split(":")[1]);
        for (Role role : Role.values()) {
          Actor actor = role == Role.SYSTEM ? Actor.system()
              : new Actor(StaffId.of("S-" + role), "x", Optional.of(Given.OFFICE), Set.of(role));
          assertThat(ComplaintLifecycle.TABLE.permittedTriggers(states[i], actor).contains(trigger))
              .as("%s may fire %s in %s", role, trigger, states[i])
              .isEqualTo(allowed.contains(role));
        }
      }
    }
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
        ComplaintTrigger.JUDGEMENT_OVERDUE, ComplaintTrigger.AGREED_TIME_PASSED, ComplaintTrigger.RESOLUTION_TARGET_NEAR,
        ComplaintTrigger.RESOLUTION_TARGET_MISSED}) {
      ComplaintLifecycle.TABLE.transitions().stream().filter(x -> x.trigger() == t)
          .forEach(x -> assertThat(x.roles()).containsExactly(org.propdesk.core.org.Role.SYSTEM));
    }
  }

  @Test
  void theMermaidDiagramNamesEveryTransition() {
    String mermaid = ComplaintLifecycle.TABLE.toMermaid();
    assertThat(mermaid).startsWith("stateDiagram-v2\n    [*] --> REGISTERED\n");
    assertThat(mermaid).contains("    AWAITING_SIGN_OFF --> CLOSED : SIGN_OFF\n");
    assertThat(mermaid).contains("    REGISTERED --> REGISTERED : PROPOSE_JUDGEMENT, REPLY, FOLLOW_UP, REPEAT_RAISED, FIRST_REPLY_OVERDUE,"
        + " FOLLOW_UP_MISSED, JUDGEMENT_OVERDUE, AGREE_HANDLING_TIME, RECORD_COMPLAINED_ABOUT, AGREED_TIME_PASSED,"
        + " OPEN_REPAIR_REPORT\n");
    assertThat(mermaid).endsWith("    CLOSED --> [*]\n    INVALID --> [*]\n    MERGED --> [*]\n");
  }
}

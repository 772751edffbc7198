package org.propdesk.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.lifecycle.Transition;
import org.propdesk.core.org.Role;

/**
 * Every (state, trigger) pair of the repair lifecycle against a golden table written here by hand from
 * PROCEDURES §6 (registered, dispatched, accepted, on site, in progress, paused and resumed, done, owner
 * acceptance, callback, closed; rejected or cancelled from any open state; a transfer keeps the job
 * where it is on site, and sends it back to be taken before that). A cell names the target state; "-"
 * means the trigger is not permitted there.
 */
class TicketLifecycleTableTest {

  // Columns: REGISTERED DISPATCHED ACCEPTED ON_SITE IN_PROGRESS PAUSED DONE AWAITING_CALLBACK CLOSED REJECTED CANCELLED
  private static final String GOLDEN = """
      REPLY                        REGISTERED  DISPATCHED  ACCEPTED  ON_SITE  IN_PROGRESS  PAUSED  DONE  AWAITING_CALLBACK  -  -  -
      FOLLOW_UP                    REGISTERED  DISPATCHED  ACCEPTED  ON_SITE  IN_PROGRESS  PAUSED  DONE  AWAITING_CALLBACK  -  -  -
      DISPATCH                     DISPATCHED  -           -         -        -            -       -     -                  -  -  -
      TRANSFER                     -           DISPATCHED  DISPATCHED ON_SITE IN_PROGRESS  PAUSED  -     -                  -  -  -
      ACCEPT                       -           ACCEPTED    -         -        -            -       -     -                  -  -  -
      ARRIVE                       -           -           ON_SITE   -        -            -       -     -                  -  -  -
      START                        -           -           -         IN_PROGRESS -         -       -     -                  -  -  -
      PAUSE                        -           -           -         -        PAUSED       -       -     -                  -  -  -
      RESUME                       -           -           -         -        -            IN_PROGRESS -  -                 -  -  -
      COMPLETE                     -           -           -         -        DONE         -       -     -                  -  -  -
      OWNER_SIGN_OFF               -           -           -         -        -            -       CLOSED -                 -  -  -
      OWNER_SIGN_OFF_FOR_CALLBACK  -           -           -         -        -            -       AWAITING_CALLBACK -      -  -  -
      OWNER_REFUSE                 -           -           -         -        -            -       IN_PROGRESS -            -  -  -
      UNRATED_TIMEOUT              -           -           -         -        -            -       AWAITING_CALLBACK -      -  -  -
      CALLBACK_SATISFIED           -           -           -         -        -            -       -     CLOSED             -  -  -
      CALLBACK_UNSATISFIED         -           -           -         -        -            -       -     DISPATCHED         -  -  -
      CALLBACK_UNREACHABLE         -           -           -         -        -            -       -     AWAITING_CALLBACK  -  -  -
      CLOSE_UNREACHABLE            -           -           -         -        -            -       -     CLOSED             -  -  -
      REJECT                       REJECTED    REJECTED    REJECTED  REJECTED REJECTED     REJECTED REJECTED REJECTED       -  -  -
      CANCEL                       CANCELLED   CANCELLED   CANCELLED CANCELLED CANCELLED   CANCELLED CANCELLED CANCELLED    -  -  -
      FIRST_REPLY_OVERDUE          REGISTERED  DISPATCHED  ACCEPTED  ON_SITE  IN_PROGRESS  PAUSED  DONE  AWAITING_CALLBACK  -  -  -
      FOLLOW_UP_MISSED             REGISTERED  DISPATCHED  ACCEPTED  ON_SITE  IN_PROGRESS  PAUSED  DONE  AWAITING_CALLBACK  -  -  -
      DISPATCH_OVERDUE             REGISTERED  -           -         -        -            -       -     -                  -  -  -
      ARRIVAL_OVERDUE              -           DISPATCHED  ACCEPTED  -        -            -       -     -                  -  -  -
      RESOLUTION_NEAR              REGISTERED  DISPATCHED  ACCEPTED  ON_SITE  IN_PROGRESS  -       -     -                  -  -  -
      RESOLUTION_OVERDUE           REGISTERED  DISPATCHED  ACCEPTED  ON_SITE  IN_PROGRESS  -       -     -                  -  -  -
      """;

  private static Map<TicketTrigger, String[]> golden() {
    Map<TicketTrigger, String[]> rows = new HashMap<>();
    GOLDEN.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
      String[] cells = l.split("\\s+");
      rows.put(TicketTrigger.valueOf(cells[0]), Arrays.copyOfRange(cells, 1, cells.length));
    });
    return rows;
  }

  @Test
  void everyStateAndTriggerPairLeadsWhereTheGoldenTableSays() {
    Map<TicketTrigger, String[]> golden = golden();
    assertThat(golden.keySet()).containsExactlyInAnyOrder(TicketTrigger.values());
    TicketState[] states = TicketState.values();
    int checked = 0;
    for (TicketTrigger trigger : TicketTrigger.values()) {
      String[] row = golden.get(trigger);
      assertThat(row).as("row %s", trigger).hasSize(states.length);
      for (int i = 0; i < states.length; i++) {
        Optional<TicketState> expected = row[i].equals("-") ? Optional.empty() : Optional.of(TicketState.valueOf(row[i]));
        assertThat(TicketLifecycle.TABLE.transition(states[i], trigger).map(Transition::to))
            .as("(%s, %s)", states[i], trigger).isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(states.length * TicketTrigger.values().length);
  }

  @Test
  void aReportStartsRegisteredAndEndsClosedRejectedOrCancelled() {
    assertThat(TicketLifecycle.TABLE.initial()).isEqualTo(TicketState.REGISTERED);
    assertThat(TicketLifecycle.TABLE.terminalStates())
        .containsExactlyInAnyOrder(TicketState.CLOSED, TicketState.REJECTED, TicketState.CANCELLED);
  }

  @Test
  void onlyTheSweepFiresTheClocksOnlyTechniciansDoTheWorkAndNeverCallBack() {
    for (Transition<TicketState, TicketTrigger> t : TicketLifecycle.TABLE.transitions()) {
      switch (t.trigger()) {
        case FIRST_REPLY_OVERDUE, FOLLOW_UP_MISSED, DISPATCH_OVERDUE, ARRIVAL_OVERDUE, RESOLUTION_NEAR, RESOLUTION_OVERDUE,
            UNRATED_TIMEOUT -> assertThat(t.roles()).as("%s", t).containsExactly(Role.SYSTEM);
        case ACCEPT, ARRIVE, START, COMPLETE -> assertThat(t.roles()).as("%s", t).containsExactly(Role.ENGINEERING_TECHNICIAN);
        case PAUSE, RESUME -> assertThat(t.roles()).as("%s", t)
            .containsExactlyInAnyOrder(Role.ENGINEERING_TECHNICIAN, Role.DEPARTMENT_HEAD);
        case CALLBACK_SATISFIED, CALLBACK_UNSATISFIED, CALLBACK_UNREACHABLE -> assertThat(t.roles()).as("%s", t)
            .containsExactlyInAnyOrder(Role.FRONT_DESK_CLERK, Role.CUSTOMER_SUPERVISOR, Role.SERVICE_CENTRE);
        case CLOSE_UNREACHABLE -> assertThat(t.roles()).as("%s", t).containsExactly(Role.CUSTOMER_SUPERVISOR);
        default -> assertThat(t.roles()).as("%s", t).doesNotContain(Role.SYSTEM);
      }
    }
  }

  @Test
  void theDiagramShowsEveryTransition() {
    String mermaid = TicketLifecycle.TABLE.toMermaid();
    assertThat(mermaid).contains("IN_PROGRESS --> PAUSED").contains("PAUSED --> IN_PROGRESS").contains("AWAITING_CALLBACK --> DISPATCHED")
        .contains("DONE --> AWAITING_CALLBACK");
  }
}

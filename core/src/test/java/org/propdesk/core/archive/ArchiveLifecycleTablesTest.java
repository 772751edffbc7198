package org.propdesk.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.lifecycle.Lifecycle;
import org.propdesk.core.lifecycle.Transition;
import org.propdesk.core.org.Role;

/**
 * Every (state, trigger) pair of the archive tables against golden tables written here by hand from
 * PROCEDURES §9: an item is expected, filed, lent and taken back, listed, approved and destroyed; a loan
 * is approved, issued by the archivist and returned. A cell names the target state; "-" means not
 * permitted.
 */
class ArchiveLifecycleTablesTest {
  // Columns: EXPECTED FILED ON_LOAN LISTED_FOR_DESTRUCTION DESTROYED
  private static final String ITEM = """
      FILE                  FILED     -                       -      -                       -
      FILING_OVERDUE        EXPECTED  -                       -      -                       -
      MOVE                  -         FILED                   -      -                       -
      LEND                  -         ON_LOAN                 -      -                       -
      RETURN                -         -                       FILED  -                       -
      LIST_FOR_DESTRUCTION  -         LISTED_FOR_DESTRUCTION  -      -                       -
      APPROVE_DESTRUCTION   -         -                       -      LISTED_FOR_DESTRUCTION  -
      CANCEL_DESTRUCTION    -         -                       -      FILED                   -
      DESTROY               -         -                       -      DESTROYED               -
      """;

  // Columns: REQUESTED APPROVED ISSUED RETURNED REFUSED CANCELLED
  private static final String LOAN = """
      APPROVE  APPROVED   -          -         -  -  -
      REFUSE   REFUSED    -          -         -  -  -
      ISSUE    -          ISSUED     -         -  -  -
      RETURN   -          -          RETURNED  -  -  -
      OVERDUE  -          -          ISSUED    -  -  -
      CANCEL   CANCELLED  CANCELLED  -         -  -  -
      """;

  private static <S extends Enum<S>, T extends Enum<T>> void matches(Lifecycle<S, T> table, String golden, Class<S> states,
      Class<T> triggers) {
    Map<T, String[]> rows = new HashMap<>();
    golden.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
      String[] cells = l.split("\\s+");
      rows.put(Enum.valueOf(triggers, cells[0]), Arrays.copyOfRange(cells, 1, cells.length));
    });
    assertThat(rows.keySet()).containsExactlyInAnyOrder(triggers.getEnumConstants());
    S[] all = states.getEnumConstants();
    for (T trigger : triggers.getEnumConstants()) {
      String[] row = rows.get(trigger);
      assertThat(row).as("row %s", trigger).hasSize(all.length);
      for (int i = 0; i < all.length; i++) {
        Optional<S> expected = row[i].equals("-") ? Optional.empty() : Optional.of(Enum.valueOf(states, row[i]));
        assertThat(table.transition(all[i], trigger).map(Transition::to)).as("(%s, %s)", all[i], trigger).isEqualTo(expected);
      }
    }
  }

  @Test
  void everyItemStateAndTriggerPairLeadsWhereTheGoldenTableSays() {
    matches(ArchiveLifecycles.ITEM, ITEM, ArchiveItemState.class, ArchiveItemTrigger.class);
    assertThat(ArchiveLifecycles.ITEM.terminalStates()).containsExactly(ArchiveItemState.DESTROYED);
  }

  @Test
  void everyLoanStateAndTriggerPairLeadsWhereTheGoldenTableSays() {
    matches(ArchiveLifecycles.LOAN, LOAN, LoanState.class, LoanTrigger.class);
    assertThat(ArchiveLifecycles.LOAN.terminalStates()).containsExactlyInAnyOrder(LoanState.RETURNED, LoanState.REFUSED,
        LoanState.CANCELLED);
  }

  @Test
  void onlyTheArchivistFilesIssuesAndDestroysAndOnlyTheDirectorAndGeneralManagerApproveADestruction() {
    for (Transition<ArchiveItemState, ArchiveItemTrigger> t : ArchiveLifecycles.ITEM.transitions()) {
      switch (t.trigger()) {
        case FILE, MOVE, LEND, RETURN, DESTROY -> assertThat(t.roles()).as("%s", t).containsExactly(Role.ARCHIVIST);
        case APPROVE_DESTRUCTION -> assertThat(t.roles()).containsExactlyInAnyOrder(Role.OFFICE_DIRECTOR, Role.GENERAL_MANAGER);
        case FILING_OVERDUE -> assertThat(t.roles()).containsExactly(Role.SYSTEM);
        default -> assertThat(t.roles()).as("%s", t).doesNotContain(Role.SYSTEM);
      }
    }
    assertThat(ArchiveLifecycles.LOAN.transition(LoanState.APPROVED, LoanTrigger.ISSUE).orElseThrow().roles())
        .containsExactly(Role.ARCHIVIST);
    assertThat(ArchiveLifecycles.LOAN.toMermaid()).contains("APPROVED --> ISSUED : ISSUE");
  }
}

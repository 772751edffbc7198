package org.propdesk.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propdesk.core.lifecycle.GoldenTables;
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

  @Test
  void everyItemStateAndTriggerPairLeadsWhereTheGoldenTableSays() {
    GoldenTables.assertMatches(ArchiveLifecycles.ITEM, ITEM, ArchiveItemState.class, ArchiveItemTrigger.class);
    assertThat(ArchiveLifecycles.ITEM.terminalStates()).containsExactly(ArchiveItemState.DESTROYED);
  }

  @Test
  void everyLoanStateAndTriggerPairLeadsWhereTheGoldenTableSays() {
    GoldenTables.assertMatches(ArchiveLifecycles.LOAN, LOAN, LoanState.class, LoanTrigger.class);
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

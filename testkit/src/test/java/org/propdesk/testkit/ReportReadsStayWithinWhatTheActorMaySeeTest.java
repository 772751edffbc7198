package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.org.Actor;
import org.propdesk.core.spi.AggregateRow;
import org.propdesk.core.spi.Aggregation;
import org.propdesk.core.spi.Aggregation.Measure;
import org.propdesk.core.spi.RecordQuery;

/**
 * The kernel's read port for reports ({@code desk.records()}): an office's staff read their office,
 * the service centre and the general manager read every office, nobody reads past that, and a
 * company-wide stream of snapshots is journaled.
 */
class ReportReadsStayWithinWhatTheActorMaySeeTest {
  private final Desks d = new Desks();

  private void registerInBothOffices() {
    for (int k = 1; k <= 3; k++) {
      d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, k).build()).orElseThrow();
    }
    d.desk.complaints().register(Fixtures.clerk(OFFICE_2), Fixtures.registration(OFFICE_2, 1).build()).orElseThrow();
  }

  private static Aggregation countByOffice(RecordQuery.Builder q) {
    return Aggregation.of(q.build()).measure(Measure.count()).build();
  }

  private static long count(Result<List<AggregateRow>> r) {
    return r.value().orElseThrow().get(0).number(0);
  }

  @Test
  void aDirectorCountsTheComplaintsOfTheirOwnOfficeButNotOfAnotherNorOfAll() {
    registerInBothOffices();
    Actor director = Fixtures.director(OFFICE_1);
    assertThat(count(d.desk.records().aggregate(director, countByOffice(RecordQuery.of("complaint").office(OFFICE_1)))))
        .isEqualTo(3);
    for (RecordQuery.Builder scope : List.of(RecordQuery.of("complaint").office(OFFICE_2), RecordQuery.of("complaint"))) {
      Result<List<AggregateRow>> refused = d.desk.records().aggregate(director, countByOffice(scope));
      assertThat(refused.rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
      assertThat(refused.rejection().orElseThrow().field()).contains("office");
    }
  }

  @Test
  void theServiceCentreCountsEveryOfficeAtOnce() {
    registerInBothOffices();
    assertThat(count(d.desk.records().aggregate(Fixtures.serviceCentre(), countByOffice(RecordQuery.of("complaint")))))
        .isEqualTo(4);
  }

  @Test
  void aCompanyWideStreamOfSnapshotsIsJournaledOncePerSnapshotAndAnOfficeStreamIsNot() {
    registerInBothOffices();
    long journalBefore = d.desk.audit().head(OFFICE_1).seq();
    List<Complaint> seen = new ArrayList<>();
    long n = d.desk.records().stream(Fixtures.director(OFFICE_1), Complaint.TYPE,
        RecordQuery.of("complaint").office(OFFICE_1).orderBy("registered_at").build(), seen::add).value().orElseThrow();
    assertThat(n).isEqualTo(3);
    assertThat(seen).extracting(Complaint::office).containsOnly(OFFICE_1);
    assertThat(d.desk.audit().head(OFFICE_1).seq()).isEqualTo(journalBefore);

    d.desk.records().stream(Fixtures.serviceCentre(), Complaint.TYPE, RecordQuery.of("complaint").office(OFFICE_1).build(),
        c -> {}).orElseThrow();
    assertThat(d.desk.audit().head(OFFICE_1).seq()).isEqualTo(journalBefore + 3);
  }

  @Test
  void anUnregisteredTypeOrAnUndeclaredFieldOrAForgedActorIsRefusedNamingIt() {
    assertThatThrownBy(() -> d.desk.records().aggregate(Fixtures.serviceCentre(),
        countByOffice(RecordQuery.of("no_such_type")))).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("type");
    assertThatThrownBy(() -> d.desk.records().aggregate(Fixtures.serviceCentre(),
        Aggregation.of(RecordQuery.of("complaint").build()).groupBy("contact_phone").measure(Measure.count()).build()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("contact_phone");
    assertThatThrownBy(() -> d.desk.records().aggregate(Fixtures.serviceCentre(),
        Aggregation.of(RecordQuery.of("complaint").build()).measure(Measure.sum("state")).build()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("SUM");
    assertThatThrownBy(() -> d.desk.records().aggregate(Actor.system(), countByOffice(RecordQuery.of("complaint"))))
        .isInstanceOf(InvalidInputException.class);
  }
}

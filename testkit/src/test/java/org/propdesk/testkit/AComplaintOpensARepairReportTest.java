package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintEvent;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.core.ticket.TicketId;
import org.propdesk.core.ticket.TicketState;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairOrigin;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.ticket.TicketDesk;
import org.propdesk.workflows.ticket.Tickets;

/**
 * A complaint about a broken light opens a repair report through the repair procedure's published call
 * port (RepairIntake), in one transaction with the complaint's record of it; without the repair
 * procedure it is refused and nothing changes.
 */
class AComplaintOpensARepairReportTest {
  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");

  private PropDesk desk(boolean withRepairs) {
    PropDesk.Builder b = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory());
    return (withRepairs ? b.procedure(Tickets.PROCEDURE) : b).build();
  }

  @Test
  void aComplaintAboutABrokenLightOpensAReportThatNamesItAndTheComplaintRecordsIt() {
    PropDesk d = desk(true);
    Complaint c = d.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 2).build()).orElseThrow();
    d.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();

    Complaint after = d.complaints().openRepairReport(Fixtures.clerk(OFFICE_1), c.id(), RepairCategory.ELECTRICAL_AND_LIGHTING,
        "3楼走廊", "走廊灯坏了一周").orElseThrow();

    assertThat(after.repairReports()).hasSize(1);
    TicketDesk repairs = d.procedure(Tickets.PROCEDURE);
    Ticket t = repairs.find(Fixtures.clerk(OFFICE_1), TicketId.of(after.repairReports().get(0))).orElseThrow();
    assertThat(t.origin()).isEqualTo(RepairOrigin.COMPLAINT);
    assertThat(t.originRef()).contains(c.id().value());
    assertThat(t.unit()).contains(c.unit());
    assertThat(t.owner()).contains(c.owner());
    assertThat(t.contactPhone()).contains(c.contactPhone());
    assertThat(t.state()).isEqualTo(TicketState.REGISTERED);
    assertThat(t.reportedAt()).isEqualTo(clock.instant());
    assertThat(d.audit().events(ComplaintEvent.class, OFFICE_1, c.id().value())).extracting(ComplaintEvent::type)
        .contains("RepairReportOpened");
    assertThat(d.audit().verify(OFFICE_1).intact()).isTrue();
  }

  @Test
  void withoutTheRepairProcedureOrFromAClosedComplaintNothingIsOpenedAndNothingChanges() {
    PropDesk d = desk(false);
    Complaint c = d.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 2).build()).orElseThrow();

    assertThat(d.complaints().openRepairReport(Fixtures.clerk(OFFICE_1), c.id(), RepairCategory.ELECTRICAL_AND_LIGHTING, "走廊",
        "灯坏").rejection().orElseThrow().field()).contains("repair");
    assertThat(d.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow().version()).isEqualTo(c.version());

    PropDesk withRepairs = desk(true);
    Complaint invalid = withRepairs.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 3).build())
        .orElseThrow();
    withRepairs.complaints().judge(Fixtures.supervisor(OFFICE_1), invalid.id(), Judgement.invalid("非物业责任")).orElseThrow();
    assertThat(withRepairs.complaints().openRepairReport(Fixtures.clerk(OFFICE_1), invalid.id(), RepairCategory.OTHER, "走廊", "灯坏")
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    assertThat(withRepairs.complaints().openRepairReport(Fixtures.guard(OFFICE_1), invalid.id(), RepairCategory.OTHER, "走廊", "灯坏")
        .isAccepted()).isFalse();
    assertThat(withRepairs.procedure(Tickets.PROCEDURE).open(Fixtures.clerk(OFFICE_1), OFFICE_1)).isEqualTo(List.of());
  }
}

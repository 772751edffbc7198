package org.propdesk.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.estate.Building;
import org.propdesk.core.estate.BuildingId;
import org.propdesk.core.estate.Estate;
import org.propdesk.core.estate.EstateId;
import org.propdesk.core.estate.Unit;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.memory.InMemoryDirectory;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Company;
import org.propdesk.core.org.CompanyId;
import org.propdesk.core.org.FrontDesk;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.owner.Resident;
import org.propdesk.core.spi.IdSource;

/** One log line per command, and no raw phone or ID number in any line. */
class CommandLoggingTest {
  private static final String PHONE = "13800135678";
  private static final String ID = "11010519491231002X";
  private PropDesk desk;
  private final Actor clerk = Actor.inOffice(StaffId.of("S1"), "Li Na", OfficeId.of("O1"), Role.FRONT_DESK_CLERK);
  private final Actor guard = Actor.inOffice(StaffId.of("S2"), "Zhao Lei", OfficeId.of("O1"), Role.SECURITY_GUARD);

  @BeforeEach
  void wire() {
    InMemoryDirectory directory = InMemoryDirectory.builder()
        .company(new Company(CompanyId.of("co"), "Acme Property", "Acme Group", ImmutableList.of(
            new ManagementOffice(OfficeId.of("O1"), "North Office", ZoneId.of("Asia/Shanghai"),
                ImmutableList.of(new FrontDesk(FrontDeskId.of("D1"), "Lobby desk"))))))
        .estate(new Estate(EstateId.of("E1"), "North Garden", OfficeId.of("O1")))
        .building(new Building(BuildingId.of("B1"), EstateId.of("E1"), "Building 1"))
        .unit(new Unit(UnitId.of("U1"), BuildingId.of("B1"), "1-101"))
        .resident(Resident.owner(OwnerId.of("P1"), "Wang Fang", UnitId.of("U1"), PHONE, ID))
        .staff(new org.propdesk.core.org.Staff(clerk.staffId(), clerk.name(), clerk.office(), clerk.roles(), java.util.Optional.empty()))
        .staff(new org.propdesk.core.org.Staff(guard.staffId(), guard.name(), guard.office(), guard.roles(), java.util.Optional.empty()))
        .build();
    desk = PropDesk.builder().clock(Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai")))
        .ids(IdSource.sequential()).storage(InMemoryStorage.create()).notifier(LoggingNotifier.create())
        .directory(directory).build();
    RecordingLogs.clear();
  }

  private static List<String> commandLines() {
    return RecordingLogs.lines().stream().filter(l -> l.logger().equals(Kernel.class.getName()))
        .map(RecordingLogs.Line::text).toList();
  }

  @Test
  void eachCommandLogsOneLineWithoutRawPersonalData() {
    Complaint c = desk.complaints().register(clerk, Registration.builder().desk(FrontDeskId.of("D1")).channel(Channel.PHONE)
        .owner(OwnerId.of("P1")).unit(UnitId.of("U1")).contactName("Ms Wang").contactPhone(PHONE)
        .category(ComplaintCategory.REPAIRS).content("Call me back on " + PHONE + ", ID " + ID).build()).orElseThrow();
    desk.complaints().reply(clerk, c.id(), Reply.of("We will call " + PHONE + " within the hour."));
    desk.complaints().reply(guard, c.id(), Reply.of("I can help."));
    desk.complaints().reply(clerk, c.id(), Reply.of("没办法，请拨打 " + PHONE));

    assertThat(commandLines()).hasSize(4);
    assertThat(commandLines().get(0)).startsWith("complaint REGISTER C-000001 actor=S1 office=O1 -> ACCEPTED v1 REGISTERED");
    assertThat(commandLines().get(2)).contains("REJECTED ROLE_NOT_PERMITTED");
    assertThat(commandLines().get(3)).contains("REJECTED FORBIDDEN_PHRASE");
    assertThat(RecordingLogs.lines()).allSatisfy(l -> assertThat(l.text()).doesNotContain(PHONE).doesNotContain(ID));
    assertThat(desk.audit().entries(OfficeId.of("O1"), 1, 10))
        .allSatisfy(e -> assertThat(e.draft().payload()).doesNotContain(PHONE).doesNotContain(ID));
  }

  @Test
  void eachCommandLineCarriesItsOfficeProcedureCommandAggregateAndOutcomeAsKeyValuePairs() {
    Complaint c = desk.complaints().register(clerk, Registration.builder().desk(FrontDeskId.of("D1")).channel(Channel.PHONE)
        .owner(OwnerId.of("P1")).unit(UnitId.of("U1")).contactName("Ms Wang").contactPhone(PHONE)
        .category(ComplaintCategory.REPAIRS).content("The lift is noisy.").build()).orElseThrow();
    desk.complaints().reply(guard, c.id(), Reply.of("I can help."));

    List<java.util.Map<String, Object>> pairs = RecordingLogs.lines().stream()
        .filter(l -> l.logger().equals(Kernel.class.getName())).map(RecordingLogs.Line::keyValues).toList();
    assertThat(pairs).hasSize(2);
    assertThat(pairs.get(0)).containsExactly(java.util.Map.entry("office", "O1"), java.util.Map.entry("procedure", "complaint"),
        java.util.Map.entry("aggregateType", "complaint"), java.util.Map.entry("command", "REGISTER"),
        java.util.Map.entry("aggregateId", c.id().value()), java.util.Map.entry("outcome", "ACCEPTED"));
    assertThat(pairs.get(1)).containsEntry("command", "REPLY").containsEntry("aggregateId", c.id().value())
        .containsEntry("outcome", "REJECTED").containsEntry("rejection", org.propdesk.core.common.RejectionCode.ROLE_NOT_PERMITTED)
        .containsEntry("office", "O1");
  }
}

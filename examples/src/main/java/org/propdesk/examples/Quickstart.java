package org.propdesk.examples;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
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
import org.propdesk.core.org.Staff;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.owner.Resident;
import org.propdesk.core.spi.IdSource;
import org.propdesk.workflows.LoggingNotifier;
import org.propdesk.workflows.PropDesk;

/**
 * The README's quickstart (快速上手), as a program that compiles and runs. The lines between the
 * {@code quickstart} markers are copied into the README by {@link ReadmeDiagrams}.
 */
public final class Quickstart {
  private Quickstart() {}

  /** Embeds PropDesk, registers a complaint, replies, and runs the host's two periodic calls. */
  public static Complaint run(Clock clock) {
    // quickstart:begin
    InMemoryDirectory directory = InMemoryDirectory.builder()
        .company(new Company(CompanyId.of("co"), "Acme Property", "Acme Group", ImmutableList.of(
            new ManagementOffice(OfficeId.of("O1"), "North Office", ZoneId.of("Asia/Shanghai"),
                ImmutableList.of(new FrontDesk(FrontDeskId.of("D1"), "Lobby desk"))))))
        .estate(new Estate(EstateId.of("E1"), "North Garden", OfficeId.of("O1")))
        .building(new Building(BuildingId.of("B1"), EstateId.of("E1"), "Building 1"))
        .unit(new Unit(UnitId.of("U1"), BuildingId.of("B1"), "1-101"))
        .resident(Resident.owner(OwnerId.of("P1"), "Wang Fang", UnitId.of("U1"), "13800135678", "11010519491231002X"))
        .staff(new Staff(StaffId.of("S1"), "Li Na", Optional.of(OfficeId.of("O1")), Set.of(Role.FRONT_DESK_CLERK),
            Optional.empty()))
        .build();
    PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.timeOrdered(clock))
        .storage(InMemoryStorage.create()).notifier(LoggingNotifier.create()).directory(directory).build();
    Actor clerk = directory.staff(StaffId.of("S1")).orElseThrow().asActor(); // checked against the directory
    Complaint c = desk.complaints().register(clerk, Registration.builder().desk(FrontDeskId.of("D1"))
        .channel(Channel.PHONE).owner(OwnerId.of("P1")).unit(UnitId.of("U1")).contactName("Ms Wang")
        .contactPhone("13800135678").category(ComplaintCategory.REPAIRS).content("Corridor light broken.")
        .build()).orElseThrow();
    desk.complaints().reply(clerk, c.id(), Reply.of("An electrician will come within the hour.")).orElseThrow();
    desk.timers().runDue();     // the host schedules this, e.g. every minute
    desk.outbox().deliverDue(); // and this, e.g. every few seconds
    // quickstart:end
    return desk.complaints().find(clerk, c.id()).orElseThrow();
  }

  /** Runs the quickstart on the system clock. */
  public static void main(String[] args) {
    System.out.println(run(Clock.system(ZoneId.of("Asia/Shanghai"))));
  }
}

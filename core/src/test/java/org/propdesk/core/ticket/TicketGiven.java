package org.propdesk.core.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairRequest;

/** Shared givens of the repair tests: an office in Shanghai, its staff, and reports at a local time. */
final class TicketGiven {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final OfficeId OFFICE = OfficeId.of("O-1");
  static final TicketPolicies POLICIES = TicketPolicies.practiceDefaults();
  static final Actor CLERK = actor("clerk", Role.FRONT_DESK_CLERK);
  static final Actor SUPERVISOR = actor("supervisor", Role.CUSTOMER_SUPERVISOR);
  static final Actor HEAD = actor("head", Role.DEPARTMENT_HEAD);
  static final Actor TECH = actor("tech", Role.ENGINEERING_TECHNICIAN);
  static final Actor TECH_2 = actor("tech2", Role.ENGINEERING_TECHNICIAN);

  private TicketGiven() {}

  static Actor actor(String id, Role role) {
    return Actor.inOffice(StaffId.of(id), id, OFFICE, role);
  }

  static Instant local(String local) {
    return LocalDateTime.parse(local).atZone(ZONE).toInstant();
  }

  static Clock at(String local) {
    return Clock.fixed(local(local), ZONE);
  }

  static RepairRequest.Builder request() {
    return RepairRequest.builder().desk(FrontDeskId.of("D-1")).unit(UnitId.of("U-1-1")).location("卫生间")
        .category(RepairCategory.WATER_AND_DRAINAGE).description("卫生间下水道堵塞").contactName("王女士").contactPhone("13800135678");
  }

  static Ticket registered(String local) {
    return registered(local, request().build(), POLICIES);
  }

  static Ticket registered(String local, RepairRequest r, TicketPolicies policies) {
    return Ticket.register(TicketId.of("T-1"), OFFICE, ZONE, r, Optional.empty(), policies, CLERK, at(local)).orElseThrow();
  }

  /** Registered, dispatched to TECH, taken, on site and started, each step at the local time given. */
  static Ticket inProgress(String reported, String started) {
    Ticket t = registered(reported);
    t = t.dispatch(TECH.staffId(), CLERK, at(reported)).orElseThrow();
    t = t.acceptJob(TECH, at(reported)).orElseThrow();
    t = t.arrive(TECH, at(started)).orElseThrow();
    return t.start(Optional.empty(), TECH, at(started)).orElseThrow();
  }
}

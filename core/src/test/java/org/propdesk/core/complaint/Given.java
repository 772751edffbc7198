package org.propdesk.core.complaint;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;

/** Fixtures for complaint tests: fixed clocks in Asia/Shanghai and one actor per role. */
final class Given {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final OfficeId OFFICE = OfficeId.of("O-1");
  static final ComplaintPolicies POLICIES = ComplaintPolicies.seedDefaults();

  static final Actor CLERK = actor("clerk", Role.FRONT_DESK_CLERK);
  static final Actor ASSISTANT = actor("assistant", Role.PROPERTY_ASSISTANT);
  static final Actor SUPERVISOR = actor("supervisor", Role.CUSTOMER_SUPERVISOR);
  static final Actor DIRECTOR = actor("director", Role.OFFICE_DIRECTOR);
  static final Actor GUARD = actor("guard", Role.SECURITY_GUARD);
  static final Actor GM = Actor.companyWide(StaffId.of("gm"), "General Manager", Role.GENERAL_MANAGER);
  static final Actor CENTRE = Actor.companyWide(StaffId.of("sc"), "Service Centre", Role.SERVICE_CENTRE);

  private Given() {}

  static Actor actor(String id, Role role) {
    return Actor.inOffice(StaffId.of(id), id, OFFICE, role);
  }

  /** A fixed clock at a local date-time in Shanghai, e.g. "2026-03-02T09:14:59". */
  static Clock at(String local) {
    return Clock.fixed(LocalDateTime.parse(local).atZone(ZONE).toInstant(), ZONE);
  }

  static Registration.Builder registration() {
    return Registration.builder()
        .desk(FrontDeskId.of("D-1"))
        .channel(Channel.FRONT_DESK)
        .owner(OwnerId.of("P-1"))
        .unit(UnitId.of("U-1"))
        .contactName("Mr Wang")
        .contactPhone("13800135678")
        .category(ComplaintCategory.REPAIRS)
        .content("The lift in building 3 has been out of order since Monday.");
  }

  static Complaint registered(String local) {
    return Complaint.register(ComplaintId.of("C-1"), OFFICE, ZONE, registration().build(), CLERK, POLICIES, at(local)).orElseThrow();
  }

  static Complaint inHandling(String local, boolean companyAtFault) {
    return registered(local).judge(Judgement.valid(companyAtFault, false), SUPERVISOR, POLICIES, at(local)).orElseThrow();
  }
}

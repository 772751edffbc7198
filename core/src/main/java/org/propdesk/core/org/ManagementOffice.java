package org.propdesk.core.org;

import java.util.List;

import com.google.common.collect.ImmutableList;
import java.time.ZoneId;
import org.propdesk.core.common.Check;

/**
 * A management office (管理处): runs one or more front desks and the estates assigned to it.
 *
 * <p>Its {@link #zone()} decides what a calendar day is for its timers (daily follow-up, the monthly
 * upgrade). Invariants: at least one desk; desk ids unique. Immutable and thread-safe.
 *
 * @param id the office
 * @param name its name
 * @param zone its time zone, normally {@code Asia/Shanghai}
 * @param desks its front desks
 * @since 0.1.0
 */
public record ManagementOffice(OfficeId id, String name, ZoneId zone, List<FrontDesk> desks) {
  /** Checks the parts. */
  public ManagementOffice {
    Check.present("id", id);
    name = Check.text("name", name, 200);
    Check.present("zone", zone);
    desks = ImmutableList.copyOf(Check.present("desks", desks));
    Check.that(!desks.isEmpty(), "desks", "an office runs at least one front desk");
    Check.that(
        desks.stream().map(FrontDesk::id).distinct().count() == desks.size(),
        "desks",
        "desk ids must be unique");
  }

  /** Whether the desk belongs to this office. */
  public boolean runs(FrontDeskId desk) {
    return desks.stream().anyMatch(d -> d.id().equals(desk));
  }
}

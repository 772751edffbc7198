package org.propdesk.core.visitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.propdesk.core.lifecycle.DeskActivity;
import org.propdesk.core.lifecycle.DeskActivity.Kind;

/**
 * What a visit contributes to its desk's activity feed (来访工作动态), for the daily work log:
 * received at registration, closed when it ends, flagged when the closing check found the visitor
 * still on site, and open at a day's end while the visitor is on site or still expected. Stateless
 * and thread-safe.
 */
public final class VisitActivity {
  private VisitActivity() {}

  /** The visit's feed items with an instant in [from, to). */
  public static List<DeskActivity> of(Visit v, Instant from, Instant to) {
    List<DeskActivity> out = new ArrayList<>();
    add(out, v, Kind.RECEIVED, v.registeredAt(), from, to);
    v.flaggedAt().ifPresent(at -> add(out, v, Kind.FLAGGED, at, from, to));
    v.closedAt().ifPresent(at -> add(out, v, Kind.CLOSED, at, from, to));
    LocalDate first = v.registeredAt().atZone(v.zone()).toLocalDate();
    LocalDate last = to.minusMillis(1).atZone(v.zone()).toLocalDate();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      Instant dayEnd = day.plusDays(1).atStartOfDay(v.zone()).toInstant().minusMillis(1);
      if (!dayEnd.isBefore(from) && !VisitLifecycle.TABLE.isTerminal(v.stateAt(dayEnd))) {
        add(out, v, Kind.OPEN_AT_END_OF_DAY, dayEnd, from, to);
      }
    }
    return out;
  }

  private static void add(List<DeskActivity> out, Visit v, Kind kind, Instant at, Instant from, Instant to) {
    if (!at.isBefore(from) && at.isBefore(to)) {
      out.add(new DeskActivity(Visit.TYPE.name(), v.id().value(), v.desk(), kind, at));
    }
  }
}

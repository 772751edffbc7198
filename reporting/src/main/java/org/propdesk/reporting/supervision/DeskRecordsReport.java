package org.propdesk.reporting.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDesk;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.supervision.DailyReview;
import org.propdesk.core.supervision.DailyWorkLog;
import org.propdesk.core.supervision.ServiceVisit;
import org.propdesk.core.supervision.WeeklySummary;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.Table;
import org.propdesk.reporting.Text;
import org.propdesk.workflows.PropDesk;

/**
 * The daily-clear and weekly-summary records (日清周结, seed 4.5.1 and duty 11, PROCEDURES §16) of one
 * office for one week, as a {@link Report}: per front desk per day what was received, closed, overdue
 * and breached across every registered procedure, with the supervisor's review status; and the weekly
 * summary: the week's totals, each desk's week, the reviews with their notes and the service visits.
 *
 * <p>Built from the facade's {@link org.propdesk.workflows.supervision.DailyReviews} read models, so a
 * procedure that contributes to the desks' activity feed is counted here with no change. Days not yet
 * ended are shown as such. Tables: {@code daily-records}, {@code weekly-totals}, {@code desk-weeks},
 * {@code reviews}, {@code service-visits}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DeskRecordsReport {
  private DeskRecordsReport() {}

  /**
   * The records of {@code office}'s week starting on Monday {@code weekStart}.
   *
   * @return the report, or the rejection of the read (office not found or not visible to the actor,
   *     {@code weekStart} not a Monday)
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null
   */
  public static Result<Report> of(PropDesk desk, Actor actor, OfficeId office, LocalDate weekStart) {
    Check.present("desk", desk);
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("weekStart", weekStart);
    Result<WeeklySummary> summary = desk.reviews().weeklySummary(actor, office, weekStart);
    if (!summary.isAccepted()) {
      return Result.rejected(summary.rejection().orElseThrow());
    }
    WeeklySummary w = summary.value().orElseThrow();
    ManagementOffice mo = desk.directory().office(office).orElseThrow();
    LocalDate today = LocalDate.now(desk.clock().withZone(mo.zone()));
    List<List<?>> daily = new ArrayList<>();
    for (FrontDesk fd : mo.desks()) {
      for (int i = 0; i < 7; i++) {
        LocalDate day = weekStart.plusDays(i);
        if (day.isAfter(today)) {
          break;
        }
        Result<DailyWorkLog> log = desk.reviews().workLog(actor, fd.id(), day);
        if (!log.isAccepted()) {
          return Result.rejected(log.rejection().orElse(Rejection.of(org.propdesk.core.common.RejectionCode.NOT_FOUND, "desk")));
        }
        DailyWorkLog l = log.value().orElseThrow();
        Text status = l.reviewed() ? Text.of("review.done") : day.isBefore(today) ? Text.of("review.missing")
            : Text.of("review.dayNotEnded");
        daily.add(Arrays.asList(day, Text.plain(fd.name()), (long) l.received().size(), (long) l.closed().size(),
            (long) l.firstReplyAlarms(), (long) l.firstRepliesLate(), (long) l.missedFollowUps().size(),
            (long) l.openAtEndOfDay().size(), (long) l.flagged().size(), status));
      }
    }
    List<Table> tables = new ArrayList<>();
    tables.add(Table.of("daily-records", Text.of("table.dailyRecords"), List.of(Column.date("col.day"),
        Column.text("col.desk", 16), Column.integer("col.received"), Column.integer("col.closed"), Column.integer("col.alarms"),
        Column.integer("col.firstRepliesLate"), Column.integer("col.missedFollowUps"), Column.integer("col.openAtEnd"),
        Column.integer("col.flagged"), Column.text("col.reviewStatus", 14)), daily));
    tables.add(Table.of("weekly-totals", Text.of("table.weeklyTotals"), List.of(Column.text("col.measure", 30),
        Column.integer("col.count")), List.of(
        total("row.received", w.received().size()), total("row.closed", w.closed().size()), total("row.contacts", w.contacts()),
        total("row.firstRepliesOnTime", w.firstRepliesOnTime()), total("row.firstRepliesLate", w.firstRepliesLate()),
        total("row.alarms", w.alarms()), total("row.missedFollowUps", w.missedFollowUps()), total("row.flagged", w.flagged()),
        total("row.openAtEnd", w.openAtEnd().size()))));
    List<List<?>> deskWeeks = new ArrayList<>();
    for (WeeklySummary.DeskWeek dw : w.desks()) {
      String name = mo.desks().stream().filter(f -> f.id().equals(dw.desk())).map(FrontDesk::name).findFirst()
          .orElse(dw.desk().value());
      deskWeeks.add(Arrays.asList(Text.plain(name), (long) dw.received(), (long) dw.closed(), (long) dw.alarms(),
          Text.plain(dw.unreviewedDays().stream().map(LocalDate::toString).collect(Collectors.joining(", ")))));
    }
    tables.add(Table.of("desk-weeks", Text.of("table.deskWeeks"), List.of(Column.text("col.desk", 16),
        Column.integer("col.received"), Column.integer("col.closed"), Column.integer("col.alarms"),
        Column.text("col.unreviewedDays", 36)), deskWeeks));
    List<List<?>> reviews = new ArrayList<>();
    for (DailyReview r : w.reviews()) {
      reviews.add(Arrays.asList(r.day(), Text.plain(r.desk().value()), Text.plain(r.reviewerName()),
          LocalDateTime.ofInstant(r.reviewedAt(), mo.zone()), Text.plain(r.note()), (long) r.amendments().size()));
    }
    tables.add(Table.of("reviews", Text.of("table.reviews"), List.of(Column.date("col.day"), Column.text("col.desk", 12),
        Column.text("col.reviewer", 12), Column.dateTime("col.reviewedAt"), Column.text("col.note", 48),
        Column.integer("col.amendments")), reviews));
    List<List<?>> visits = new ArrayList<>();
    for (ServiceVisit v : w.visits()) {
      visits.add(Arrays.asList(LocalDateTime.ofInstant(v.visitedAt(), mo.zone()), Text.plain(v.owner().value()),
          Text.label(v.mode()), Text.plain(v.byName()), Text.plain(v.findings()), (long) v.fixes().size()));
    }
    tables.add(Table.of("service-visits", Text.of("table.serviceVisits"), List.of(Column.dateTime("col.visitedAt"),
        Column.text("col.owner", 12), Column.text("col.mode", 10), Column.text("col.reviewer", 12), Column.text("col.findings", 48),
        Column.integer("col.fixes")), visits));
    List<Report.Fact> facts = List.of(
        new Report.Fact(Text.of("fact.scope"), Text.plain(mo.name())),
        new Report.Fact(Text.of("fact.week"), Text.of("period.week", weekStart.toString(), weekStart.plusDays(6).toString())),
        new Report.Fact(Text.of("fact.weekStatus"), w.complete() ? Text.of("week.complete") : Text.of("week.inProgress")));
    return Result.accepted(new Report("desk-records-" + office.value() + "-" + weekStart, Text.of("desk.title"), facts, tables,
        List.of()), List.of());
  }

  private static List<?> total(String key, long n) {
    return Arrays.asList(Text.of(key), n);
  }
}

package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.supervision.DailyReview;
import org.propdesk.core.supervision.ServiceVisit;
import org.propdesk.core.supervision.ServiceVisitReport;
import org.propdesk.core.supervision.VisitMode;
import org.propdesk.core.supervision.WeeklySummary;
import org.propdesk.workflows.PropDesk;

/**
 * The customer supervisor's side of 日清周结 through the facade, on a storage of the implementer's
 * choosing (seed 4.5.5, PROCEDURES §4 and §16): a day is reviewed only once it has ended, a review is
 * amended with a reason, visits to owners and their fixes are recorded, and each office gets a weekly
 * summary. Refused commands change nothing stored.
 *
 * <p>Implement it in a test class with {@link #newStorage()} returning a new, empty storage.
 *
 * @since 0.1.0
 */
public interface SupervisionContract {
  /** A new, empty storage. */
  Storage newStorage();

  /** Monday 2 March 2026. */
  LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private Office open() {
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(newStorage())
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).build();
    return new Office(desk, clock);
  }

  /** A desk and its clock. */
  record Office(PropDesk desk, MutableClock clock) {
    /** Moves to a Shanghai local time and runs the sweep there. */
    void at(String local) {
      clock.setLocal(local);
      desk.timers().runDue();
    }

    DailyReview review(LocalDate day, String note) {
      return desk.reviews().markReviewed(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), day, note).orElseThrow();
    }
  }

  private static Instant shanghai(String local) {
    return LocalDateTime.parse(local).atZone(Fixtures.ZONE).toInstant();
  }

  @Test
  default void aDayStillInProgressCannotBeReviewedButYesterdayCanEvenAMinuteAfterMidnight() {
    Office o = open();
    o.clock().setLocal("2026-03-02T23:59:59");
    var today = o.desk().reviews().markReviewed(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MONDAY, "ok");
    assertThat(today.rejection().orElseThrow().field()).contains("day");
    assertThat(o.desk().reviews().workLog(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MONDAY).orElseThrow().reviewed())
        .isFalse();

    o.clock().setLocal("2026-03-03T00:01");
    assertThat(o.review(MONDAY, "ok").day()).isEqualTo(MONDAY);
  }

  @Test
  default void aReviewIsAmendedWithAReasonKeepingTheOldNoteAndOnlyBySupervisors() {
    Office o = open();
    o.clock().setLocal("2026-03-03T09:00");
    DailyReview first = o.review(MONDAY, "前台记录完整");

    assertThatThrownBy(() -> o.desk().reviews().amendReview(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MONDAY,
        "漏记一宗来访", " ")).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThat(o.desk().reviews().amendReview(Fixtures.clerk(OFFICE_1), Fixtures.desk(OFFICE_1), MONDAY, "改", "我想改")
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(o.desk().reviews().amendReview(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MONDAY.plusDays(1),
        "改", "未检查的日子").rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(o.desk().reviews().amendReview(Fixtures.supervisor(OFFICE_2), Fixtures.desk(OFFICE_1), MONDAY, "改", "别的管理处")
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);

    o.clock().setLocal("2026-03-03T10:00");
    DailyReview amended = o.desk().reviews().amendReview(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MONDAY,
        "漏记一宗来访，已提醒前台补记", "复核来访登记时发现遗漏").orElseThrow();
    assertThat(amended.version()).isEqualTo(first.version() + 1);
    assertThat(amended.note()).isEqualTo("漏记一宗来访，已提醒前台补记");
    assertThat(amended.amendments()).singleElement().satisfies(a -> {
      assertThat(a.previousNote()).isEqualTo("前台记录完整");
      assertThat(a.reason()).isEqualTo("复核来访登记时发现遗漏");
      assertThat(a.at()).isEqualTo(shanghai("2026-03-03T10:00"));
    });
    assertThat(o.desk().reviews().markReviewed(Fixtures.supervisor(OFFICE_1), Fixtures.desk(OFFICE_1), MONDAY, "again")
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.ALREADY_DONE);
  }

  @Test
  default void aServiceVisitAndTheFixesItLedToAreRecordedForAnOwnerOfTheOffice() {
    Office o = open();
    ServiceVisit v = o.desk().reviews().recordServiceVisit(Fixtures.supervisor(OFFICE_1), ServiceVisitReport.now(OFFICE_1,
        Fixtures.owner(OFFICE_1, 4), VisitMode.HOME, "业主反映前台接电话慢").at(shanghai("2026-03-02T08:30"))).orElseThrow();
    assertThat(v.visitedAt()).isEqualTo(shanghai("2026-03-02T08:30"));
    ServiceVisit fixed = o.desk().reviews().recordFix(Fixtures.director(OFFICE_1), v.id(), "前台增加一名值班员，三声内接听").orElseThrow();
    assertThat(fixed.fixes()).singleElement().satisfies(f -> assertThat(f.text()).contains("三声"));
    assertThat(o.desk().reviews().recordFix(Fixtures.guard(OFFICE_1), v.id(), "x").rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(o.desk().reviews().serviceVisits(Fixtures.supervisor(OFFICE_1), OFFICE_1, shanghai("2026-03-02T00:00"),
        shanghai("2026-03-03T00:00"))).containsExactly(fixed);
    assertThat(o.desk().reviews().serviceVisits(Fixtures.supervisor(OFFICE_2), OFFICE_1, shanghai("2026-03-02T00:00"),
        shanghai("2026-03-03T00:00"))).isEmpty();
  }

  @Test
  default void aVisitToAnOwnerOfAnotherOfficeByTheWrongRoleOrTooFarBackIsRefusedAndNothingIsStored() {
    Office o = open();
    var foreign = o.desk().reviews().recordServiceVisit(Fixtures.supervisor(OFFICE_1),
        ServiceVisitReport.now(OFFICE_1, Fixtures.owner(OFFICE_2, 4), VisitMode.PHONE, "x"));
    assertThat(foreign.rejection().orElseThrow().field()).contains("owner");
    var clerk = o.desk().reviews().recordServiceVisit(Fixtures.clerk(OFFICE_1),
        ServiceVisitReport.now(OFFICE_1, Fixtures.owner(OFFICE_1, 4), VisitMode.PHONE, "x"));
    assertThat(clerk.rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    var old = o.desk().reviews().recordServiceVisit(Fixtures.supervisor(OFFICE_1),
        ServiceVisitReport.now(OFFICE_1, Fixtures.owner(OFFICE_1, 4), VisitMode.PHONE, "x").at(shanghai("2026-03-01T08:59:59")));
    assertThat(old.rejection().orElseThrow().field()).contains("visitedAt");
    var otherOffice = o.desk().reviews().recordServiceVisit(Fixtures.supervisor(OFFICE_2),
        ServiceVisitReport.now(OFFICE_1, Fixtures.owner(OFFICE_1, 4), VisitMode.PHONE, "x"));
    assertThat(otherOffice.rejection().orElseThrow().field()).contains("office");
    assertThat(o.desk().reviews().serviceVisits(Fixtures.supervisor(OFFICE_1), OFFICE_1, Instant.EPOCH,
        shanghai("2027-01-01T00:00"))).isEmpty();
  }

  @Test
  default void theWeeklySummaryCountsTheWeekAcrossItsDaysAndListsWhatIsOpenTheAlarmsAndTheSupervisorsNotes() {
    Office o = open();
    Complaint a = o.desk().complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    o.clock().advance(Duration.ofMinutes(5));
    o.desk().complaints().reply(Fixtures.clerk(OFFICE_1), a.id(), Reply.of("师傅马上到。")).orElseThrow();
    o.desk().complaints().judge(Fixtures.supervisor(OFFICE_1), a.id(), Judgement.valid(false, false)).orElseThrow();
    o.desk().complaints().resolve(Fixtures.assistant(OFFICE_1), a.id(), "灯已更换。").orElseThrow();
    o.desk().complaints().callback(Fixtures.clerk(OFFICE_1), a.id(), new Callback(CallbackOutcome.SATISFIED, "满意")).orElseThrow();
    Complaint b = o.desk().complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 2).build()).orElseThrow();
    o.at("2026-03-02T10:00");
    for (int day = 3; day <= 9; day++) {
      o.at(String.format("2026-03-%02dT08:00", day));
      if (day == 3) {
        o.review(MONDAY, "B 未及时答复，已提醒");
        o.desk().reviews().recordServiceVisit(Fixtures.supervisor(OFFICE_1),
            ServiceVisitReport.now(OFFICE_1, Fixtures.owner(OFFICE_1, 5), VisitMode.HOME, "业主满意前台服务")).orElseThrow();
      }
      if (day == 4) {
        WeeklySummary soFar = o.desk().reviews().weeklySummary(Fixtures.supervisor(OFFICE_1), OFFICE_1, MONDAY).orElseThrow();
        assertThat(soFar.complete()).isFalse();
        assertThat(soFar.desks()).singleElement().satisfies(d -> assertThat(d.unreviewedDays()).containsExactly(MONDAY.plusDays(1)));
      }
    }
    o.clock().setLocal("2026-03-09T10:00");
    WeeklySummary w = o.desk().reviews().weeklySummary(Fixtures.supervisor(OFFICE_1), OFFICE_1, MONDAY).orElseThrow();

    assertThat(w.complete()).isTrue();
    assertThat(w.received()).containsExactly(a.id().value(), b.id().value());
    assertThat(w.closed()).containsExactly(a.id().value());
    assertThat(w.openAtEnd()).containsExactly(b.id().value());
    assertThat(w.firstRepliesOnTime()).isEqualTo(1);
    // B: no first reply by 09:20, not judged by the end of Monday (a working day)
    assertThat(w.alarms()).isEqualTo(2);
    // B went without contact every day from Tuesday to Sunday
    assertThat(w.missedFollowUps()).isEqualTo(6);
    assertThat(w.desks()).singleElement().satisfies(d -> {
      assertThat(d.received()).isEqualTo(2);
      assertThat(d.closed()).isEqualTo(1);
      assertThat(d.alarms()).isEqualTo(2);
      assertThat(d.unreviewedDays()).containsExactlyElementsOf(MONDAY.plusDays(1).datesUntil(MONDAY.plusDays(7)).toList());
    });
    assertThat(w.reviews()).extracting(DailyReview::note).containsExactly("B 未及时答复，已提醒");
    assertThat(w.visits()).extracting(ServiceVisit::findings).containsExactly("业主满意前台服务");

    WeeklySummary next = o.desk().reviews().weeklySummary(Fixtures.supervisor(OFFICE_1), OFFICE_1, MONDAY.plusWeeks(1)).orElseThrow();
    assertThat(next.received()).isEmpty();
    assertThat(next.openAtEnd()).containsExactly(b.id().value());
  }

  @Test
  default void aWeeklySummaryNeedsAMondayAndAnOfficeTheActorMaySee() {
    Office o = open();
    assertThatThrownBy(() -> o.desk().reviews().weeklySummary(Fixtures.supervisor(OFFICE_1), OFFICE_1, MONDAY.plusDays(1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("weekStart"));
    assertThat(o.desk().reviews().weeklySummary(Fixtures.supervisor(OFFICE_2), OFFICE_1, MONDAY).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(o.desk().reviews().weeklySummary(Fixtures.serviceCentre(), OFFICE_1, MONDAY).isAccepted()).isTrue();
  }
}

package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.Notification;
import org.propdesk.workflows.TimerRunReport;

/** The SLA sweep run by the host: deterministic, idempotent, and it notifies the right people. */
class TimerSweepTest {
  private final Desks d = new Desks();

  @Test
  void theSweepRaisesTheFirstReplyAlarmMissedDaysAndTheMonthlyUpgradeOnce() {
    Complaint c = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();
    d.clock.advance(Duration.ofMinutes(15));
    assertThat(d.desk.timers().runDue().fired()).isZero();
    d.clock.advance(Duration.ofMinutes(1));
    TimerRunReport first = d.desk.timers().runDue();
    assertThat(first.changed()).isEqualTo(1);
    d.desk.outbox().deliverDue();
    assertThat(d.notifier.deliveries()).filteredOn(n -> n.eventType().equals("FirstReplyOverdue"))
        .singleElement().satisfies(n -> assertThat(n.role()).contains(Role.CUSTOMER_SUPERVISOR));

    d.clock.setLocal("2026-04-02T09:00:00");
    TimerRunReport month = d.desk.timers().runDue();
    Complaint after = d.desk.complaints().find(Fixtures.director(OFFICE_1), c.id()).orElseThrow();
    assertThat(after.complaintClass()).contains(ComplaintClass.MAJOR);
    assertThat(after.handlerRole()).contains(Role.GENERAL_MANAGER);
    assertThat(after.missedFollowUpDays()).hasSize(30).contains(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 4, 1));
    // 30 missed days, the upgrade, and the general complaint's resolution-target warning (18:00 on 03-02)
    // and alarm (midnight)
    assertThat(month.changed()).isEqualTo(33);

    long version = after.version();
    TimerRunReport again = d.desk.timers().runDue();
    assertThat(again.fired()).isZero();
    assertThat(d.desk.complaints().find(Fixtures.director(OFFICE_1), c.id()).orElseThrow().version()).isEqualTo(version);

    d.desk.outbox().deliverDue();
    assertThat(d.notifier.deliveries()).filteredOn(n -> n.eventType().equals("BecameMajor"))
        .extracting(Notification::audience)
        .containsExactlyInAnyOrder(Notification.Audience.COMPANY_LEADERSHIP, Notification.Audience.GROUP);
    assertThat(d.desk.audit().verify(OFFICE_1).intact()).isTrue();
  }

  @Test
  void anInvalidComplaintStopsItsDailyChecksButItsUnansweredOwnerStillRaisesTheFirstReplyAlarm() {
    Complaint c = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 2).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.invalid("Not our matter")).orElseThrow();
    d.clock.advance(Duration.ofDays(40));
    d.desk.timers().runDue();
    assertThat(d.pendingTimers()).isZero();
    Complaint after = d.desk.complaints().find(Fixtures.director(OFFICE_1), c.id()).orElseThrow();
    assertThat(after.version()).isEqualTo(3);
    assertThat(after.firstReplyOverdue()).isTrue();
    assertThat(after.missedFollowUpDays()).isEmpty();
  }

  @Test
  void theNextDueTimerIsTheFirstReplyDeadlineAndNoneIsDueWhenNothingIsPending() {
    assertThat(d.desk.timers().nextDue()).isEmpty();
    java.time.Instant registered = d.clock.instant();
    d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    // the first-reply timer: one millisecond after the 15-minute deadline (the earliest the complaint sets)
    assertThat(d.desk.timers().nextDue()).contains(registered.plus(Duration.ofMinutes(15)).plusMillis(1));
  }
}

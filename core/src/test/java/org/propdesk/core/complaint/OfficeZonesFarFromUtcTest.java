package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.core.complaint.Given.ASSISTANT;
import static org.propdesk.core.complaint.Given.CLERK;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.SUPERVISOR;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every day and month rule of PROCEDURES §4-5 is reckoned in the office's zone, tried in zones far from
 * UTC on both sides (UTC+14, UTC+8, UTC-10, UTC-11) near midnight and at month ends: the expected
 * instants are written here as local times, never derived from the code.
 */
class OfficeZonesFarFromUtcTest {

  private static Instant local(String t, ZoneId z) {
    return LocalDateTime.parse(t).atZone(z).toInstant();
  }

  private static Clock clock(String t, ZoneId z) {
    return Clock.fixed(local(t, z), z);
  }

  private static Complaint inHandling(String reported, ZoneId z) {
    Clock c = clock(reported, z);
    return Complaint.register(ComplaintId.of("C-1"), Given.OFFICE, z, Given.registration().build(), CLERK, POLICIES, c)
        .orElseThrow().judge(Judgement.valid(false, false), SUPERVISOR, POLICIES, c).orElseThrow();
  }

  @ParameterizedTest(name = "{1} in {0} → major at {2}")
  @CsvSource({
      "Asia/Shanghai,      2026-01-31T07:59:00, 2026-02-28T07:59:00",
      "Asia/Shanghai,      2026-03-31T00:30:00, 2026-04-30T00:30:00",
      "Asia/Shanghai,      2026-01-29T03:00:00, 2026-02-28T03:00:00",
      "Asia/Shanghai,      2026-01-30T06:00:00, 2026-02-28T06:00:00",
      "Asia/Shanghai,      2028-01-31T05:00:00, 2028-02-29T05:00:00",
      "Pacific/Kiritimati, 2026-03-31T08:00:00, 2026-04-30T08:00:00",
      "Pacific/Kiritimati, 2026-05-31T13:59:00, 2026-06-30T13:59:00",
      "Pacific/Honolulu,   2026-03-31T23:30:00, 2026-04-30T23:30:00",
      "Pacific/Honolulu,   2026-01-31T15:00:00, 2026-02-28T15:00:00",
      "Pacific/Pago_Pago,  2026-08-31T20:00:00, 2026-09-30T20:00:00",
  })
  void theMonthOfCriterionCIsACalendarMonthOfTheOfficesZone(String zone, String reported, String due) {
    ZoneId z = ZoneId.of(zone);
    Complaint c = inHandling(reported, z);
    Instant expected = local(due, z);

    assertThat(c.upgradeDue()).isEqualTo(expected);
    assertThat(c.onUpgradeDue(POLICIES, Clock.fixed(expected.minusMillis(1), z)).events()).isEmpty();
    assertThat(c.onUpgradeDue(POLICIES, Clock.fixed(expected, z)).orElseThrow().complaintClass()).contains(ComplaintClass.MAJOR);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Pacific/Kiritimati", "Asia/Shanghai", "Pacific/Honolulu", "Pacific/Pago_Pago"})
  void aContactAt2359LocalCountsForThatLocalDayAndOneAtMidnightForTheNext(String zone) {
    ZoneId z = ZoneId.of(zone);
    LocalDate day = LocalDate.of(2026, 3, 31);
    Complaint c = inHandling("2026-03-30T10:00:00", z)
        .followUp(FollowUpContact.now(ContactChannel.PHONE, "还在等"), ASSISTANT, POLICIES.wording(), clock("2026-03-31T23:59:00", z))
        .orElseThrow();

    assertThat(c.hasContactOn(day)).isTrue();
    assertThat(c.hasContactOn(day.plusDays(1))).isFalse();
    assertThat(c.onFollowUpDayEnded(day, clock("2026-04-01T00:00:00", z)).events()).isEmpty();
    Complaint next = c.followUp(FollowUpContact.now(ContactChannel.VISIT, "好的"), ASSISTANT, POLICIES.wording(),
        clock("2026-04-01T00:00:00", z)).orElseThrow();
    assertThat(next.hasContactOn(day.plusDays(1))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Pacific/Kiritimati", "Asia/Shanghai", "Pacific/Honolulu", "Pacific/Pago_Pago"})
  void aContactFor2359EnteredAt0005ClearsTheMissOfThatLocalDayOnly(String zone) {
    ZoneId z = ZoneId.of(zone);
    LocalDate day = LocalDate.of(2026, 3, 31);
    Complaint missed = inHandling("2026-03-30T10:00:00", z).onFollowUpDayEnded(day, clock("2026-04-01T00:00:00", z)).orElseThrow();
    assertThat(missed.missedFollowUpDays()).containsExactly(day);

    Complaint late = missed.followUp(FollowUpContact.at(ContactChannel.PHONE, local("2026-03-31T23:59:00", z), "在家等"),
        ASSISTANT, POLICIES.wording(), clock("2026-04-01T00:05:00", z)).orElseThrow();
    assertThat(late.missedFollowUpDays()).isEmpty();

    Complaint twoDays = missed.onFollowUpDayEnded(day.plusDays(1), clock("2026-04-02T00:00:00", z)).orElseThrow();
    Complaint onlyApril = twoDays.followUp(FollowUpContact.at(ContactChannel.PHONE, local("2026-04-01T00:00:00", z), "好"),
        ASSISTANT, POLICIES.wording(), clock("2026-04-01T20:00:00", z)).orElseThrow();
    assertThat(onlyApril.missedFollowUpDays()).containsExactly(day);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Pacific/Kiritimati", "Pacific/Honolulu"})
  void theDayOfTheReportNeedsNoContactAndTheNextLocalDayDoes(String zone) {
    ZoneId z = ZoneId.of(zone);
    Complaint c = inHandling("2026-03-31T23:50:00", z);
    assertThat(c.onFollowUpDayEnded(LocalDate.of(2026, 3, 31), clock("2026-04-01T00:00:00", z)).events()).isEmpty();
    assertThat(c.onFollowUpDayEnded(LocalDate.of(2026, 4, 1), clock("2026-04-02T00:00:00", z)).orElseThrow().missedFollowUpDays())
        .containsExactly(LocalDate.of(2026, 4, 1));
  }
}

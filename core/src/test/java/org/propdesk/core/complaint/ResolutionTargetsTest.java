package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.core.complaint.Given.ASSISTANT;
import static org.propdesk.core.complaint.Given.CLERK;
import static org.propdesk.core.complaint.Given.DIRECTOR;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.SUPERVISOR;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.propdesk.core.org.Role;

/**
 * PROCEDURES §5 Timers: resolution targets [practice] (general the same day, important ≤ 3 days, major ≤ 7
 * days) raise a warning before they pass and an alarm when they pass, to the handler and the director.
 * The warning leads are policy defaults documented on {@link ComplaintTimers}: 6 hours for a general
 * complaint (18:00 on the day), one day for an important or major one. Days are the office's days, so
 * zones far from UTC on both sides are tried near midnight.
 */
class ResolutionTargetsTest {

  private static Instant local(String t, ZoneId zone) {
    return LocalDateTime.parse(t).atZone(zone).toInstant();
  }

  private static Complaint judged(String reported, ZoneId zone, Judgement judgement) {
    Clock clock = Clock.fixed(local(reported, zone), zone);
    Complaint c = Complaint.register(ComplaintId.of("C-1"), Given.OFFICE, zone, Given.registration().build(), CLERK, POLICIES, clock)
        .orElseThrow();
    return c.judge(judgement, SUPERVISOR, POLICIES, clock).orElseThrow();
  }

  @ParameterizedTest(name = "{0} reported {1} in {2}: target {3}")
  @CsvSource({
      "GENERAL,   2026-03-02T09:00:00,    Asia/Shanghai,      2026-03-03T00:00:00",
      "GENERAL,   2026-03-02T23:59:59,    Asia/Shanghai,      2026-03-03T00:00:00",
      "GENERAL,   2026-03-02T00:00:00,    Pacific/Kiritimati, 2026-03-03T00:00:00",
      "GENERAL,   2026-03-31T23:30:00,    Pacific/Honolulu,   2026-04-01T00:00:00",
      "GENERAL,   2028-02-28T22:00:00,    America/Los_Angeles, 2028-02-29T00:00:00",
      "IMPORTANT, 2026-03-02T09:00:00,    Asia/Shanghai,      2026-03-05T09:00:00",
      "MAJOR,     2026-03-02T09:00:00,    Asia/Shanghai,      2026-03-09T09:00:00",
  })
  void theTargetIsSetAtTheJudgementFromTheReportTimeByClassInTheOfficesZone(
      ComplaintClass cls, String reported, String zone, String target) {
    ZoneId z = ZoneId.of(zone);
    Judgement j = switch (cls) {
      case GENERAL -> Judgement.valid(false, false);
      case IMPORTANT -> Judgement.valid(true, false);
      case MAJOR -> Judgement.valid(true, true);
    };
    Complaint c = judged(reported, z, j);
    assertThat(c.complaintClass()).contains(cls);
    assertThat(c.resolutionTarget()).contains(local(target, z));
  }

  @Test
  void aGeneralComplaintIsWarnedAt18OnItsDayAndAlarmedAtMidnightToTheAssistantAndTheDirector() {
    ZoneId z = ZoneId.of("Pacific/Honolulu");
    Complaint c = judged("2026-03-02T09:00:00", z, Judgement.valid(false, false));
    Instant target = local("2026-03-03T00:00:00", z);
    Instant warnAt = local("2026-03-02T18:00:00", z);

    assertThat(c.onResolutionWarning(target, POLICIES, Clock.fixed(warnAt.minusMillis(1), z)).events()).isEmpty();
    Complaint warned = c.onResolutionWarning(target, POLICIES, Clock.fixed(warnAt, z)).orElseThrow();
    assertThat(warned.history().get(warned.history().size() - 1).trigger()).contains(ComplaintTrigger.RESOLUTION_TARGET_NEAR);
    assertThat(warned.onResolutionWarning(target, POLICIES, Clock.fixed(warnAt.plusSeconds(60), z)).events()).isEmpty();

    assertThat(warned.onResolutionTargetDue(target, Clock.fixed(target.minusMillis(1), z)).events()).isEmpty();
    var missed = warned.onResolutionTargetDue(target, Clock.fixed(target, z));
    assertThat(missed.events()).singleElement().isInstanceOfSatisfying(ComplaintEvent.ResolutionTargetMissed.class, e -> {
      assertThat(e.target()).isEqualTo(target);
      assertThat(e.handler()).isEqualTo(Role.PROPERTY_ASSISTANT);
    });
    assertThat(missed.orElseThrow().resolvedOnTarget()).contains(false);
    assertThat(missed.orElseThrow().onResolutionTargetDue(target, Clock.fixed(target.plusSeconds(5), z)).events()).isEmpty();
  }

  @Test
  void aComplaintResolvedInTimeHearsNothingAndCountsAsOnTarget() {
    Complaint c = Given.inHandling("2026-03-02T09:00:00", false);
    Instant target = c.resolutionTarget().orElseThrow();
    Complaint resolved = c.resolve("已清理完毕", ASSISTANT, POLICIES, Given.at("2026-03-02T16:00:00")).orElseThrow();

    assertThat(resolved.onResolutionWarning(target, POLICIES, Given.at("2026-03-02T18:00:00")).events()).isEmpty();
    assertThat(resolved.onResolutionTargetDue(target, Given.at("2026-03-03T00:00:00")).events()).isEmpty();
    assertThat(resolved.resolvedOnTarget()).contains(true);
  }

  @Test
  void aWarningDueAfterTheTargetPassedIsNotGivenSinceTheAlarmSaysMore() {
    Complaint c = Given.inHandling("2026-03-02T09:00:00", false);
    Instant target = c.resolutionTarget().orElseThrow();
    assertThat(c.onResolutionWarning(target, POLICIES, Clock.fixed(target, Given.ZONE)).events()).isEmpty();
  }

  @Test
  void anUpgradeMovesTheTargetAndTheOldTargetsTimersFindNothingToDo() {
    Complaint general = Given.inHandling("2026-03-02T09:00:00", false);
    Instant oldTarget = general.resolutionTarget().orElseThrow();
    Complaint important = general.changeClass(ClassChange.upTo(ComplaintClass.IMPORTANT), DIRECTOR, POLICIES,
        Given.at("2026-03-02T12:00:00")).orElseThrow();

    assertThat(important.resolutionTarget()).contains(local("2026-03-05T09:00:00", Given.ZONE));
    assertThat(important.onResolutionWarning(oldTarget, POLICIES, Given.at("2026-03-02T18:00:00")).events()).isEmpty();
    assertThat(important.onResolutionTargetDue(oldTarget, Given.at("2026-03-03T00:00:00")).events()).isEmpty();
    assertThat(important.onResolutionWarning(important.resolutionTarget().get(), POLICIES, Given.at("2026-03-04T09:00:00"))
        .events()).singleElement().isInstanceOf(ComplaintEvent.ResolutionTargetNear.class);
  }

  @Test
  void anUnjudgedComplaintHasNoTargetAndAPolicyCanChangeTheWarningLead() {
    assertThat(Given.registered("2026-03-02T09:00:00").resolutionTarget()).isEmpty();
    assertThat(Given.registered("2026-03-02T09:00:00").resolvedOnTarget()).isEmpty();
    ComplaintTimers t = ComplaintTimers.seedDefaults().withWarningBefore(ComplaintClass.GENERAL, Duration.ofHours(2));
    assertThat(t.warningAt(ComplaintClass.GENERAL, Instant.parse("2026-03-02T16:00:00Z"))).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
    assertThat(t.warningBefore(ComplaintClass.MAJOR)).isEqualTo(Duration.ofDays(1));
    assertThat(Optional.of(ComplaintTimers.seedDefaults().warningBefore(ComplaintClass.IMPORTANT))).contains(Duration.ofDays(1));
  }
}

package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.core.complaint.Given.CLERK;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.at;
import static org.propdesk.core.complaint.Given.registered;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.Result;

/** Seed 4.5.3: the first reply within 15 minutes. Exactly 15:00 after registration is still on time. */
class FirstReplyWithinFifteenMinutesTest {
  private static final Reply REPLY = Reply.of("A technician will look at the lift within the hour.");

  private static Result<Complaint> replyAt(String local) {
    return registered("2026-03-02T09:00:00").reply(REPLY, CLERK, POLICIES.wording(), at(local));
  }

  @Test
  void aReplyAtFourteenMinutesFiftyNineIsOnTime() {
    Result<Complaint> r = replyAt("2026-03-02T09:14:59");
    assertThat(r.orElseThrow().firstReplyOnTime()).contains(true);
    assertThat(r.events()).containsExactly(new ComplaintEvent.Replied(ComplaintId.of("C-1"), Given.OFFICE,
        at("2026-03-02T09:14:59").instant(), true, true));
  }

  @Test
  void aReplyAtExactlyFifteenMinutesIsOnTime() {
    assertThat(replyAt("2026-03-02T09:15:00").orElseThrow().firstReplyOnTime()).contains(true);
  }

  @Test
  void aReplyOneMillisecondAfterTheDeadlineIsLate() {
    assertThat(replyAt("2026-03-02T09:15:00.001").orElseThrow().firstReplyOnTime()).contains(false);
  }

  @Test
  void aReplyAtFifteenMinutesOneSecondIsLate() {
    Complaint c = replyAt("2026-03-02T09:15:01").orElseThrow();
    assertThat(c.firstReplyOnTime()).contains(false);
    assertThat(c.firstReplyAt()).contains(at("2026-03-02T09:15:01").instant());
  }

  @Test
  void theAlarmDoesNotSoundAtTheDeadlineItself() {
    Complaint c = registered("2026-03-02T09:00:00");
    Result<Complaint> r = c.onFirstReplyDeadline(at("2026-03-02T09:15:00"));
    assertThat(r.orElseThrow()).isSameAs(c);
    assertThat(r.events()).isEmpty();
  }

  @Test
  void theAlarmSoundsOnceWhenNothingWasSaidByTheDeadline() {
    Complaint c = registered("2026-03-02T09:00:00");
    Complaint late = c.onFirstReplyDeadline(at("2026-03-02T09:15:01")).orElseThrow();
    assertThat(late.firstReplyOverdue()).isTrue();
    assertThat(late.version()).isEqualTo(2);
    assertThat(late.history().get(1).trigger()).contains(ComplaintTrigger.FIRST_REPLY_OVERDUE);
    assertThat(late.onFirstReplyDeadline(at("2026-03-02T09:30:00")).orElseThrow()).isSameAs(late);
  }

  @Test
  void noAlarmWhenTheReplyCameInTime() {
    Complaint replied = replyAt("2026-03-02T09:05:00").orElseThrow();
    assertThat(replied.onFirstReplyDeadline(at("2026-03-02T09:16:00")).orElseThrow()).isSameAs(replied);
  }

  @Test
  void onlyTheFirstReplyCountsForTheClock() {
    Complaint first = replyAt("2026-03-02T09:05:00").orElseThrow();
    Result<Complaint> second = first.reply(REPLY, CLERK, POLICIES.wording(), at("2026-03-02T10:00:00"));
    assertThat(second.orElseThrow().firstReplyAt()).isEqualTo(Optional.of(at("2026-03-02T09:05:00").instant()));
    assertThat(second.orElseThrow().contacts()).hasSize(2);
    assertThat(((ComplaintEvent.Replied) second.events().get(0)).first()).isFalse();
  }
}

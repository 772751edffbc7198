package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.complaint.ContactChannel;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.Notification;
import org.propdesk.workflows.complaint.ComplaintCommand;

/**
 * The complaint use cases end to end through the facade, on a storage of the implementer's choosing:
 * registration, office scope, stale writes, repeats suggested and linked, criterion (c) with late
 * judgements, the reported instant, sign-off refusal, unreachable owners, invalid judgements answered
 * and reversed, raising again after a resolution, who hears of what, and the judgement alarm
 * (PROCEDURES §4-5, issue [4] items 1-3, 5-6, 8-10).
 *
 * <p>Extend it in a test class whose {@link #newStorage()} returns a new, empty storage.
 *
 * @since 0.1.0
 */
public abstract class ComplaintDeskContract {
  /** The desk of the test running; a new one on a new storage for each test. */
  protected Desks d;

  /** A new, empty storage. */
  protected abstract org.propdesk.core.spi.Storage newStorage();

  @org.junit.jupiter.api.BeforeEach
  public void openDesk() {
    d = new Desks(newStorage());
  }

  private Complaint register(int unit) {
    return d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, unit).build()).orElseThrow();
  }

  @Test
  public void aRegisteredComplaintIsStoredJournaledAndTimed() {
    Complaint c = register(1);
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id())).contains(c);
    List<JournalEntry> journal = d.desk.audit().entries(OFFICE_1, 1, 10);
    assertThat(journal).hasSize(1);
    assertThat(journal.get(0).draft().action()).isEqualTo("REGISTER");
    assertThat(journal.get(0).draft().payload()).doesNotContain("13800130001");
    // first reply, month upgrade, first follow-up day, and the judgement alarm
    assertThat(d.pendingTimers()).isEqualTo(4);
  }

  @Test
  public void anActorOfAnotherOfficeFindsNothingAndChangesNothing() {
    Complaint c = register(1);
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_2), c.id())).isEmpty();
    Result<Complaint> r = d.desk.complaints().reply(Fixtures.clerk(OFFICE_2), c.id(), Reply.of("Hello"));
    assertThat(r.rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id())).contains(c);
    assertThat(d.desk.complaints().list(Fixtures.director(OFFICE_2), OFFICE_1, Instant.EPOCH, Instant.MAX)).isEmpty();
    assertThat(d.desk.complaints().register(Fixtures.clerk(OFFICE_2), Fixtures.registration(OFFICE_1, 2).build())
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(d.desk.audit().entries(OFFICE_1, 1, 10)).hasSize(1);
  }

  @Test
  public void aServiceCentreReadOfAnOfficeIsJournaledInThatOffice() {
    Complaint c = register(1);
    assertThat(d.desk.complaints().find(Fixtures.serviceCentre(), c.id())).contains(c);
    List<JournalEntry> journal = d.desk.audit().entries(OFFICE_1, 1, 10);
    assertThat(journal).extracting(e -> e.draft().action()).containsExactly("REGISTER", "READ");
    assertThat(journal.get(1).draft().actor()).isEqualTo("S-SC");
    assertThat(d.desk.audit().verify(OFFICE_1).intact()).isTrue();
  }

  @Test
  public void aRejectedCommandWritesNothing() {
    Complaint c = register(1);
    Result<Complaint> r = d.desk.complaints().reply(Fixtures.guard(OFFICE_1), c.id(), Reply.of("We are on it."));
    assertThat(r.rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(d.desk.audit().entries(OFFICE_1, 1, 10)).hasSize(1);
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  public void twoWritersOnOneComplaintExactlyOneSucceedsTheOtherGetsStaleVersion() {
    Complaint c = register(1);
    Result<Complaint> first = d.desk.complaints().execute(Fixtures.clerk(OFFICE_1), c.id(), 1,
        ComplaintCommand.reply(Reply.of("First writer: a technician is coming.")));
    assertThat(first.isAccepted()).isTrue();
    assertThatThrownBy(() -> d.desk.complaints().execute(Fixtures.assistant(OFFICE_1), c.id(), 1,
        ComplaintCommand.followUp(FollowUpContact.now(ContactChannel.PHONE, "ok"))))
        .isInstanceOf(StaleVersionException.class).hasMessageContaining("expected version 1");
    Complaint stored = d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.contacts()).hasSize(1);
  }

  @Test
  public void aLookalikeRegistrationIsItsOwnMatterWithItsOwnClocksAndIsOnlySuggestedAsARepeat() {
    // the case: the owner's lift complaint (unit 3, REPAIRS) is open, valid and contracted-service
    Complaint lift = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 3)
        .content("电梯停运三天了").concernsContractedService(true).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), lift.id(), Judgement.valid(true, false)).orElseThrow();
    d.desk.outbox().deliverDue();
    d.notifier.clear();
    d.clock.advance(Duration.ofDays(2));
    var leak = Fixtures.registration(OFFICE_1, 3).content("卫生间漏水").build();

    assertThat(d.desk.complaints().suggestRepeats(Fixtures.clerk(OFFICE_1), leak)).extracting(Complaint::id)
        .containsExactly(lift.id());
    Complaint registered = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), leak).orElseThrow();

    assertThat(registered.state()).isEqualTo(ComplaintState.REGISTERED);
    assertThat(registered.repeatOf()).isEmpty();
    assertThat(registered.firstReplyDeadline()).isEqualTo(d.clock.instant().plus(Duration.ofMinutes(15)));
    Complaint liftNow = d.desk.complaints().find(Fixtures.clerk(OFFICE_1), lift.id()).orElseThrow();
    assertThat(liftNow.timesRaised()).isEqualTo(1);
    assertThat(liftNow.complaintClass()).isNotEqualTo(java.util.Optional.of(ComplaintClass.MAJOR));
    d.desk.outbox().deliverDue();
    assertThat(d.notifier.deliveries()).extracting(Notification::audience)
        .doesNotContain(Notification.Audience.COMPANY_LEADERSHIP, Notification.Audience.GROUP);
  }

  @Test
  public void aRepeatTheClerkLinksIsMergedAndCountsTowardCriterionA() {
    Complaint first = d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 3).concernsContractedService(true).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), first.id(), Judgement.valid(true, false)).orElseThrow();
    d.clock.advance(Duration.ofDays(2));
    Result<Complaint> again = d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 3).repeatOf(first.id()).build());
    assertThat(again.orElseThrow().state()).isEqualTo(ComplaintState.MERGED);
    assertThat(again.orElseThrow().repeatOf()).contains(first.id());
    Complaint original = d.desk.complaints().find(Fixtures.clerk(OFFICE_1), first.id()).orElseThrow();
    assertThat(original.complaintClass()).contains(ComplaintClass.MAJOR);
    assertThat(original.repeats()).containsExactly(again.orElseThrow().id());
    d.desk.outbox().deliverDue();
    assertThat(d.notifier.deliveries()).extracting(Notification::audience)
        .contains(Notification.Audience.COMPANY_LEADERSHIP, Notification.Audience.GROUP);
  }

  @Test
  public void aComplaintJudgedValidAfterItsMonthIsMajorFromItsJudgementOn() {
    // the case: registered 03-02, judged valid 04-10, swept until 08-10
    Complaint c = register(5);
    for (int day = 0; day < 39; day++) {
      d.clock.advance(Duration.ofDays(1));
      d.desk.timers().runDue();
    }
    assertThat(d.clock.instant().atZone(Fixtures.ZONE).toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 4, 10));
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow().complaintClass()).isEmpty();

    Complaint judged = d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();

    assertThat(judged.complaintClass()).contains(ComplaintClass.MAJOR);
    assertThat(judged.majorCriteria()).contains(org.propdesk.core.complaint.MajorCriterion.C_UNRESOLVED_ONE_MONTH);
    assertThat(judged.autoUpgraded()).isTrue();
    for (int day = 0; day < 122; day++) {
      d.clock.advance(Duration.ofDays(1));
      d.desk.timers().runDue();
    }
    Complaint later = d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow();
    assertThat(later.complaintClass()).contains(ComplaintClass.MAJOR);
    assertThat(later.history().stream().filter(h -> h.records(org.propdesk.core.complaint.ComplaintTrigger.AUTO_UPGRADE)))
        .hasSize(1);
    d.desk.outbox().deliverDue();
    assertThat(d.notifier.deliveries()).extracting(Notification::audience)
        .contains(Notification.Audience.COMPANY_LEADERSHIP, Notification.Audience.GROUP);
  }

  @Test
  public void aComplaintJudgedValidTheMinuteBeforeItsMonthEndsIsUpgradedByTheSweepNotByTheJudgement() {
    Complaint c = register(6);
    d.clock.set(c.upgradeDue().minusSeconds(60));
    Complaint judged = d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();
    assertThat(judged.complaintClass()).contains(ComplaintClass.GENERAL);
    d.clock.set(c.upgradeDue());
    d.desk.timers().runDue();
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow().complaintClass()).contains(ComplaintClass.MAJOR);
  }

  @Test
  public void everyClockRunsFromTheReportedInstantNotFromDataEntry() {
    Instant reported = d.clock.instant();
    d.clock.advance(Duration.ofMinutes(40)); // the clerk types it in 40 minutes after the owner's call
    Complaint c = d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 7).reportedAt(reported).build()).orElseThrow();

    assertThat(c.registeredAt()).isEqualTo(reported);
    assertThat(c.firstReplyDeadline()).isEqualTo(reported.plus(Duration.ofMinutes(15)));
    assertThat(c.upgradeDue()).isEqualTo(reported.atZone(Fixtures.ZONE).plusMonths(1).toInstant());
    assertThat(c.history().get(0).at()).isEqualTo(d.clock.instant());
    assertThat(c.history().get(0).note()).contains("reported at " + reported);
    // the first reply is already overdue when the complaint is entered: the next sweep says so
    d.desk.timers().runDue();
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow().firstReplyOverdue()).isTrue();
  }

  @Test
  public void aReportedInstantInTheFutureOrMoreThanADayBackIsRefusedAndNothingIsStored() {
    Instant now = d.clock.instant();
    Result<Complaint> future = d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 7).reportedAt(now.plusSeconds(1)).build());
    Result<Complaint> tooOld = d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 7).reportedAt(now.minus(Duration.ofHours(24)).minusMillis(1)).build());
    Result<Complaint> exactlyADay = d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 7).reportedAt(now.minus(Duration.ofHours(24))).build());

    assertThat(future.rejection().orElseThrow().field()).contains("reportedAt");
    assertThat(tooOld.rejection().orElseThrow().field()).contains("reportedAt");
    assertThat(exactlyADay.orElseThrow().registeredAt()).isEqualTo(now.minus(Duration.ofHours(24)));
    assertThat(d.desk.complaints().list(Fixtures.clerk(OFFICE_1), OFFICE_1, now.minus(Duration.ofDays(2)), now.plusSeconds(10)))
        .containsExactly(exactlyADay.orElseThrow());
  }

  @Test
  public void theGeneralManagerRefusesASignOffWithAReasonAndTheComplaintGoesBackToHandling() {
    Complaint c = register(8);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, true)).orElseThrow();
    d.desk.complaints().resolve(Fixtures.generalManager(), c.id(), "已赔偿并修复。").orElseThrow();
    Complaint awaiting = d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(),
        new org.propdesk.core.complaint.Callback(org.propdesk.core.complaint.CallbackOutcome.SATISFIED, "满意")).orElseThrow();
    assertThat(awaiting.state()).isEqualTo(ComplaintState.AWAITING_SIGN_OFF);
    d.desk.outbox().deliverDue();
    d.notifier.clear();

    assertThat(d.desk.complaints().refuseSignOff(Fixtures.director(OFFICE_1), c.id(), "赔偿未到位").rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThatThrownBy(() -> d.desk.complaints().refuseSignOff(Fixtures.generalManager(), c.id(), " "))
        .isInstanceOfSatisfying(org.propdesk.core.common.InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    Complaint back = d.desk.complaints().refuseSignOff(Fixtures.generalManager(), c.id(), "赔偿未到位").orElseThrow();

    assertThat(back.state()).isEqualTo(ComplaintState.IN_HANDLING);
    assertThat(back.closedAt()).isEmpty();
    assertThat(back.history().get(back.history().size() - 1).note()).contains("赔偿未到位");
    d.desk.outbox().deliverDue();
    assertThat(d.notifier.deliveries()).anySatisfy(n -> {
      assertThat(n.eventType()).isEqualTo("SignOffRefused");
      assertThat(n.role()).contains(back.handlerRole().orElseThrow());
    });
    d.desk.complaints().resolve(Fixtures.generalManager(), c.id(), "赔偿已到账。").orElseThrow();
    d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(),
        new org.propdesk.core.complaint.Callback(org.propdesk.core.complaint.CallbackOutcome.SATISFIED, "满意")).orElseThrow();
    assertThat(d.desk.complaints().signOff(Fixtures.generalManager(), c.id(), "同意结案").orElseThrow().state())
        .isEqualTo(ComplaintState.CLOSED);
  }

  @Test
  public void anOwnerUnreachableOnThreeDifferentDaysLetsTheCustomerSupervisorClose() {
    Complaint c = register(9);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();
    d.desk.complaints().resolve(Fixtures.assistant(OFFICE_1), c.id(), "灯已更换。").orElseThrow();
    var unreachable = new org.propdesk.core.complaint.Callback(org.propdesk.core.complaint.CallbackOutcome.UNREACHABLE, "无人接听");
    d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(), unreachable).orElseThrow();
    d.clock.advance(Duration.ofHours(3));
    d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(), unreachable).orElseThrow();
    d.clock.advance(Duration.ofDays(1));
    d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(), unreachable).orElseThrow();

    // three attempts, but on two days
    assertThat(d.desk.complaints().closeOwnerUnreachable(Fixtures.supervisor(OFFICE_1), c.id(), "三次联系不上")
        .rejection().orElseThrow().message()).contains("2 day");
    d.clock.advance(Duration.ofDays(1));
    d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(), unreachable).orElseThrow();
    assertThat(d.desk.complaints().closeOwnerUnreachable(Fixtures.clerk(OFFICE_1), c.id(), "三次联系不上")
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);

    Complaint closed = d.desk.complaints().closeOwnerUnreachable(Fixtures.supervisor(OFFICE_1), c.id(), "三次联系不上").orElseThrow();

    assertThat(closed.state()).isEqualTo(ComplaintState.CLOSED);
    assertThat(closed.closedAt()).contains(d.clock.instant());
    d.desk.outbox().deliverDue();
    assertThat(d.notifier.deliveries()).anySatisfy(n -> {
      assertThat(n.eventType()).isEqualTo("ClosedOwnerUnreachable");
      assertThat(n.role()).contains(org.propdesk.core.org.Role.OFFICE_DIRECTOR);
    });
  }

  @Test
  public void aMajorComplaintIsNeverClosedForAnUnreachableOwner() {
    Complaint c = register(10);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, true)).orElseThrow();
    d.desk.complaints().resolve(Fixtures.generalManager(), c.id(), "已赔偿。").orElseThrow();
    var unreachable = new org.propdesk.core.complaint.Callback(org.propdesk.core.complaint.CallbackOutcome.UNREACHABLE, "无人接听");
    for (int day = 0; day < 3; day++) {
      d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(), unreachable).orElseThrow();
      d.clock.advance(Duration.ofDays(1));
    }
    assertThat(d.desk.complaints().closeOwnerUnreachable(Fixtures.supervisor(OFFICE_1), c.id(), "联系不上")
        .rejection().orElseThrow().message()).contains("sign-off");
  }

  @Test
  public void anInvalidComplaintIsStillAnsweredAndItsFirstReplyAlarmStillSounds() {
    Complaint c = register(11);
    Complaint invalid = d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.invalid("属于市政管辖")).orElseThrow();
    assertThat(invalid.state()).isEqualTo(ComplaintState.INVALID);

    d.clock.advance(Duration.ofMinutes(16));
    d.desk.timers().runDue();
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow().firstReplyOverdue()).isTrue();

    Complaint answered = d.desk.complaints().reply(Fixtures.clerk(OFFICE_1), c.id(),
        Reply.of("这条路由市政负责，我们已帮您转告市政热线。")).orElseThrow();
    assertThat(answered.state()).isEqualTo(ComplaintState.INVALID);
    assertThat(answered.firstReplyAt()).contains(d.clock.instant());
  }

  @Test
  public void theDirectorReversesAWrongInvalidJudgementWithinThirtyDaysAndTheClocksKeepTheOriginalReport() {
    Complaint c = register(12);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.invalid("不是物业问题")).orElseThrow();
    d.clock.advance(Duration.ofDays(3));

    assertThat(d.desk.complaints().reverseInvalid(Fixtures.supervisor(OFFICE_1), c.id(), "误判").rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    Complaint reversed = d.desk.complaints().reverseInvalid(Fixtures.director(OFFICE_1), c.id(), "管道属于物业维护范围，误判").orElseThrow();

    assertThat(reversed.state()).isEqualTo(ComplaintState.REGISTERED);
    assertThat(reversed.closedAt()).isEmpty();
    assertThat(reversed.invalidReason()).isEmpty();
    assertThat(reversed.registeredAt()).isEqualTo(c.registeredAt());
    assertThat(reversed.upgradeDue()).isEqualTo(c.upgradeDue());
    Complaint judged = d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();
    assertThat(judged.state()).isEqualTo(ComplaintState.IN_HANDLING);
    // the daily follow-up resumes: a day without contact after the reversal is missed
    d.clock.advance(Duration.ofDays(2));
    d.desk.timers().runDue();
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow().missedFollowUpDays()).isNotEmpty();
  }

  @Test
  public void anInvalidJudgementOlderThanThirtyDaysStands() {
    Complaint c = register(13);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.invalid("不是物业问题")).orElseThrow();
    d.clock.advance(Duration.ofDays(30).plusMinutes(1));
    assertThat(d.desk.complaints().reverseInvalid(Fixtures.serviceCentre(), c.id(), "误判").rejection().orElseThrow().message())
        .contains("30 days");
    d.clock.advance(Duration.ofMinutes(-2));
    assertThat(d.desk.complaints().reverseInvalid(Fixtures.serviceCentre(), c.id(), "误判").orElseThrow().state())
        .isEqualTo(ComplaintState.REGISTERED);
  }

  /** A contracted-service complaint the company is at fault for, resolved and closed by a satisfied callback. */
  private Complaint closedContractedServiceComplaint(int unit) {
    Complaint c = d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, unit).concernsContractedService(true).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
    d.desk.complaints().resolve(Fixtures.director(OFFICE_1), c.id(), "保洁已补做。").orElseThrow();
    return d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(),
        new org.propdesk.core.complaint.Callback(org.propdesk.core.complaint.CallbackOutcome.SATISFIED, "好的")).orElseThrow();
  }

  @Test
  public void raisingAgainAfterAClaimedResolutionCountsTowardCriterionAAndReopensTheComplaint() {
    Complaint closed = closedContractedServiceComplaint(14);
    assertThat(closed.state()).isEqualTo(ComplaintState.CLOSED);
    d.clock.advance(Duration.ofDays(10));
    var again = Fixtures.registration(OFFICE_1, 14).build();
    assertThat(d.desk.complaints().suggestRepeats(Fixtures.clerk(OFFICE_1), again)).extracting(Complaint::id)
        .containsExactly(closed.id());

    Complaint merged = d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 14).repeatOf(closed.id()).build()).orElseThrow();

    assertThat(merged.state()).isEqualTo(ComplaintState.MERGED);
    Complaint reopened = d.desk.complaints().find(Fixtures.clerk(OFFICE_1), closed.id()).orElseThrow();
    assertThat(reopened.state()).isEqualTo(ComplaintState.IN_HANDLING);
    assertThat(reopened.timesRaised()).isEqualTo(2);
    assertThat(reopened.closedAt()).isEmpty();
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(reopened.complaintClass()).contains(ComplaintClass.MAJOR);
    assertThat(reopened.majorCriteria()).contains(org.propdesk.core.complaint.MajorCriterion.A_REPEATED_CONTRACTED_SERVICE_FAILURE);
    // the daily follow-up resumes: a day without contact after the reopening is missed
    d.clock.advance(Duration.ofDays(2));
    d.desk.timers().runDue();
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), closed.id()).orElseThrow().missedFollowUpDays()).isNotEmpty();
  }

  @Test
  public void raisingAgainWhileResolvedReopensAndCounts() {
    Complaint c = d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 15).concernsContractedService(true).build()).orElseThrow();
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
    d.desk.complaints().resolve(Fixtures.director(OFFICE_1), c.id(), "保洁已补做。").orElseThrow();

    d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 15).repeatOf(c.id()).build()).orElseThrow();

    Complaint after = d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow();
    assertThat(after.state()).isEqualTo(ComplaintState.IN_HANDLING);
    assertThat(after.timesRaised()).isEqualTo(2);
    assertThat(after.complaintClass()).contains(ComplaintClass.MAJOR);
  }

  @Test
  public void aComplaintClosedMoreThanThirtyDaysAgoTakesNoRepeat() {
    Complaint closed = closedContractedServiceComplaint(16);
    d.clock.advance(Duration.ofDays(30));

    assertThat(d.desk.complaints().suggestRepeats(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 16).build())).isEmpty();
    Result<Complaint> r = d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 16).repeatOf(closed.id()).build());
    assertThat(r.rejection().orElseThrow().field()).contains("repeatOf");
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), closed.id()).orElseThrow()).isEqualTo(closed);
  }

  @Test
  public void leadershipAndTheGroupTrackAMajorComplaintToItsClose() {
    Complaint c = register(17);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, true)).orElseThrow();
    d.desk.complaints().resolve(Fixtures.generalManager(), c.id(), "已赔偿并修复。").orElseThrow();
    d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(),
        new org.propdesk.core.complaint.Callback(org.propdesk.core.complaint.CallbackOutcome.SATISFIED, "满意")).orElseThrow();
    d.desk.complaints().signOff(Fixtures.generalManager(), c.id(), "同意结案").orElseThrow();
    d.desk.outbox().deliverDue();

    for (Notification.Audience audience : List.of(Notification.Audience.COMPANY_LEADERSHIP, Notification.Audience.GROUP)) {
      assertThat(d.notifier.deliveries()).filteredOn(n -> n.audience() == audience).extracting(Notification::eventType)
          .as("what %s hears", audience).containsExactly("BecameMajor", "Resolved", "CalledBack", "Closed");
    }
    assertThat(d.notifier.deliveries()).filteredOn(n -> n.eventType().equals("CalledBack")).allSatisfy(n -> {
      assertThat(n.subject()).isEqualTo("重大投诉 " + c.id().value() + "（O-1）已回访");
      assertThat(n.body()).contains("业主满意");
    });
  }

  @Test
  public void theDirectorHearsOfEveryGeneralComplaintAndItsClosureButNotOfOthers() {
    Complaint general = register(18);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), general.id(), Judgement.valid(false, false)).orElseThrow();
    d.desk.complaints().resolve(Fixtures.assistant(OFFICE_1), general.id(), "灯已更换。").orElseThrow();
    d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), general.id(),
        new org.propdesk.core.complaint.Callback(org.propdesk.core.complaint.CallbackOutcome.SATISFIED, "好")).orElseThrow();
    Complaint important = register(19);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), important.id(), Judgement.valid(true, false)).orElseThrow();
    d.desk.outbox().deliverDue();

    assertThat(d.notifier.deliveries()).filteredOn(n -> n.role().filter(r -> r == org.propdesk.core.org.Role.OFFICE_DIRECTOR).isPresent())
        .extracting(n -> n.aggregateId() + " " + n.eventType())
        .containsExactly(general.id().value() + " JudgedValid", general.id().value() + " Closed",
            important.id().value() + " JudgedValid");
    assertThat(d.notifier.deliveries()).filteredOn(n -> n.audience() == Notification.Audience.COMPANY_LEADERSHIP).isEmpty();
  }

  private static boolean judgementAlarmed(Complaint c) {
    return c.history().stream().anyMatch(h -> h.records(org.propdesk.core.complaint.ComplaintTrigger.JUDGEMENT_OVERDUE));
  }

  @Test
  public void aComplaintUnjudgedAtTheEndOfItsFirstWorkingDayRaisesAnAlarmOnce() {
    d.clock.setLocal("2026-03-06T10:00"); // a Friday, a working day
    Complaint c = register(20);
    d.clock.setLocal("2026-03-06T23:59:59");
    d.desk.timers().runDue();
    assertThat(judgementAlarmed(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow())).isFalse();

    d.clock.setLocal("2026-03-07T00:00");
    d.desk.timers().runDue();
    d.clock.setLocal("2026-03-08T00:00");
    d.desk.timers().runDue();

    Complaint alarmed = d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow();
    assertThat(alarmed.history()).filteredOn(h -> h.records(org.propdesk.core.complaint.ComplaintTrigger.JUDGEMENT_OVERDUE))
        .hasSize(1);
    d.desk.outbox().deliverDue();
    assertThat(d.notifier.deliveries()).filteredOn(n -> n.eventType().equals("JudgementOverdue"))
        .extracting(n -> n.role().orElseThrow())
        .containsExactlyInAnyOrder(org.propdesk.core.org.Role.CUSTOMER_SUPERVISOR, org.propdesk.core.org.Role.OFFICE_DIRECTOR);
  }

  @Test
  public void aComplaintReportedOnSaturdayMayWaitForItsJudgementUntilMondayEnds() {
    d.clock.setLocal("2026-03-07T11:00"); // a Saturday
    Complaint c = register(2);
    d.clock.setLocal("2026-03-09T23:59");
    d.desk.timers().runDue();
    assertThat(judgementAlarmed(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow())).isFalse();
    d.clock.setLocal("2026-03-10T00:00");
    d.desk.timers().runDue();
    assertThat(judgementAlarmed(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow())).isTrue();
  }

  @Test
  public void aComplaintJudgedInTimeRaisesNoJudgementAlarm() {
    d.clock.setLocal("2026-03-06T10:00");
    Complaint c = register(3);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();
    d.clock.setLocal("2026-03-07T00:00");
    d.desk.timers().runDue();
    assertThat(judgementAlarmed(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow())).isFalse();
  }

  @Test
  public void nothingIsSuggestedForAnotherCategoryAnotherOwnerOrAnOfficeTheClerkCannotSee() {
    Complaint lift = register(3);
    assertThat(d.desk.complaints().suggestRepeats(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 3)
        .category(org.propdesk.core.complaint.ComplaintCategory.SECURITY).build())).isEmpty();
    assertThat(d.desk.complaints().suggestRepeats(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 4).build())).isEmpty();
    assertThat(d.desk.complaints().suggestRepeats(Fixtures.clerk(OFFICE_2), Fixtures.registration(OFFICE_1, 3).build())).isEmpty();
    assertThat(d.desk.complaints().suggestRepeats(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 3).build()))
        .extracting(Complaint::id).containsExactly(lift.id());
  }

  @Test
  public void naming_aClosedComplaintAsTheOneRepeatedIsRefused() {
    Complaint c = register(4);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.invalid("not ours")).orElseThrow();
    Result<Complaint> r = d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 4).repeatOf(c.id()).build());
    assertThat(r.rejection().orElseThrow().field()).contains("repeatOf");
  }

  @Test
  public void aDeskOfAnotherOfficeOrAStrangerAsOwnerIsRefused() {
    assertThat(d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 1).desk(Fixtures.desk(OFFICE_2)).build()).rejection().orElseThrow().field()).contains("desk");
    assertThat(d.desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 1).owner(Fixtures.owner(OFFICE_1, 2)).build()).rejection().orElseThrow().field()).contains("owner");
  }

  @Test
  public void anUnknownComplaintIsNotFound() {
    assertThat(d.desk.complaints().reply(Fixtures.clerk(OFFICE_1), ComplaintId.of("C-404"), Reply.of("hi"))
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_FOUND);
  }

  @Test
  public void aRepeatNamingAComplaintOfAnotherOfficeIsRefusedAndALinkedRepeatIsJournaledThreeTimes() {
    Complaint foreign = d.desk.complaints().register(Fixtures.clerk(OFFICE_2), Fixtures.registration(OFFICE_2, 1).build())
        .orElseThrow();
    var refused = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1)
        .repeatOf(foreign.id()).build());
    assertThat(refused.rejection().orElseThrow().field()).contains("repeatOf");
    assertThat(d.desk.audit().entries(OFFICE_1, 1, 10)).isEmpty();

    Complaint original = register(1);
    Complaint merged = d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1)
        .repeatOf(original.id()).build()).orElseThrow();
    assertThat(d.desk.audit().entries(OFFICE_1, 1, 10)).extracting(e -> e.draft().aggregateId() + " " + e.draft().action())
        .containsExactly(original.id() + " REGISTER", merged.id() + " REGISTER", merged.id() + " LINK_AS_REPEAT",
            original.id() + " REPEAT_RAISED");
  }

  @Test
  public void aGeneralComplaintClosedForAnUnreachableOwnerIsReportedToTheDirectorOnceAsSuch() {
    Complaint c = register(1);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();
    d.desk.complaints().resolve(Fixtures.assistant(OFFICE_1), c.id(), "灯已更换。").orElseThrow();
    for (int day = 0; day < 3; day++) {
      d.clock.advance(Duration.ofDays(1));
      d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(),
          new org.propdesk.core.complaint.Callback(org.propdesk.core.complaint.CallbackOutcome.UNREACHABLE, "无人接听")).orElseThrow();
    }
    d.desk.complaints().closeOwnerUnreachable(Fixtures.supervisor(OFFICE_1), c.id(), "三天均无法联系").orElseThrow();
    d.desk.outbox().deliverDue();
    assertThat(d.notifier.deliveries()).filteredOn(n -> n.aggregateId().equals(c.id().value())
            && n.role().filter(r -> r == org.propdesk.core.org.Role.OFFICE_DIRECTOR).isPresent())
        .extracting(Notification::eventType).containsExactly("JudgedValid", "ClosedOwnerUnreachable");
  }

  @Test
  public void reclassificationsSayWhetherARuleOrAPersonMovedThemAndAMajorOneNamesItsCriteria() {
    Complaint c = register(1);
    d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();
    d.desk.complaints().changeClass(Fixtures.director(OFFICE_1), c.id(),
        org.propdesk.core.complaint.ClassChange.upTo(ComplaintClass.IMPORTANT)).orElseThrow();
    d.clock.advance(Duration.ofDays(40));
    d.desk.timers().runDue();
    d.desk.outbox().deliverDue();
    List<String> bodies = d.notifier.deliveries().stream()
        .filter(n -> n.aggregateId().equals(c.id().value()) && n.eventType().equals("Reclassified")).map(Notification::body).toList();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(0)).contains("投诉 " + c.id()).contains("人工");
    assertThat(bodies.get(1)).contains("自动");
    assertThat(d.notifier.deliveries()).filteredOn(n -> n.aggregateId().equals(c.id().value()) && n.eventType().equals("BecameMajor"))
        .allSatisfy(n -> assertThat(n.body()).contains("(c)"));
  }

  @Test
  public void aListingWhoseEndIsBeforeItsStartIsAnInvalidInputNamingTo() {
    assertThatThrownBy(() -> d.desk.complaints().list(Fixtures.director(OFFICE_1), OFFICE_1, Instant.EPOCH.plusMillis(1), Instant.EPOCH))
        .isInstanceOfSatisfying(org.propdesk.core.common.InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
  }

  @Test
  public void aHostCannotActOrReadAsTheSweepAndTheSweepStillRuns() {
    Complaint c = register(1);
    org.propdesk.core.org.Actor sweep = org.propdesk.core.org.Actor.system();
    assertThatThrownBy(() -> d.desk.complaints().find(sweep, c.id()))
        .isInstanceOfSatisfying(org.propdesk.core.common.InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("actor"));
    assertThatThrownBy(() -> d.desk.complaints().judge(sweep, c.id(), Judgement.valid(false, false)))
        .isInstanceOfSatisfying(org.propdesk.core.common.InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("actor"));
    d.clock.advance(Duration.ofMinutes(16));
    assertThat(d.desk.timers().runDue().changed()).isEqualTo(1);
    assertThat(d.desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow().firstReplyOverdue()).isTrue();
  }
}

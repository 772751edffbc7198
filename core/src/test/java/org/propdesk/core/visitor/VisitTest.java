package org.propdesk.core.visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;

/** A visit, seed 4.4.5: registered, host told, arrived, left; flagged if still on site at closing. */
class VisitTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final OfficeId OFFICE = OfficeId.of("O-1");
  private static final Actor CLERK = new Actor(StaffId.of("S-1"), "Li Na", Optional.of(OFFICE), ImmutableSet.of(Role.FRONT_DESK_CLERK));
  private static final Actor ASSISTANT =
      new Actor(StaffId.of("S-2"), "Zhou Min", Optional.of(OFFICE), ImmutableSet.of(Role.PROPERTY_ASSISTANT));
  private static final String PHONE = "13800135678";
  private static final String ID_CARD = "11010519491231002X";

  private static Clock at(String local) {
    return Clock.fixed(java.time.LocalDateTime.parse(local).atZone(SHANGHAI).toInstant(), SHANGHAI);
  }

  private static VisitRegistration.Builder walkIn() {
    return VisitRegistration.builder().desk(FrontDeskId.of("D-1")).visitorName("Chen Jie").visitorPhone(PHONE)
        .visitorIdCard(ID_CARD).host(StaffId.of("S-9")).purpose("Deliver the renovation drawings");
  }

  private static Visit registered(String local) {
    return Visit.register(VisitId.of("V-1"), OFFICE, SHANGHAI, walkIn().build(), VisitRules.defaults(), CLERK, at(local)).orElseThrow();
  }

  @Test
  void aWalkInRegisteredAtTenIsCheckedAtSixThatEvening() {
    Result<Visit> r = Visit.register(VisitId.of("V-1"), OFFICE, SHANGHAI, walkIn().build(), VisitRules.defaults(), CLERK,
        at("2026-03-02T10:00"));
    Visit v = r.orElseThrow();
    assertThat(v.state()).isEqualTo(VisitState.REGISTERED);
    assertThat(v.version()).isEqualTo(1);
    assertThat(v.closingCheckAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    assertThat(r.events()).singleElement().isInstanceOfSatisfying(VisitEvent.Registered.class,
        e -> assertThat(e.closingCheckAt()).isEqualTo(v.closingCheckAt()));
  }

  @Test
  void aVisitorRegisteredAfterClosingIsCheckedAtTheNextDaysClosing() {
    assertThat(registered("2026-03-02T18:00").closingCheckAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(registered("2026-03-02T23:30").closingCheckAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(VisitRules.closingAt(LocalTime.of(21, 30)).closingAfter(Instant.parse("2026-03-02T13:00:00Z"), SHANGHAI))
        .isEqualTo(Instant.parse("2026-03-02T13:30:00Z"));
  }

  @Test
  void theHostIsToldThenTheVisitorArrivesAndLeaves() {
    Visit v = registered("2026-03-02T10:00");
    Visit told = v.notifyHost(CLERK, at("2026-03-02T10:01")).orElseThrow();
    Visit in = told.arrive(CLERK, at("2026-03-02T10:05")).orElseThrow();
    Result<Visit> out = in.leave(CLERK, at("2026-03-02T11:00"));
    Visit left = out.orElseThrow();
    assertThat(left.state()).isEqualTo(VisitState.LEFT);
    assertThat(left.version()).isEqualTo(4);
    assertThat(left.arrivedAt()).contains(Instant.parse("2026-03-02T02:05:00Z"));
    assertThat(left.leftAt()).contains(Instant.parse("2026-03-02T03:00:00Z"));
    assertThat(left.closedAt()).isEqualTo(left.leftAt());
    assertThat(left.history()).extracting(VisitHistoryEntry::to)
        .containsExactly(VisitState.REGISTERED, VisitState.HOST_NOTIFIED, VisitState.ON_SITE, VisitState.LEFT);
    assertThat(out.events()).singleElement().isEqualTo(new VisitEvent.Left(VisitId.of("V-1"), OFFICE,
        Instant.parse("2026-03-02T03:00:00Z"), false));
  }

  @Test
  void aVisitorCannotArriveBeforeTheHostIsTold() {
    Result<Visit> r = registered("2026-03-02T10:00").arrive(CLERK, at("2026-03-02T10:05"));
    assertThat(r.rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    assertThat(r.rejection().orElseThrow().message()).contains("ARRIVE").contains("V-1").contains("REGISTERED");
  }

  @Test
  void aPropertyAssistantDoesNotKeepTheVisitorLog() {
    assertThat(Visit.register(VisitId.of("V-1"), OFFICE, SHANGHAI, walkIn().build(), VisitRules.defaults(), ASSISTANT,
        at("2026-03-02T10:00")).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(registered("2026-03-02T10:00").notifyHost(ASSISTANT, at("2026-03-02T10:01")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
  }

  @Test
  void aBookedVisitorArrivingAfterTheAppointmentIsRecordedLate() {
    Visit v = Visit.register(VisitId.of("V-1"), OFFICE, SHANGHAI,
        walkIn().appointmentAt(Instant.parse("2026-03-02T06:00:00Z")).build(), VisitRules.defaults(), CLERK,
        at("2026-03-02T09:00")).orElseThrow().notifyHost(CLERK, at("2026-03-02T09:01")).orElseThrow();
    Result<Visit> onTime = v.arrive(CLERK, at("2026-03-02T14:00"));
    Result<Visit> late = v.arrive(CLERK, at("2026-03-02T14:00:01"));
    assertThat(onTime.events()).singleElement().isInstanceOfSatisfying(VisitEvent.Arrived.class, e -> assertThat(e.late()).isFalse());
    assertThat(late.events()).singleElement().isInstanceOfSatisfying(VisitEvent.Arrived.class, e -> assertThat(e.late()).isTrue());
  }

  @Test
  void aVisitorStillOnSiteAtClosingIsFlaggedOnceAndMayLeaveLater() {
    Visit in = registered("2026-03-02T17:00").notifyHost(CLERK, at("2026-03-02T17:01")).orElseThrow()
        .arrive(CLERK, at("2026-03-02T17:05")).orElseThrow();
    assertThat(in.onClosingCheck(at("2026-03-02T17:59:59.999")).orElseThrow()).as("not yet due").isSameAs(in);
    Result<Visit> check = in.onClosingCheck(at("2026-03-02T18:00"));
    Visit flagged = check.orElseThrow();
    assertThat(flagged.state()).isEqualTo(VisitState.ON_SITE);
    assertThat(flagged.flaggedAt()).contains(Instant.parse("2026-03-02T10:00:00Z"));
    assertThat(flagged.version()).isEqualTo(in.version() + 1);
    assertThat(check.events()).singleElement().isInstanceOf(VisitEvent.StillOnSiteAtClosing.class);
    assertThat(flagged.onClosingCheck(at("2026-03-02T18:30")).orElseThrow()).as("flagged once").isSameAs(flagged);
    Result<Visit> left = flagged.leave(CLERK, at("2026-03-02T18:40"));
    assertThat(left.orElseThrow().state()).isEqualTo(VisitState.LEFT);
    assertThat(left.events()).singleElement().isInstanceOfSatisfying(VisitEvent.Left.class, e -> assertThat(e.afterClosing()).isTrue());
  }

  @Test
  void aVisitThatNeverArrivedExpiresAtClosingAndALeftOneIsUntouched() {
    Visit expired = registered("2026-03-02T10:00").onClosingCheck(at("2026-03-02T18:00")).orElseThrow();
    assertThat(expired.state()).isEqualTo(VisitState.EXPIRED);
    assertThat(expired.closedAt()).contains(Instant.parse("2026-03-02T10:00:00Z"));
    Visit told = registered("2026-03-02T10:00").notifyHost(CLERK, at("2026-03-02T10:01")).orElseThrow();
    assertThat(told.onClosingCheck(at("2026-03-02T18:00")).orElseThrow().state()).isEqualTo(VisitState.EXPIRED);
    Visit left = told.arrive(CLERK, at("2026-03-02T10:05")).orElseThrow().leave(CLERK, at("2026-03-02T11:00")).orElseThrow();
    assertThat(left.onClosingCheck(at("2026-03-02T18:00")).orElseThrow()).isSameAs(left);
  }

  @Test
  void declinedAndCancelledVisitsCloseWithTheirReason() {
    Visit told = registered("2026-03-02T10:00").notifyHost(CLERK, at("2026-03-02T10:01")).orElseThrow();
    Visit declined = told.hostDeclined("Manager is in a meeting all day; please call tomorrow.", CLERK, at("2026-03-02T10:03")).orElseThrow();
    assertThat(declined.state()).isEqualTo(VisitState.DECLINED);
    assertThat(declined.closedAt()).isPresent();
    assertThat(declined.history().get(declined.history().size() - 1).note()).startsWith("Manager is in a meeting");
    Visit cancelled = registered("2026-03-02T10:00").cancel("The owner called to cancel.", CLERK, at("2026-03-02T10:30")).orElseThrow();
    assertThat(cancelled.state()).isEqualTo(VisitState.CANCELLED);
    assertThat(cancelled.cancel("again", CLERK, at("2026-03-02T10:31")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    assertThatThrownBy(() -> walkIn().visitorName("Chen\nJie").build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("visitorName"));
    assertThatThrownBy(() -> walkIn().visitorName("x".repeat(51)).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("visitorName"));
    assertThatThrownBy(() -> walkIn().visitorPhone("12345").build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("visitorPhone"));
    assertThatThrownBy(() -> walkIn().visitorIdCard("110105194912310021").build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("visitorIdCard"));
    assertThatThrownBy(() -> walkIn().partySize(0).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("partySize"));
    assertThatThrownBy(() -> walkIn().partySize(51).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("partySize"));
    assertThatThrownBy(() -> walkIn().purpose(" ").build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("purpose"));
    assertThatThrownBy(() -> registered("2026-03-02T10:00").cancel("\u0007", CLERK, at("2026-03-02T10:01")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
  }

  @Test
  void theVisitAndItsRegistrationPrintThePhoneAndIdNumberMasked() {
    Visit v = registered("2026-03-02T10:00");
    assertThat(v.toString()).doesNotContain(PHONE).doesNotContain(ID_CARD).contains("138****5678");
    assertThat(walkIn().build().toString()).doesNotContain(PHONE).doesNotContain(ID_CARD);
  }

  @Test
  void theHistoryNotesSayWhatHappenedInWords() {
    Visit walkIn = registered("2026-03-02T10:00");
    assertThat(walkIn.history().get(0).note()).isEqualTo("walk-in");
    Visit booked = Visit.register(VisitId.of("V-2"), OFFICE, SHANGHAI, walkIn().appointmentAt(Instant.parse("2026-03-02T06:00:00Z"))
        .build(), VisitRules.defaults(), CLERK, at("2026-03-02T09:00")).orElseThrow();
    assertThat(booked.history().get(0).note()).isEqualTo("booked for 2026-03-02T06:00:00Z");
    Visit told = booked.notifyHost(CLERK, at("2026-03-02T09:01")).orElseThrow();
    assertThat(last(told.arrive(CLERK, at("2026-03-02T14:30")).orElseThrow())).isEqualTo("arrived after the appointment");
    Visit in = told.arrive(CLERK, at("2026-03-02T13:30")).orElseThrow();
    assertThat(last(in)).isEqualTo("arrived");
    assertThat(last(in.leave(CLERK, at("2026-03-02T15:00")).orElseThrow())).isEqualTo("left");
    Visit flagged = in.onClosingCheck(at("2026-03-02T18:00")).orElseThrow();
    assertThat(last(flagged)).isEqualTo("still on site at closing time");
    assertThat(last(flagged.leave(CLERK, at("2026-03-02T18:05")).orElseThrow())).isEqualTo("left after closing");
  }

  private static String last(Visit v) {
    return v.history().get(v.history().size() - 1).note();
  }

  @Test
  void theStateAtAnInstantIsReadFromTheHistoryAndOnSiteOnlyBetweenArrivalAndDeparture() {
    Visit in = registered("2026-03-02T10:00").notifyHost(CLERK, at("2026-03-02T10:01")).orElseThrow()
        .arrive(CLERK, at("2026-03-02T10:05")).orElseThrow();
    Visit left = in.leave(CLERK, at("2026-03-02T11:00")).orElseThrow();
    assertThat(in.isOnSite()).isTrue();
    assertThat(left.isOnSite()).isFalse();
    assertThat(left.stateAt(Instant.parse("2026-03-02T02:00:30Z"))).isEqualTo(VisitState.REGISTERED);
    assertThat(left.stateAt(Instant.parse("2026-03-02T02:01:00Z"))).isEqualTo(VisitState.HOST_NOTIFIED);
    assertThat(left.stateAt(Instant.parse("2026-03-02T02:59:59.999Z"))).isEqualTo(VisitState.ON_SITE);
    assertThat(left.stateAt(Instant.parse("2026-03-02T03:00:00Z"))).isEqualTo(VisitState.LEFT);
    assertThat(left.stateAt(Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo(VisitState.REGISTERED);
  }

  @Test
  void aSnapshotThatBreaksAnInvariantIsRefusedNamingIt() {
    Visit v = registered("2026-03-02T10:00");
    java.util.function.Function<Object[], Visit> copy = x -> new Visit(v.id(), v.office(), v.zone(), v.desk(),
        v.visitorName(), v.visitorPhone(), v.visitorIdCard(), v.host(), v.purpose(), (Integer) x[0], v.appointmentAt(),
        v.registeredAt(), v.closingCheckAt(), (VisitState) x[1], v.arrivedAt(), (Optional<Instant>) x[2],
        v.flaggedAt(), (Optional<Instant>) x[3], v.history(), (Long) x[4]);
    Optional<Instant> none = Optional.empty();
    Optional<Instant> some = Optional.of(v.registeredAt());
    assertThat(copy.apply(new Object[] {50, VisitState.REGISTERED, none, none, 1L}).partySize()).isEqualTo(50);
    assertThat(copy.apply(new Object[] {1, VisitState.REGISTERED, none, none, 1L}).partySize()).isEqualTo(1);
    assertThatThrownBy(() -> copy.apply(new Object[] {51, VisitState.REGISTERED, none, none, 1L}))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("partySize"));
    assertThatThrownBy(() -> copy.apply(new Object[] {1, VisitState.ON_SITE, none, none, 1L}))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("history"));
    assertThatThrownBy(() -> copy.apply(new Object[] {1, VisitState.REGISTERED, none, some, 1L}))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("closedAt"));
    assertThatThrownBy(() -> copy.apply(new Object[] {1, VisitState.REGISTERED, some, none, 1L}))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("leftAt"));
    assertThatThrownBy(() -> copy.apply(new Object[] {1, VisitState.REGISTERED, none, none, 0L}))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("version"));
  }

  @Test
  void aPartyOfFiftyIsTheLargestRegistered() {
    assertThat(walkIn().partySize(50).build().partySize()).isEqualTo(50);
    assertThat(walkIn().partySize(1).build().partySize()).isEqualTo(1);
  }

  @Test
  void theVisitPrintsItsIdCardMaskedWhenOneWasShown() {
    assertThat(registered("2026-03-02T10:00").toString()).contains("idCard=110105********002X");
  }

  @Test
  void theActivityFeedHasTheVisitReceivedFlaggedClosedAndOpenAtEachDaysEnd() {
    Visit in = registered("2026-03-02T17:00").notifyHost(CLERK, at("2026-03-02T17:01")).orElseThrow()
        .arrive(CLERK, at("2026-03-02T17:05")).orElseThrow();
    Visit flagged = in.onClosingCheck(at("2026-03-02T18:00")).orElseThrow();
    Visit left = flagged.leave(CLERK, at("2026-03-03T08:00")).orElseThrow();
    Instant dayStart = Instant.parse("2026-03-01T16:00:00Z");
    Instant nextDay = Instant.parse("2026-03-02T16:00:00Z");
    assertThat(VisitActivity.of(left, dayStart, nextDay))
        .extracting(org.propdesk.core.lifecycle.DeskActivity::kind, org.propdesk.core.lifecycle.DeskActivity::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(org.propdesk.core.lifecycle.DeskActivity.Kind.RECEIVED, Instant.parse("2026-03-02T09:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(org.propdesk.core.lifecycle.DeskActivity.Kind.FLAGGED, Instant.parse("2026-03-02T10:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(org.propdesk.core.lifecycle.DeskActivity.Kind.OPEN_AT_END_OF_DAY, Instant.parse("2026-03-02T15:59:59.999Z")));
    assertThat(VisitActivity.of(left, nextDay, nextDay.plusSeconds(86_400)))
        .extracting(org.propdesk.core.lifecycle.DeskActivity::kind)
        .containsExactly(org.propdesk.core.lifecycle.DeskActivity.Kind.CLOSED);
    assertThat(VisitActivity.of(left, dayStart, nextDay)).allSatisfy(a -> {
      assertThat(a.type()).isEqualTo("visit");
      assertThat(a.recordId()).isEqualTo("V-1");
      assertThat(a.desk()).isEqualTo(FrontDeskId.of("D-1"));
    });
    assertThat(VisitActivity.of(left, Instant.parse("2026-03-05T16:00:00Z"), Instant.parse("2026-03-06T16:00:00Z"))).isEmpty();
  }

  @Test
  void theEventsNameTheirVisitAndOffice() {
    VisitEvent e = registered("2026-03-02T10:00").notifyHost(CLERK, at("2026-03-02T10:01")).events().get(0) instanceof VisitEvent ve
        ? ve : null;
    assertThat(e).isNotNull();
    assertThat(e.aggregateId()).isEqualTo("V-1");
    assertThat(e.officeId()).isEqualTo("O-1");
    assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-03-02T02:01:00Z"));
  }
}

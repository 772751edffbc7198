package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.complaint.ComplainedAbout;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintTrigger;
import org.propdesk.core.complaint.Department;
import org.propdesk.core.complaint.HandlingTimeAgreement;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Storage;
import org.propdesk.workflows.PropDesk;

/**
 * What an office commits to on a complaint, through the facade on a storage of the implementer's
 * choosing (PROCEDURES §4-5): the handling time agreed with the owner and its alarm, the resolution
 * targets' warning and alarm to the handler and the director, and the department or person complained
 * about, whose head is told. Refused commands change nothing stored.
 *
 * <p>Implement it in a test class with {@link #newStorage()} returning a new, empty storage.
 *
 * @since 0.1.0
 */
public interface ComplaintCommitmentsContract {
  /** A new, empty storage. */
  Storage newStorage();

  /** A desk on a new storage, its clock at 2026-03-02 09:00 in Shanghai, telling staff in English. */
  private Office open() {
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    RecordingNotifier notifier = RecordingNotifier.create();
    PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(newStorage())
        .notifier(notifier).directory(Fixtures.directory()).staffLocale(java.util.Locale.ENGLISH).build();
    return new Office(desk, clock, notifier);
  }

  /** A desk, its clock and what its staff were told. */
  record Office(PropDesk desk, MutableClock clock, RecordingNotifier notifier) {
    Complaint inHandling() {
      Complaint c = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
      return desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();
    }

    Complaint reload(Complaint c) {
      return desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow();
    }

    /** Moves the clock to a Shanghai local time, runs the sweep and delivers the outbox. */
    void at(String local) {
      clock.setLocal(local);
      desk.timers().runDue();
      desk.outbox().deliverDue();
    }

    /** The roles in the office told of events of this type about {@code c}, in delivery order. */
    List<Role> told(Complaint c, String eventType) {
      return notifier.deliveries().stream()
          .filter(n -> n.aggregateId().equals(c.id().value()) && n.eventType().equals(eventType))
          .map(n -> n.role().orElseThrow()).toList();
    }
  }

  private static Instant shanghai(String local) {
    return LocalDateTime.parse(local).atZone(Fixtures.ZONE).toInstant();
  }

  @Test
  default void anAgreedHandlingTimeThatPassesUnresolvedAlarmsTheHandlerAndTheSupervisorOnceAndARenegotiatedOneDoesNot() {
    Office o = open();
    Complaint c = o.inHandling();
    o.desk().complaints().agreeHandlingTime(Fixtures.assistant(OFFICE_1), c.id(),
        new HandlingTimeAgreement(shanghai("2026-03-02T17:00"), "需要等配件，下午五点前修好")).orElseThrow();
    o.at("2026-03-02T16:00");
    o.desk().complaints().agreeHandlingTime(Fixtures.assistant(OFFICE_1), c.id(),
        new HandlingTimeAgreement(shanghai("2026-03-03T12:00"), "配件今天到不了，改为明天中午")).orElseThrow();

    o.at("2026-03-02T17:00");
    assertThat(o.told(c, "AgreedTimePassed")).isEmpty();
    o.at("2026-03-03T12:00");
    o.at("2026-03-03T12:05");

    assertThat(o.told(c, "AgreedTimePassed")).containsExactly(Role.PROPERTY_ASSISTANT, Role.CUSTOMER_SUPERVISOR);
    Complaint after = o.reload(c);
    assertThat(after.agreedTimes()).hasSize(2);
    assertThat(after.agreedTimesPassed()).containsExactly(shanghai("2026-03-03T12:00"));
    assertThat(after.agreedTimeKept()).contains(false);
  }

  @Test
  default void anAgreedTimeInThePastIsRefusedNamingDueAndNothingIsStored() {
    Office o = open();
    Complaint c = o.inHandling();
    var no = o.desk().complaints().agreeHandlingTime(Fixtures.assistant(OFFICE_1), c.id(),
        new HandlingTimeAgreement(shanghai("2026-03-02T08:59"), "已约定")).rejection().orElseThrow();
    assertThat(no.field()).contains("due");
    assertThat(o.reload(c)).isEqualTo(c);
  }

  @Test
  default void aGeneralComplaintUnresolvedWarnsAt18AndAlarmsAtMidnightTheAssistantAndTheDirector() {
    Office o = open();
    Complaint c = o.inHandling();
    assertThat(c.resolutionTarget()).contains(shanghai("2026-03-03T00:00"));

    o.at("2026-03-02T17:59:59");
    assertThat(o.told(c, "ResolutionTargetNear")).isEmpty();
    o.at("2026-03-02T18:00");
    assertThat(o.told(c, "ResolutionTargetNear")).containsExactly(Role.PROPERTY_ASSISTANT, Role.OFFICE_DIRECTOR);
    o.at("2026-03-03T00:00");
    o.at("2026-03-03T00:10");
    assertThat(o.told(c, "ResolutionTargetMissed")).containsExactly(Role.PROPERTY_ASSISTANT, Role.OFFICE_DIRECTOR);
    assertThat(o.reload(c).resolvedOnTarget()).contains(false);
  }

  @Test
  default void aComplaintResolvedBeforeItsWarningHearsNeitherWarningNorAlarm() {
    Office o = open();
    Complaint c = o.inHandling();
    o.desk().complaints().resolve(Fixtures.assistant(OFFICE_1), c.id(), "灯已更换。").orElseThrow();
    o.at("2026-03-03T09:00");
    assertThat(o.told(c, "ResolutionTargetNear")).isEmpty();
    assertThat(o.told(c, "ResolutionTargetMissed")).isEmpty();
    assertThat(o.reload(c).resolvedOnTarget()).contains(true);
  }

  @Test
  default void anUpgradeToImportantMovesTheTargetToThreeDaysAndTheDirectorIsWarnedADayAhead() {
    Office o = open();
    Complaint c = o.inHandling();
    o.desk().complaints().changeClass(Fixtures.supervisor(OFFICE_1), c.id(),
        org.propdesk.core.complaint.ClassChange.upTo(org.propdesk.core.complaint.ComplaintClass.IMPORTANT)).orElseThrow();
    o.at("2026-03-03T00:00");
    assertThat(o.told(c, "ResolutionTargetMissed")).isEmpty();
    assertThat(o.reload(c).resolutionTarget()).contains(shanghai("2026-03-05T09:00"));
    o.at("2026-03-04T09:00");
    assertThat(o.told(c, "ResolutionTargetNear")).containsExactly(Role.OFFICE_DIRECTOR);
  }

  @Test
  default void theDepartmentHeadIsToldOfAComplaintAboutTheirDepartmentNamedAtRegistrationOrLater() {
    Office o = open();
    Complaint named = o.desk().complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 2)
        .complainedAbout(ComplainedAbout.department(Department.SECURITY).person(StaffId.of("S-1-SECURITY_GUARD"))).build())
        .orElseThrow();
    Complaint later = o.inHandling();
    o.desk().complaints().recordComplainedAbout(Fixtures.supervisor(OFFICE_1), later.id(),
        ComplainedAbout.department(Department.CLEANING)).orElseThrow();
    o.desk().outbox().deliverDue();

    assertThat(o.told(named, "ComplainedAboutRecorded")).containsExactly(Role.DEPARTMENT_HEAD);
    assertThat(o.told(later, "ComplainedAboutRecorded")).containsExactly(Role.DEPARTMENT_HEAD);
    Notification n = o.notifier().deliveries().stream()
        .filter(x -> x.aggregateId().equals(named.id().value()) && x.eventType().equals("ComplainedAboutRecorded")).findFirst().orElseThrow();
    assertThat(n.body()).contains("security").contains("S-1-SECURITY_GUARD");
    assertThat(o.reload(named).complainedAbout().flatMap(ComplainedAbout::person)).contains(StaffId.of("S-1-SECURITY_GUARD"));
    assertThat(o.reload(later).history()).anyMatch(h -> h.records(ComplaintTrigger.RECORD_COMPLAINED_ABOUT));
  }

  @Test
  default void aPersonComplainedAboutWhoIsUnknownOrOfAnotherOfficeIsRefusedNamingPersonAndNothingIsStored() {
    Office o = open();
    Complaint c = o.inHandling();
    for (String person : List.of("S-2-SECURITY_GUARD", "S-NOBODY")) {
      var no = o.desk().complaints().recordComplainedAbout(Fixtures.supervisor(OFFICE_1), c.id(),
          ComplainedAbout.department(Department.SECURITY).person(StaffId.of(person))).rejection().orElseThrow();
      assertThat(no.code()).isEqualTo(RejectionCode.NOT_FOUND);
      assertThat(no.field()).contains("person");
      assertThat(o.reload(c)).isEqualTo(c);

      var atRegistration = o.desk().complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 3)
          .complainedAbout(ComplainedAbout.department(Department.SECURITY).person(StaffId.of(person))).build());
      assertThat(atRegistration.rejection().orElseThrow().field()).contains("person");
    }
    assertThat(o.desk().complaints().list(Fixtures.clerk(OFFICE_1), OFFICE_1, Instant.EPOCH, shanghai("2026-12-31T00:00")))
        .hasSize(1);
    assertThat(o.desk().complaints().recordComplainedAbout(Fixtures.supervisor(OFFICE_1), c.id(),
        ComplainedAbout.department(Department.SECURITY).person(StaffId.of("S-GM"))).isAccepted()).isTrue();
  }

  @Test
  default void aPropertyAssistantProposesAJudgementTheSupervisorIsToldAndOnlyAJudgeDecides() {
    Office o = open();
    Complaint c = o.desk().complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();

    Complaint proposed = o.desk().complaints().proposeJudgement(Fixtures.assistant(OFFICE_1), c.id(),
        Judgement.invalid("业主反映的是市政道路问题")).orElseThrow();
    o.desk().outbox().deliverDue();

    assertThat(proposed.state()).isEqualTo(org.propdesk.core.complaint.ComplaintState.REGISTERED);
    assertThat(proposed.proposedJudgement()).hasValueSatisfying(p -> {
      assertThat(p.judgement().valid()).isFalse();
      assertThat(p.by()).isEqualTo(Fixtures.assistant(OFFICE_1).staffId());
    });
    assertThat(o.told(c, "JudgementProposed")).containsExactly(Role.CUSTOMER_SUPERVISOR);
    assertThat(o.desk().complaints().judge(Fixtures.assistant(OFFICE_1), c.id(), Judgement.invalid("x")).rejection().orElseThrow()
        .code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(o.desk().complaints().proposeJudgement(Fixtures.clerk(OFFICE_1), c.id(), Judgement.valid(false, false))
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(o.reload(c)).isEqualTo(proposed);

    Complaint judged = o.desk().complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
    assertThat(judged.state()).isEqualTo(org.propdesk.core.complaint.ComplaintState.IN_HANDLING);
    assertThat(o.desk().complaints().proposeJudgement(Fixtures.assistant(OFFICE_1), c.id(), Judgement.valid(false, false))
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
  }
}

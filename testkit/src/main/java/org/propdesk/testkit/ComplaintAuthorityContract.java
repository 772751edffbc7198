package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Storage;
import org.propdesk.workflows.PropDesk;

/**
 * Authority rests on the directory, not on the {@link Actor} a caller builds (不得越权, seed 4.6.3,
 * PROCEDURES §4-5), through the facade on a storage of the implementer's choosing: an actor who is not
 * in the directory, claims a role they do not hold, or acts in another office is refused with
 * {@link InvalidInputException} naming {@code actor} before anything is read or written; {@code SYSTEM}
 * never joins a person's roles; a property assistant cannot judge.
 *
 * <p>Implement it in a test class with {@link #newStorage()} returning a new, empty storage.
 *
 * @since 0.1.0
 */
public interface ComplaintAuthorityContract {
  /** A new, empty storage. */
  Storage newStorage();

  private PropDesk open() {
    return PropDesk.builder().clock(MutableClock.shanghai("2026-03-02T09:00")).ids(IdSource.sequential())
        .storage(newStorage()).notifier(RecordingNotifier.create()).directory(Fixtures.directory()).build();
  }

  private static void refusedAsActor(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).isEqualTo("actor");
      assertThat(e.rule()).contains("越权");
    });
  }

  @Test
  default void anActorCannotCombineTheSystemRoleWithAPersonsRoles() {
    assertThatThrownBy(() -> new Actor(StaffId.of("S-1-PROPERTY_ASSISTANT"), "assistant", Optional.empty(),
        Set.of(Role.PROPERTY_ASSISTANT, Role.SYSTEM)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("roles"));
  }

  @Test
  default void anAssistantClaimingTheGeneralManagersRoleCannotResolveAMajorComplaintNorSeeAnotherOffice() {
    PropDesk desk = open();
    Complaint c = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    Complaint major = desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, true)).orElseThrow();
    assertThat(major.complaintClass()).contains(ComplaintClass.MAJOR);
    Actor assistant = Fixtures.assistant(OFFICE_1);
    Actor claimsMore = Actor.companyWide(assistant.staffId(), assistant.name(), Role.GENERAL_MANAGER);
    Actor claimsRole = Actor.inOffice(assistant.staffId(), assistant.name(), OFFICE_1, Role.OFFICE_DIRECTOR);

    refusedAsActor(() -> desk.complaints().resolve(claimsMore, c.id(), "已赔偿。"));
    refusedAsActor(() -> desk.complaints().resolve(claimsRole, c.id(), "已赔偿。"));
    refusedAsActor(() -> desk.complaints().list(claimsMore, OFFICE_2, c.registeredAt(), c.registeredAt().plusSeconds(1)));
    refusedAsActor(() -> desk.complaints().find(claimsMore, c.id()));

    assertThat(desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id())).contains(major);
    assertThat(desk.audit().verify(OFFICE_1).entriesChecked()).isEqualTo(2);
  }

  @Test
  default void aStaffMemberActingInAnotherOfficeOrUnknownToTheDirectoryIsRefused() {
    PropDesk desk = open();
    Actor clerk1 = Fixtures.clerk(OFFICE_1);
    Actor inOffice2 = Actor.inOffice(clerk1.staffId(), clerk1.name(), OFFICE_2, Role.FRONT_DESK_CLERK);
    Actor stranger = Actor.inOffice(StaffId.of("S-404"), "陌生人", OFFICE_1, Role.FRONT_DESK_CLERK);

    refusedAsActor(() -> desk.complaints().register(inOffice2, Fixtures.registration(OFFICE_2, 1).build()));
    refusedAsActor(() -> desk.complaints().register(stranger, Fixtures.registration(OFFICE_1, 1).build()));

    assertThat(desk.complaints().list(Fixtures.serviceCentre(), OFFICE_1, java.time.Instant.EPOCH,
        java.time.Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    assertThat(desk.complaints().list(Fixtures.serviceCentre(), OFFICE_2, java.time.Instant.EPOCH,
        java.time.Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
  }

  @Test
  default void aPropertyAssistantCannotJudgeButACustomerSupervisorCan() {
    PropDesk desk = open();
    Complaint c = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();

    assertThat(desk.complaints().judge(Fixtures.assistant(OFFICE_1), c.id(), Judgement.valid(false, false))
        .rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id())).contains(c);

    assertThat(desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).isAccepted()).isTrue();
  }
}

package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.core.complaint.Given.ASSISTANT;
import static org.propdesk.core.complaint.Given.CLERK;
import static org.propdesk.core.complaint.Given.GUARD;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.SUPERVISOR;
import static org.propdesk.core.complaint.Given.at;

import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.org.StaffId;

/** PROCEDURES §5 "Who handles": a complaint records the department or person complained about. */
class ComplainedAboutTest {

  @Test
  void aRegistrationThatNamesTheDepartmentRecordsItAndAnnouncesIt() {
    ComplainedAbout about = ComplainedAbout.department(Department.SECURITY).person(StaffId.of("guard-7"));
    var r = Complaint.register(ComplaintId.of("C-1"), Given.OFFICE, Given.ZONE,
        Given.registration().complainedAbout(about).build(), CLERK, POLICIES, at("2026-03-02T09:00:00"));

    assertThat(r.orElseThrow().complainedAbout()).contains(about);
    assertThat(r.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ComplaintEvent.ComplainedAboutRecorded.class,
        x -> assertThat(x.about()).isEqualTo(about)));
  }

  @Test
  void theDepartmentCanBeRecordedLaterAndCorrectedWhileTheComplaintIsOpenButNotTwiceTheSame() {
    Complaint c = Given.inHandling("2026-03-02T09:00:00", false);
    Complaint first = c.recordComplainedAbout(ComplainedAbout.department(Department.CLEANING), SUPERVISOR, at("2026-03-02T10:00:00"))
        .orElseThrow();
    Complaint corrected = first.recordComplainedAbout(ComplainedAbout.department(Department.GREENING), CLERK,
        at("2026-03-02T11:00:00")).orElseThrow();

    assertThat(corrected.complainedAbout().map(ComplainedAbout::department)).contains(Department.GREENING);
    assertThat(corrected.history()).filteredOn(h -> h.records(ComplaintTrigger.RECORD_COMPLAINED_ABOUT)).hasSize(2);
    assertThat(corrected.recordComplainedAbout(ComplainedAbout.department(Department.GREENING), CLERK, at("2026-03-02T12:00:00"))
        .rejection()).hasValueSatisfying(x -> assertThat(x.field()).contains("about"));
  }

  @Test
  void aGuardCannotRecordItAndNobodyCanOnceTheComplaintIsClosed() {
    Complaint c = Given.inHandling("2026-03-02T09:00:00", false);
    assertThat(c.recordComplainedAbout(ComplainedAbout.department(Department.CLEANING), GUARD, at("2026-03-02T10:00:00"))
        .rejection()).hasValueSatisfying(x -> assertThat(x.code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED));
    Complaint closed = c.resolve("已处理", ASSISTANT, POLICIES, at("2026-03-02T10:00:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.SATISFIED, "业主满意"), CLERK, POLICIES, at("2026-03-02T11:00:00")).orElseThrow();
    assertThat(closed.recordComplainedAbout(ComplainedAbout.department(Department.CLEANING), SUPERVISOR, at("2026-03-02T12:00:00"))
        .rejection()).hasValueSatisfying(x -> assertThat(x.code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE));
  }

  @Test
  void aMissingDepartmentOrPersonIsAnInvalidInputNamingIt() {
    assertThatThrownBy(() -> ComplainedAbout.department(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("department");
    assertThatThrownBy(() -> ComplainedAbout.department(Department.OTHER).person(null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("person");
    assertThatThrownBy(() -> Given.registration().complainedAbout(null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("complainedAbout");
  }
}

package org.propdesk.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.core.complaint.Given.CLERK;
import static org.propdesk.core.complaint.Given.GUARD;
import static org.propdesk.core.complaint.Given.POLICIES;
import static org.propdesk.core.complaint.Given.at;

import org.junit.jupiter.api.Test;
import org.propdesk.core.common.IdCardNumber;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.owner.Resident;
import org.propdesk.core.estate.UnitId;

/** Bad input gets a typed error naming the field and the rule, and changes nothing. */
class BadInputIsRefusedTest {

  @Test
  void anEmptyContentNamesTheContentField() {
    assertThatThrownBy(() -> Given.registration().content("   ").build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("content");
          assertThat(e.rule()).isEqualTo("must not be blank");
        });
  }

  @Test
  void anInvalidPhoneNumberNamesTheFieldWithoutRepeatingIt() {
    assertThatThrownBy(() -> Given.registration().contactPhone("1380013567").build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("contactPhone");
          assertThat(e.getMessage()).doesNotContain("1380013567");
        });
  }

  @Test
  void anInvalidIdNumberNamesTheFieldAndTheRule() {
    assertThatThrownBy(() -> Resident.owner(OwnerId.of("P-1"), "Wang", UnitId.of("U-1"), "13800135678", "110105194912310021"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("idCardNumber");
          assertThat(e.rule()).contains("check digit");
          assertThat(e.getMessage()).doesNotContain("110105194912310021");
        });
    assertThat(IdCardNumber.of("11010519491231002X").masked()).isEqualTo("110105********002X");
  }

  @Test
  void aReplyByAnActorWithoutTheRoleIsRefusedNamingTheRoles() {
    Complaint c = Given.registered("2026-03-02T09:00");
    Rejection no = c.reply(Reply.of("We are on it."), GUARD, POLICIES.wording(), at("2026-03-02T09:05")).rejection().orElseThrow();
    assertThat(no.code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(no.message()).contains("REPLY needs one of").contains("SECURITY_GUARD");
  }

  @Test
  void aReplyToAClosedComplaintIsRefused() {
    Complaint closed = Given.inHandling("2026-03-02T09:00", false)
        .resolve("Fixed.", Given.ASSISTANT, POLICIES, at("2026-03-02T10:00")).orElseThrow()
        .callback(new Callback(CallbackOutcome.SATISFIED, "Thanks"), CLERK, POLICIES, at("2026-03-02T11:00")).orElseThrow();
    Rejection no = closed.reply(Reply.of("We are on it."), CLERK, POLICIES.wording(), at("2026-03-02T11:06")).rejection().orElseThrow();
    assertThat(no.code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    assertThat(no.message()).contains("CLOSED");
  }

  @Test
  void aSecurityGuardMayNotRegisterAComplaint() {
    assertThat(Complaint.register(ComplaintId.of("C-1"), Given.OFFICE, Given.ZONE, Given.registration().build(), GUARD, POLICIES,
        at("2026-03-02T09:00")).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
  }

  @Test
  void aComplaintsToStringMasksThePhone() {
    assertThat(Given.registered("2026-03-02T09:00").toString()).contains("138****5678").doesNotContain("13800135678");
  }
}

package org.propdesk.core.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Approval;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;

/**
 * The seal and seal-use aggregates on their own (PROCEDURES §10): a snapshot breaking an invariant is
 * refused naming the field; requests, approvals, refusals, custody changes and stamps refuse out of turn
 * and at their boundaries.
 */
class SealInvariantsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-06T02:00:00Z"), ZoneOffset.UTC);
  private static final OfficeId OFFICE = OfficeId.of("O-1");
  private static final Actor ADMIN = Actor.inOffice(StaffId.of("S-1"), "admin", OFFICE, Role.SEAL_ADMINISTRATOR);
  private static final Actor GM = Actor.companyWide(StaffId.of("S-GM"), "gm", Role.GENERAL_MANAGER);
  private static final Actor HEAD = Actor.inOffice(StaffId.of("S-2"), "head", OFFICE, Role.DEPARTMENT_HEAD);
  private static final Actor CLERK = Actor.inOffice(StaffId.of("S-3"), "clerk", OFFICE, Role.FRONT_DESK_CLERK);

  private static Seal inUse() {
    return Seal.register(SealId.of("SEAL-1"), OFFICE, ZoneOffset.UTC, new SealDraft(SealType.CONTRACT, "合同章", ADMIN.staffId(), "new"),
        "admin", Optional.empty(), ADMIN, CLOCK).orElseThrow().approveStart(GM, CLOCK).orElseThrow();
  }

  private static SealUse registered(Seal s, int copies) {
    return SealUse.request(SealUseId.of("U-1"), s, new SealUseDraft(s.id(), "dept", "doc", "why", copies), CLERK, CLOCK).orElseThrow()
        .review(HEAD, CLOCK).orElseThrow().register(s, ADMIN, CLOCK).orElseThrow();
  }

  private static <T> void broken(T valid, UnaryOperator<T> damage, java.util.function.Function<T, ?> check, String field) {
    assertThatThrownBy(() -> check.apply(damage.apply(valid))).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
  }

  @Test
  void aSealOrUseSnapshotBreakingAnInvariantIsRefusedNamingTheField() {
    Seal s = inUse();
    Seal lost = s.reportLoss(LossKind.LOST, "lost", false, ADMIN, CLOCK).orElseThrow();
    assertThat(s.checked()).isSameAs(s);
    broken(ImmutableSeal.copyOf(s), x -> x.withState(SealState.RETIRED), ImmutableSeal::checked, "history");
    broken(ImmutableSeal.copyOf(lost), x -> x.withLoss(Optional.empty()), ImmutableSeal::checked, "loss");
    broken(ImmutableSeal.copyOf(s), x -> x.withLoss(lost.loss()), ImmutableSeal::checked, "loss");
    broken(ImmutableSeal.copyOf(lost), x -> x.withReplacedBy(SealId.of("SEAL-2")), ImmutableSeal::checked, "replacedBy");
    broken(ImmutableSeal.copyOf(s), x -> x.withVersion(0), ImmutableSeal::checked, "version");

    SealUse u = registered(s, 2);
    SealUse stamped = u.stamp(2, true, s, ADMIN, CLOCK).orElseThrow();
    assertThat(stamped.checked()).isSameAs(stamped);
    broken(ImmutableSealUse.copyOf(u), x -> x.withState(SealUseState.STAMPED), ImmutableSealUse::checked, "history");
    broken(ImmutableSealUse.copyOf(stamped), x -> x.withReview(Optional.empty()), ImmutableSealUse::checked, "stamping");
    broken(ImmutableSealUse.copyOf(stamped), x -> x.withRegistration(Optional.empty()), ImmutableSealUse::checked, "stamping");
    broken(ImmutableSealUse.copyOf(stamped), x -> x.withCopies(1), ImmutableSealUse::checked, "stamping");
    broken(ImmutableSealUse.copyOf(u), x -> x.withReview(new Approval(CLERK.staffId(), "clerk", Instant.EPOCH)), ImmutableSealUse::checked,
        "review");
    broken(ImmutableSealUse.copyOf(u), x -> x.withVersion(0), ImmutableSealUse::checked, "version");
  }

  @Test
  void theApprovedCopiesAreTheMostImpressionsAndOnlyTheCustodianOfASealInUseStamps() {
    Seal s = inUse();
    SealUse u = registered(s, 3);
    assertThat(u.stamp(4, false, s, ADMIN, CLOCK).rejection().orElseThrow().field()).contains("impressions");
    assertThat(u.stamp(3, false, s, ADMIN, CLOCK).orElseThrow().stamping().orElseThrow().impressions()).isEqualTo(3);
    Actor otherKeeper = Actor.inOffice(StaffId.of("S-9"), "other", OFFICE, Role.SEAL_ADMINISTRATOR);
    assertThat(u.stamp(1, false, s, otherKeeper, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    Seal lost = s.reportLoss(LossKind.DAMAGED, "broken", false, ADMIN, CLOCK).orElseThrow();
    assertThat(u.stamp(1, false, lost, ADMIN, CLOCK).rejection().orElseThrow().field()).contains("seal");
    assertThatThrownBy(() -> u.stamp(1, false, Seal.register(SealId.of("SEAL-9"), OFFICE, ZoneOffset.UTC, new SealDraft(SealType.OFFICE,
        "other", ADMIN.staffId(), "x"), "admin", Optional.empty(), ADMIN, CLOCK).orElseThrow(), ADMIN, CLOCK)).hasMessageContaining("current");
    assertThat(u.refuse("no", CLERK, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    SealUse asked = SealUse.request(SealUseId.of("U-2"), s, new SealUseDraft(s.id(), "dept", "doc", "why", 1), CLERK, CLOCK).orElseThrow();
    assertThat(asked.refuse("no", HEAD, CLOCK).orElseThrow().endReason()).contains("no");
    assertThat(asked.refuse("no", CLERK, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
  }

  @Test
  void custodyChangesOnlyToAnotherPersonAndApprovalsMatchThePendingRequest() {
    Seal s = inUse();
    assertThat(s.changeCustodian(ADMIN.staffId(), "admin", "same", ADMIN, CLOCK).rejection().orElseThrow().field()).contains("custodian");
    assertThat(s.changeCustodian(HEAD.staffId(), "head", "handover", CLERK, CLOCK).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    Seal handed = s.changeCustodian(HEAD.staffId(), "head", "handover", ADMIN, CLOCK).orElseThrow();
    assertThat(handed.custodian()).isEqualTo(HEAD.staffId());
    assertThat(handed.custodianName()).isEqualTo("head");
    assertThat(s.approveStop(GM, CLOCK).rejection().orElseThrow().field()).contains("pending");
    assertThat(s.refuseRequest("no", GM, CLOCK).rejection().orElseThrow().field()).contains("pending");
    Seal asked = s.requestStop("renamed", ADMIN, CLOCK).orElseThrow();
    assertThat(asked.approveDestruction(GM, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    Actor adminAndGm = Actor.companyWide(ADMIN.staffId(), "both", Role.GENERAL_MANAGER);
    assertThat(asked.approveStop(adminAndGm, CLOCK).rejection().orElseThrow().code()).isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    assertThat(s.lossApproved()).isFalse();
    Seal lost = s.reportLoss(LossKind.LOST, "lost", true, ADMIN, CLOCK).orElseThrow();
    assertThat(lost.lossApproved()).isFalse();
    assertThat(lost.refuseRequest("no", GM, CLOCK).rejection().orElseThrow().field()).contains("pending");
    assertThat(lost.approveLoss(GM, CLOCK).orElseThrow().lossApproved()).isTrue();
  }
}

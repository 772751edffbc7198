package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;
import static org.propdesk.testkit.Fixtures.OFFICE_2;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Role;
import org.propdesk.core.seal.LossKind;
import org.propdesk.core.seal.Seal;
import org.propdesk.core.seal.SealDraft;
import org.propdesk.core.seal.SealRequestKind;
import org.propdesk.core.seal.SealState;
import org.propdesk.core.seal.SealType;
import org.propdesk.core.seal.SealUse;
import org.propdesk.core.seal.SealUseDraft;
import org.propdesk.core.seal.SealUseState;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.Notification;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.seal.SealDesk;
import org.propdesk.workflows.seal.Seals;

/**
 * Company seals (印章使用, PROCEDURES §10) through the facade: the registry, where starting, stopping and
 * destroying a seal wait for the general manager and never for the requester; a lost seal out of use at
 * once, replaced after its approval and notice; use requests reviewed by the department head, registered,
 * and stamped by the custodian within the approved copies; and the use register in the paper form's
 * columns.
 */
class TheSealDeskTest {
  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  private final RecordingNotifier notifier = RecordingNotifier.create();
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
      .notifier(notifier).directory(Fixtures.directory()).procedure(Seals.PROCEDURE).build();
  private final SealDesk seals = desk.procedure(Seals.PROCEDURE);

  private static Actor admin() {
    return Fixtures.actor(OFFICE_1, Role.SEAL_ADMINISTRATOR);
  }

  private static Actor head() {
    return Fixtures.actor(OFFICE_1, Role.DEPARTMENT_HEAD);
  }

  private static Actor gm() {
    return Fixtures.generalManager();
  }

  private Seal sealInUse() {
    Seal s = seals.register(admin(), OFFICE_1, new SealDraft(SealType.CONTRACT, "测试物业公司合同专用章", admin().staffId(), "新刻"))
        .orElseThrow();
    return seals.approveStart(gm(), s.id()).orElseThrow();
  }

  private SealUse requested(Seal s, int copies) {
    return seals.requestUse(Fixtures.clerk(OFFICE_1), new SealUseDraft(s.id(), "客户服务中心", "装修管理服务协议", "与业主签约", copies))
        .orElseThrow();
  }

  private List<JournalEntry> refusals() {
    return desk.audit().entries(OFFICE_1, 1, 10_000).stream().filter(e -> e.draft().action().startsWith("REFUSED:")).toList();
  }

  @Test
  void aSealIsUsedOnlyAfterTheGeneralManagerApprovesItsStart() {
    Seal s = seals.register(admin(), OFFICE_1, new SealDraft(SealType.OFFICE, "第一管理处章", Fixtures.director(OFFICE_1).staffId(),
        "管理处成立")).orElseThrow();
    assertThat(s.state()).isEqualTo(SealState.PENDING_START);
    assertThat(s.pending().orElseThrow().kind()).isEqualTo(SealRequestKind.START);
    assertThat(seals.requestUse(Fixtures.clerk(OFFICE_1), new SealUseDraft(s.id(), "前台", "通知", "张贴", 1)).rejection().orElseThrow()
        .field()).contains("seal");
    assertThat(seals.approveStart(Fixtures.director(OFFICE_1), s.id()).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);

    Seal started = seals.approveStart(gm(), s.id()).orElseThrow();

    assertThat(started.state()).isEqualTo(SealState.IN_USE);
    assertThat(started.pending()).isEmpty();
    assertThat(started.decisions()).singleElement().satisfies(d -> {
      assertThat(d.approved()).isTrue();
      assertThat(d.decision().by()).isEqualTo(gm().staffId());
      assertThat(d.request().by()).isEqualTo(admin().staffId());
    });
    desk.outbox().deliverDue();
    assertThat(notifier.deliveries()).filteredOn(n -> n.eventType().equals("Requested")).extracting(Notification::audience)
        .containsExactly(Notification.Audience.COMPANY_LEADERSHIP);
    assertThat(notifier.deliveries()).filteredOn(n -> n.eventType().equals("Requested")).first()
        .satisfies(n -> assertThat(n.subject()).contains("启用"));
    assertThat(refusals()).extracting(e -> e.draft().action()).containsExactly("REFUSED:REQUEST", "REFUSED:APPROVE_START");
  }

  @Test
  void aUseIsReviewedRegisteredAndStampedByTheCustodianWithinTheApprovedCopiesAndEntersTheRegister() {
    Seal s = sealInUse();
    SealUse u = requested(s, 3);
    assertThat(seals.stamp(admin(), u.id(), 1, true).rejection().orElseThrow().code()).as("no stamp before approval")
        .isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    seals.review(head(), u.id()).orElseThrow();
    assertThat(seals.stamp(admin(), u.id(), 1, true).rejection().orElseThrow().code()).as("nor before registration")
        .isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    seals.registerUse(admin(), u.id()).orElseThrow();
    assertThat(seals.stamp(admin(), u.id(), 4, true).rejection().orElseThrow().field()).contains("impressions");
    assertThat(seals.stamp(Fixtures.director(OFFICE_1), u.id(), 3, true).rejection().orElseThrow().code()).as("not its custodian")
        .isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);

    clock.setLocal("2026-03-03T10:00");
    SealUse stamped = seals.stamp(admin(), u.id(), 3, true).orElseThrow();

    assertThat(stamped.state()).isEqualTo(SealUseState.STAMPED);
    SealUse.RegisterLine line = stamped.registerLine().orElseThrow();
    assertThat(line.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(line.unit()).isEqualTo("客户服务中心");
    assertThat(line.summary()).isEqualTo("装修管理服务协议: 与业主签约");
    assertThat(line.approver()).isEqualTo(head().name());
    assertThat(line.handler()).isEqualTo(admin().name());
    assertThat(line.impressions()).isEqualTo(3);
    assertThat(line.copyKept()).isTrue();
    assertThat(seals.useRegister(Fixtures.clerk(OFFICE_1), OFFICE_1, Optional.of(s.id()), LocalDate.of(2026, 3, 3),
        LocalDate.of(2026, 3, 3))).containsExactly(line);
    assertThat(seals.useRegister(Fixtures.clerk(OFFICE_1), OFFICE_1, Optional.empty(), LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 2))).isEmpty();
    assertThat(seals.useRegister(Fixtures.clerk(OFFICE_2), OFFICE_1, Optional.empty(), LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31))).isEmpty();
  }

  @Test
  void theRequesterNeverReviewsTheirOwnUseAndOnlyTheRequesterWithdrawsIt() {
    Seal s = sealInUse();
    SealUse own = seals.requestUse(head(), new SealUseDraft(s.id(), "工程部", "维修合同", "外包", 2)).orElseThrow();

    Result<SealUse> self = seals.review(head(), own.id());

    assertThat(self.rejection().orElseThrow().code()).isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    assertThat(desk.explain(self.rejection().orElseThrow())).contains("审批人不得是申请人");
    assertThat(refusals()).singleElement().satisfies(e -> assertThat(e.draft().action()).isEqualTo("REFUSED:REVIEW"));
    assertThat(seals.review(Fixtures.director(OFFICE_1), own.id()).orElseThrow().review().orElseThrow().by())
        .isEqualTo(Fixtures.director(OFFICE_1).staffId());
    assertThat(seals.cancelUse(Fixtures.clerk(OFFICE_1), own.id(), "不需要").rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.INSUFFICIENT_AUTHORITY);
    assertThat(seals.cancelUse(head(), own.id(), "不需要").orElseThrow().state()).isEqualTo(SealUseState.CANCELLED);
  }

  @Test
  void aLostSealIsOutOfUseAtOnceAndIsReplacedOnlyAfterTheApprovalAndTheNotice() {
    Seal s = sealInUse();
    SealUse u = requested(s, 1);
    seals.review(head(), u.id()).orElseThrow();
    seals.registerUse(admin(), u.id()).orElseThrow();

    Seal lost = seals.reportLoss(admin(), s.id(), LossKind.LOST, "3月2日外出办事时遗失", true).orElseThrow();
    assertThat(lost.state()).isEqualTo(SealState.LOST_OR_DAMAGED);
    assertThat(seals.stamp(admin(), u.id(), 1, false).rejection().orElseThrow().field()).contains("seal");
    SealDraft fresh = new SealDraft(SealType.CONTRACT, "测试物业公司合同专用章（新）", admin().staffId(), "遗失补刻");
    assertThat(seals.replace(admin(), s.id(), fresh).rejection().orElseThrow().field()).contains("seal");
    assertThat(seals.refuseRequest(gm(), s.id(), "不同意").rejection().orElseThrow().field()).contains("pending");
    seals.approveLoss(gm(), s.id()).orElseThrow();
    assertThat(seals.replace(admin(), s.id(), fresh).rejection().orElseThrow().messageIn(java.util.Locale.SIMPLIFIED_CHINESE))
        .contains("登报声明");
    assertThat(seals.recordNotice(admin(), s.id(), LocalDate.of(2026, 3, 3), "杭州日报").rejection().orElseThrow().field())
        .as("a notice tomorrow").contains("on");
    seals.recordNotice(admin(), s.id(), LocalDate.of(2026, 3, 2), "杭州日报").orElseThrow();

    Seal replacement = seals.replace(admin(), s.id(), fresh).orElseThrow();

    assertThat(replacement.state()).isEqualTo(SealState.PENDING_START);
    assertThat(replacement.replaces()).contains(s.id());
    Seal old = seals.find(admin(), s.id()).orElseThrow();
    assertThat(old.replacedBy()).contains(replacement.id());
    assertThat(old.loss().orElseThrow().newspaper()).contains("杭州日报");
    assertThat(seals.replace(admin(), s.id(), fresh).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ALREADY_DONE);
    assertThat(seals.registry(admin(), OFFICE_1)).hasSize(2);
  }

  @Test
  void stoppingAndDestroyingWaitForTheGeneralManagerWhoMayRefuse() {
    Seal s = sealInUse();
    seals.requestStop(admin(), s.id(), "公司更名").orElseThrow();
    assertThat(seals.requestStop(Fixtures.director(OFFICE_1), s.id(), "再次").rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.ALREADY_DONE);
    assertThat(seals.approveStop(admin(), s.id()).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(seals.approveDestruction(gm(), s.id()).rejection().orElseThrow().code()).isEqualTo(RejectionCode.NOT_PERMITTED_IN_STATE);
    assertThat(seals.approveStop(gm(), s.id()).orElseThrow().state()).isEqualTo(SealState.RETIRED);

    seals.requestDestruction(admin(), s.id(), "停用满一年").orElseThrow();
    Seal refused = seals.refuseRequest(gm(), s.id(), "档案尚需核对").orElseThrow();
    assertThat(refused.state()).isEqualTo(SealState.RETIRED);
    assertThat(refused.decisions()).extracting(d -> d.approved()).containsExactly(true, true, false);
    assertThat(seals.approveDestruction(gm(), s.id()).rejection().orElseThrow().field()).contains("pending");
    seals.requestDestruction(admin(), s.id(), "核对完毕").orElseThrow();
    assertThat(seals.approveDestruction(gm(), s.id()).orElseThrow().state()).isEqualTo(SealState.DESTROYED);
  }

  @Test
  void aCustodianOfAnotherOfficeAForeignSealAndBadInputAreRefusedAndChangeNothing() {
    Seal s = sealInUse();
    assertThat(seals.register(admin(), OFFICE_1, new SealDraft(SealType.FINANCE, "财务章", Fixtures.finance(OFFICE_2).staffId(), "新刻"))
        .rejection().orElseThrow().field()).contains("custodian");
    assertThat(seals.register(Fixtures.clerk(OFFICE_1), OFFICE_1, new SealDraft(SealType.FINANCE, "财务章",
        Fixtures.finance(OFFICE_1).staffId(), "新刻")).rejection().orElseThrow().code()).isEqualTo(RejectionCode.ROLE_NOT_PERMITTED);
    assertThat(seals.find(Fixtures.clerk(OFFICE_2), s.id())).isEmpty();
    assertThat(seals.requestUse(Fixtures.clerk(OFFICE_2), new SealUseDraft(s.id(), "前台", "通知", "张贴", 1)).rejection().orElseThrow()
        .code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(seals.changeCustodian(Fixtures.director(OFFICE_1), s.id(), Fixtures.clerk(OFFICE_2).staffId(), "调岗").rejection()
        .orElseThrow().field()).contains("custodian");
    long journal = desk.audit().entries(OFFICE_1, 1, 10_000).size();

    assertThatThrownBy(() -> new SealUseDraft(s.id(), "前台", "通知", "张贴", 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("copies");
    assertThatThrownBy(() -> new SealUseDraft(s.id(), "前\n台", "通知", "张贴", 1)).hasMessageContaining("department");
    assertThatThrownBy(() -> new SealDraft(SealType.OFFICE, "x".repeat(101), admin().staffId(), "新刻")).hasMessageContaining("name");
    assertThatThrownBy(() -> seals.stamp(admin(), org.propdesk.core.seal.SealUseId.of("U-1"), 0, true))
        .hasMessageContaining("impressions");
    assertThatThrownBy(() -> seals.reportLoss(admin(), s.id(), LossKind.LOST, "", true)).hasMessageContaining("report");
    assertThat(desk.audit().entries(OFFICE_1, 1, 10_000)).hasSize((int) journal);
    assertThat(seals.find(admin(), s.id())).contains(seals.find(admin(), s.id()).orElseThrow());
    assertThat(seals.find(admin(), s.id()).orElseThrow().custodian()).isEqualTo(admin().staffId());
  }
}
